import { render } from 'solid-js/web';
import { afterEach, describe, expect, it } from 'vitest';
import { ContactsView } from '../../components/popup/ContactsView';
import { ContactReasonCode, type ContactsResult } from '../../lib/policy-detection/schema';
import { installFakeI18n, loadMessages } from '../support/fake-i18n';

const contacts: ContactsResult = {
  contacts: [
    {
      kind: 'email',
      value: 'privacy@lumen.example',
      role: 'dpo',
      score: 80,
      reasons: [
        { code: 'privacyAddress' },
        { code: 'nearTerm', params: ['data protection officer'] },
        { code: 'repeated', params: ['2'] },
      ],
      evidence: 'Write to our data protection officer at privacy@lumen.example.',
    },
  ],
  controller: { name: 'Lumen Ltd', evidence: 'Lumen Ltd runs this site.' },
  dpo: null,
  authority: null,
};

let dispose: (() => void) | undefined;
function mount(shown: ContactsResult = contacts): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  dispose = render(() => <ContactsView contacts={shown} />, container);
  return container;
}

afterEach(() => {
  dispose?.();
  document.body.innerHTML = '';
});

describe('ContactsView', () => {
  // The policy's own words stay as quoted; the rest is the reader's language.
  it.each([
    ['en', 'Why: a privacy address; next to “data protection officer”; given 2 times'],
    [
      'fr',
      'Pourquoi : adresse dédiée à la vie privée; à côté de « data protection officer »; donnée 2 fois',
    ],
    [
      'de',
      'Warum: Adresse für Datenschutzfragen; neben „data protection officer“; 2-mal angegeben',
    ],
  ])('says why the best address was chosen, in %s', (lang, why) => {
    installFakeI18n(lang);
    const view = mount();
    expect(view.querySelector('.best-contact .small')?.textContent).toBe(why);
  });

  it.each(['en', 'fr', 'de'])('%s has a message for every reason code', (lang) => {
    const messages = loadMessages(lang);
    const missing = ContactReasonCode.options.filter(
      (code) => !(`contacts_reason_${code}` in messages),
    );
    expect(missing).toEqual([]);
  });

  it('without an email address, a form or a postal address, points below only when something is listed below', () => {
    installFakeI18n('en');
    const phone = {
      kind: 'phone' as const,
      value: '+44 117 496 0000',
      role: 'general' as const,
      score: 10,
      reasons: [],
      evidence: 'Call +44 117 496 0000',
    };
    const withPhone = mount({ ...contacts, contacts: [phone] });
    expect(withPhone.querySelector('[role="status"]')?.textContent).toMatch(/below/);
    expect(withPhone.textContent).toContain('+44 117 496 0000');
    dispose?.();
    document.body.innerHTML = '';
    const none = mount({ ...contacts, contacts: [] });
    expect(none.querySelector('[role="status"]')?.textContent).toBe(
      'The policy gives no email address, contact form or postal address. Look in the site’s legal notice or on its contact page.',
    );
    expect(none.querySelector('details')).toBeNull();
  });

  it('shows the same first way to write as the verdict and the composer: a postal address alone, a request form as a link', () => {
    installFakeI18n('en');
    const address = {
      kind: 'address' as const,
      value: '1 Quay Street, Bristol BS1 4DJ',
      role: 'general' as const,
      score: 15,
      reasons: [],
      evidence: '1 Quay Street, Bristol BS1 4DJ',
    };
    const byPost = mount({ ...contacts, contacts: [address] });
    expect(byPost.querySelector('.best-contact .email')?.textContent).toBe(address.value);
    expect(byPost.querySelector('[role="status"]')).toBeNull();
    dispose?.();
    document.body.innerHTML = '';
    // The policy's request form ranked first, its only email an order desk: the form.
    const form = {
      kind: 'webform' as const,
      value: 'https://lumen.example/privacy-request',
      role: 'privacy' as const,
      score: 32,
      reasons: [],
      evidence: 'To delete your data, use our request form.',
    };
    const shop = {
      ...address,
      kind: 'email' as const,
      value: 'shop@lumen.example',
      role: 'other' as const,
    };
    const view = mount({ ...contacts, contacts: [form, shop] });
    const link = view.querySelector<HTMLAnchorElement>('.best-contact .email a');
    expect(link?.href).toBe(form.value);
    expect(link?.rel).toBe('noopener noreferrer');
    expect(view.querySelector('details')?.textContent).toContain('shop@lumen.example');
  });
  it('says a controller no sentence states is a guess', () => {
    installFakeI18n('en');
    const stated = mount({
      ...contacts,
      controller: { ...contacts.controller!, role: 'controller' },
    });
    expect(stated.querySelector('dd')?.textContent).toBe('Lumen Ltd');
    dispose?.();
    document.body.innerHTML = '';
    const guessed = mount({ ...contacts, controller: { ...contacts.controller!, role: 'named' } });
    expect(guessed.querySelector('dd')?.textContent).toBe(
      'Lumen Ltd (a guess: the policy does not say who is responsible)',
    );
  });
});
