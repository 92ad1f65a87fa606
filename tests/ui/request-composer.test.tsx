import {
  fireEvent,
  getByLabelText,
  getByRole,
  queryAllByRole,
  queryByRole,
  getByText,
} from '@testing-library/dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RequestComposerProps } from '../../components/request/RequestComposer';
import type { Draft } from '../../lib/app/tab-session';
import { SHOP_FACTS } from '../fixtures/requests/facts';
import { mountComposer, unmountAll } from './mount-composer';

afterEach(unmountAll);

const mount = (overrides: Partial<RequestComposerProps> = {}) =>
  mountComposer({
    defaults: {
      law: 'gdpr',
      language: 'fr',
      reasons: [
        { key: 'req_why_law_address', params: ['FR', 'GDPR'] },
        { key: 'req_why_lang_country', params: ['FR', 'fr'] },
      ],
    },
    now: () => new Date(Date.UTC(2026, 10, 26, 12, 0, 0)),
    ...overrides,
  });

const body = (c: HTMLElement) => getByLabelText<HTMLTextAreaElement>(c, 'Text (you can edit it)');
const subject = (c: HTMLElement) => c.querySelector('[data-testid="req-subject"]')?.textContent;

describe('RequestComposer', () => {
  it('proposes the default law and language, and says why', () => {
    const { container } = mount();
    expect(getByLabelText<HTMLSelectElement>(container, 'Law').value).toBe('gdpr');
    expect(getByLabelText<HTMLSelectElement>(container, 'Language of the letter').value).toBe('fr');
    const why = getByRole(container, 'list', { name: 'Why this choice' });
    expect(why.textContent).toContain('GDPR (EU): the organisation’s postal address is in France.');
    expect(why.textContent).toContain('Letter in French');
  });

  it('offers every right of the chosen law, access first', () => {
    const { container } = mount();
    const radios = queryAllByRole<HTMLInputElement>(container, 'radio');
    expect(radios.map((r) => r.value)).toEqual([
      'access',
      'rectification',
      'erasure',
      'restriction',
      'portability',
      'objection',
      'automated-decision',
      'withdraw-consent',
    ]);
    expect(radios[0]?.checked).toBe(true);
    expect(getByRole(container, 'group', { name: 'What do you want to ask for?' })).toBeTruthy();
  });

  it('previews exactly what will be sent: To, Subject and the tailored text', () => {
    const { container } = mount();
    expect(getByLabelText<HTMLInputElement>(container, 'To').value).toBe(
      'contact@lumen-boutique.example',
    );
    expect(subject(container)).toBe("Demande de droit d'accès (article 15 du RGPD)");
    expect(body(container).value).toContain("Je m'adresse à Lumen Boutique");
    expect(body(container).value).toContain(
      '« We also receive information about you from our partners »',
    );
  });

  it('states the reply deadline of the chosen law and right', () => {
    const { container } = mount();
    expect(container.textContent).toContain(
      'They must reply within one month of receiving it (GDPR Art. 12(3)).',
    );
    const law = getByLabelText<HTMLSelectElement>(container, 'Law');
    law.value = 'ccpa';
    fireEvent.change(law);
    fireEvent.click(getByLabelText(container, 'Do not sell or share my data'));
    expect(container.textContent).toContain(
      'They must act within 15 business days of receiving it (Cal. Code Regs. tit. 11, §7026(f)).',
    );
    law.value = 'lgpd';
    fireEvent.change(law);
    fireEvent.click(getByLabelText(container, 'Delete my data'));
    expect(container.textContent).toContain(
      'The law sets no fixed reply period for this request (LGPD Art. 18 §§3–5)',
    );
  });

  it('shows only the profile fields the request needs', () => {
    const { container } = mount();
    const fields = getByRole(container, 'region', { name: 'Your details in this request' });
    expect(fields.textContent).toContain('Name');
    expect(fields.textContent).toContain('Customer or account number');
    expect(fields.textContent).not.toContain('Postal address');
    expect(body(container).value).not.toContain('rue des Lilas');
  });

  it('switching right and law re-renders, keeping only rights and languages the law has', () => {
    const { container } = mount();
    fireEvent.click(getByLabelText(container, 'Delete my data'));
    expect(subject(container)).toBe("Demande d'effacement (article 17 du RGPD)");
    const law = getByLabelText<HTMLSelectElement>(container, 'Law');
    law.value = 'ccpa';
    fireEvent.change(law);
    expect(queryAllByRole(container, 'radio')).toHaveLength(5);
    expect(getByLabelText<HTMLSelectElement>(container, 'Language of the letter').value).toBe('en');
    expect(subject(container)).toBe('Request to delete (Cal. Civ. Code §1798.105)');
    expect(getByText(container, 'Your choice.')).toBeTruthy();
  });

  it('a Portuguese letter stays Portuguese across laws: pt-PT under the GDPR, pt-BR under the LGPD', () => {
    const { container } = mount({
      defaults: {
        law: 'lgpd',
        language: 'pt',
        reasons: [{ key: 'req_why_lang_policy', params: ['pt-BR'] }],
      },
    });
    const language = () => getByLabelText<HTMLSelectElement>(container, 'Language of the letter');
    expect(language().value).toBe('pt-BR');
    expect(subject(container)).toBe('Requisição de confirmação e acesso (arts. 18 e 19 da LGPD)');
    expect(getByRole(container, 'list', { name: 'Why this choice' }).textContent).toContain(
      'Portuguese (Brazil)',
    );
    const law = getByLabelText<HTMLSelectElement>(container, 'Law');
    law.value = 'gdpr';
    fireEvent.change(law);
    expect(language().value).toBe('pt-PT');
    expect(getByRole(language(), 'option', { name: 'Portuguese (Portugal)' })).toBeTruthy();
    expect(subject(container)).toBe('Pedido de acesso aos dados pessoais (artigo 15.º do RGPD)');
  });

  it('makes "copy the letter and open my mail app" the main way when the letter is too long for a link', () => {
    const { container, props } = mount();
    const main = getByRole(container, 'link', { name: 'Copy the letter and open my mail app' });
    expect(main.classList.contains('primary')).toBe(true);
    // Address and subject only: always short; the letter goes through the clipboard.
    const href = main.getAttribute('href') ?? '';
    expect(href).toMatch(/^mailto:contact@lumen-boutique\.example\?subject=.*&body=$/);
    expect(href.length).toBeLessThan(300);
    fireEvent.click(main);
    expect(props.onCopy).toHaveBeenCalledWith(expect.stringContaining('article 15'));
    expect(queryByRole(container, 'link', { name: 'Open in my mail app' })).toBeNull();
    for (const name of ['Download .eml file', 'Copy subject and text', 'Print a postal letter']) {
      expect(getByRole(container, 'button', { name })).toBeTruthy();
    }
  });

  it('without an email address: no error, the web form (letter copied) and a postal letter', () => {
    const onPrint = vi.fn();
    const { container, props } = mount({
      to: '',
      webform: 'https://lumen-boutique.example/privacy-request',
      onPrint,
    });
    expect(queryByRole(container, 'alert')).toBeNull();
    expect(container.textContent).toContain('No email address found');
    const form = getByRole(container, 'link', { name: 'Copy the letter and open the web form' });
    expect(form.getAttribute('href')).toBe('https://lumen-boutique.example/privacy-request');
    expect(form.getAttribute('target')).toBe('_blank');
    fireEvent.click(form);
    expect(props.onCopy).toHaveBeenCalledWith(expect.stringContaining('article 15'));
    fireEvent.click(getByRole(container, 'button', { name: 'Print a postal letter' }));
    expect(onPrint).toHaveBeenCalledWith(
      expect.objectContaining({
        language: 'fr',
        body: expect.stringContaining('article 15') as unknown,
      }),
    );
    expect(queryByRole(container, 'link', { name: /mail app|Gmail|Outlook/ })).toBeNull();
  });

  it('gives a direct mail link for a short letter, and webmail links', () => {
    const { container } = mount({ facts: { ...SHOP_FACTS, marketing: undefined } });
    fireEvent.click(getByLabelText(container, 'Withdraw my consent'));
    const link = getByRole(container, 'link', { name: 'Open in my mail app' });
    expect(link.getAttribute('href')).toMatch(
      /^mailto:contact@lumen-boutique\.example\?subject=Retrait%20du%20consentement/,
    );
    const gmail = getByRole(container, 'link', { name: 'Open in Gmail' });
    expect(gmail.getAttribute('href')).toMatch(
      /^https:\/\/mail\.google\.com\/mail\/\?view=cm&fs=1&to=contact%40lumen-boutique\.example&su=/,
    );
    expect(gmail.getAttribute('rel')).toBe('noopener noreferrer');
    expect(
      getByRole(container, 'link', { name: 'Open in Outlook.com' }).getAttribute('href'),
    ).toMatch(/^https:\/\/outlook\.live\.com\/mail\/0\/deeplink\/compose\?to=/);
  });

  it('sends the edited text: copy, .eml and "I sent it" with the chosen date', () => {
    const { container, props } = mount();
    const textarea = body(container);
    fireEvent.input(textarea, { target: { value: 'Mon texte à moi' } });
    fireEvent.click(getByRole(container, 'button', { name: 'Copy subject and text' }));
    expect(props.onCopy).toHaveBeenCalledWith(
      "Demande de droit d'accès (article 15 du RGPD)\n\nMon texte à moi",
    );
    expect(getByRole(container, 'status').textContent).toBe(
      'Subject and text copied to the clipboard.',
    );
    fireEvent.click(getByRole(container, 'button', { name: 'Download .eml file' }));
    const file = vi.mocked(props.onDownloadEml).mock.calls[0]?.[0];
    expect(file?.filename).toBe('rightful-gdpr-access-2026-11-26.eml');
    expect(file?.content).toContain('To: contact@lumen-boutique.example\r\n');
    expect(file?.content).toContain('Date: Thu, 26 Nov 2026 12:00:00 +0000');
    expect(file?.content).toContain('Mon texte =C3=A0 moi');
    const date = getByLabelText<HTMLInputElement>(container, 'Date sent');
    expect(date.value).toBe('2026-11-26');
    fireEvent.input(date, { target: { value: '2026-11-25' } });
    fireEvent.click(getByRole(container, 'button', { name: 'I sent it' }));
    expect(props.onSent).toHaveBeenCalledWith({
      rendered: expect.objectContaining({
        to: 'contact@lumen-boutique.example',
        body: 'Mon texte à moi',
        law: 'gdpr',
        right: 'access',
        language: 'fr',
        citations: expect.arrayContaining(['GDPR Art. 15(1)(c)']) as unknown,
        fieldsUsed: ['name', 'email', 'accountId'],
      }) as unknown,
      sentDate: '2026-11-25',
      channel: { kind: 'email' },
    });
    expect(getByRole(container, 'status').textContent).toContain('Nov 25, 2026');
  });

  it('files a request once: "I sent it" is gone after the first click, the sent text is kept', () => {
    const onDraft = vi.fn<(draft: Draft) => void>();
    const { container, props } = mount({ onDraft });
    const button = getByRole<HTMLButtonElement>(container, 'button', { name: 'I sent it' });
    fireEvent.click(button);
    fireEvent.click(button);
    expect(props.onSent).toHaveBeenCalledTimes(1);
    expect(queryByRole(container, 'button', { name: 'I sent it' })).toBeNull();
    expect(getByText(container, /Marked as sent on Nov 26, 2026/)).toBeTruthy();
    const last = vi.mocked(onDraft).mock.calls.at(-1)?.[0];
    expect(last?.sent?.date).toBe('2026-11-26');
    expect(last?.sent?.body).toContain('article 15');
  });

  it('comes back as it was left: right, edited text and the sent state', () => {
    const { container, props } = mount({
      initial: {
        right: 'erasure',
        body: 'Effacez tout.',
        sent: { date: '2026-11-20', body: 'Effacez tout.' },
      },
    });
    expect(
      getByRole<HTMLInputElement>(container, 'radio', { name: /Delete my data/ }).checked,
    ).toBe(true);
    expect(body(container).value).toBe('Effacez tout.');
    expect(queryByRole(container, 'button', { name: 'I sent it' })).toBeNull();
    expect(getByText(container, /Marked as sent on Nov 20, 2026/)).toBeTruthy();
    expect(props.onSent).not.toHaveBeenCalled();
  });

  it.each([
    ['a@b.fr?bcc=x@y.z', '“?” or “&”'],
    ['a@b.fr%0ABcc:x@y.z', 'line break'],
    ['"a@b.fr, x@y.z"', 'exactly one address'],
  ])('refuses the hostile recipient %j and disables sending', (to, message) => {
    const { container, props } = mount({ to });
    const alert = getByRole(container, 'alert');
    expect(alert.textContent).toContain('This address cannot be used');
    expect(alert.textContent).toContain(message);
    expect(queryByRole(container, 'link', { name: /mail app|Gmail|Outlook/ })).toBeNull();
    expect(getByRole<HTMLButtonElement>(container, 'button', { name: 'I sent it' }).disabled).toBe(
      true,
    );
    expect(props.onSent).not.toHaveBeenCalled();
  });

  it('lets the user correct the address, and validates what they type', () => {
    const { container, props } = mount({ to: '' });
    expect(queryByRole(container, 'alert')).toBeNull();
    const to = getByLabelText<HTMLInputElement>(container, 'To');
    fireEvent.input(to, { target: { value: 'dpo@lumen-boutique.example?cc=x@y.z' } });
    expect(getByRole(container, 'alert').textContent).toContain('“?” or “&”');
    expect(to.getAttribute('aria-invalid')).toBe('true');
    fireEvent.input(to, { target: { value: 'dpo@lumen-boutique.example' } });
    expect(queryByRole(container, 'alert')).toBeNull();
    fireEvent.click(getByRole(container, 'button', { name: 'I sent it' }));
    expect(vi.mocked(props.onSent).mock.calls[0]?.[0].rendered.to).toBe(
      'dpo@lumen-boutique.example',
    );
  });

  it('falls back to a language the law has letters in', () => {
    const { container } = mount({ defaults: { law: 'ccpa', language: 'de', reasons: [] } });
    expect(getByLabelText<HTMLSelectElement>(container, 'Language of the letter').value).toBe('en');
    expect(subject(container)).toBe(
      'Request to know (Cal. Civ. Code §§1798.100, 1798.110, 1798.115)',
    );
  });

  it('never renders policy text as HTML', () => {
    const { container } = mount({
      facts: { ...SHOP_FACTS, controllerName: '<img src=x onerror=alert(1)>' },
    });
    expect(container.querySelector('img')).toBeNull();
    expect(body(container).value).toContain('<img src=x onerror=alert(1)>');
  });
});
