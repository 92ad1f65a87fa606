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

  it('without an email address, points below only when something is listed below', () => {
    installFakeI18n('en');
    const address = {
      kind: 'address' as const,
      value: '1 Quay Street, Bristol',
      role: 'general' as const,
      score: 10,
      reasons: [],
      evidence: '1 Quay Street, Bristol',
    };
    const withAddress = mount({ ...contacts, contacts: [address] });
    expect(withAddress.querySelector('[role="status"]')?.textContent).toMatch(/below/);
    expect(withAddress.textContent).toContain('1 Quay Street, Bristol');
    dispose?.();
    document.body.innerHTML = '';
    const none = mount({ ...contacts, contacts: [] });
    expect(none.querySelector('[role="status"]')?.textContent).toBe(
      'The policy gives no email address, contact form or postal address. Look in the site’s legal notice or on its contact page.',
    );
    expect(none.querySelector('details')).toBeNull();
  });
});
