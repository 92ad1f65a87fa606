import { fireEvent, getByRole, queryByRole, waitFor } from '@testing-library/dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RequestComposerProps } from '../../components/request/RequestComposer';
import { companyLanguage } from '../../lib/directory/request-defaults';
import { fillStatus } from '../../lib/ui/fill-status';
import { installFakeI18n } from '../support/fake-i18n';
import { mountComposer, unmountAll } from './mount-composer';

// Issue 14, "what the company needs": the directory record's preferred way, its ID-document
// notice and the directory-sourced address change the composer; its form is filled on a click.
afterEach(unmountAll);

const FORM = 'https://lumen-boutique.example/privacy-request';

const mount = (overrides: Partial<RequestComposerProps> = {}) =>
  mountComposer({ onPrint: vi.fn(), ...overrides });

/** The one main action: the first link or button of the main row. */
const mainAction = (c: HTMLElement) =>
  c.querySelector('.send-main')?.querySelector('a, button')?.textContent;

describe('the composer follows the company record', () => {
  it('a company that prefers letters: the printed letter is the main action, email still offered', () => {
    const { container, props } = mount({
      company: { preferred: 'letter', needsIdDocument: false, onFormPage: false },
    });
    expect(mainAction(container)).toBe('Print a postal letter');
    fireEvent.click(getByRole(container, 'button', { name: 'Print a postal letter' }));
    expect(props.onPrint).toHaveBeenCalledTimes(1);
    const more = container.querySelector('.send-more') as HTMLElement;
    expect(getByRole(more, 'link', { name: /mail app/ })).toBeTruthy();
    expect(getByRole(more, 'link', { name: 'Open in Gmail' })).toBeTruthy();
  });

  it('a web-form company: its form first, filling offered beside the mail ways', () => {
    const { container } = mount({
      webform: FORM,
      onFillForm: vi.fn(() => Promise.resolve('')),
      company: { preferred: 'webform', needsIdDocument: false, onFormPage: false },
    });
    expect(mainAction(container)).toBe('Copy the letter and open the web form');
    const more = container.querySelector('.send-more') as HTMLElement;
    expect(getByRole(more, 'button', { name: 'Fill the form on this page' })).toBeTruthy();
    expect(getByRole(more, 'link', { name: /mail app/ })).toBeTruthy();
  });

  it('a policy that puts its request form before its only, non-privacy email: the form first', () => {
    const { container } = mount({ webform: FORM, formFirst: true });
    expect(mainAction(container)).toBe('Copy the letter and open the web form');
    const more = container.querySelector('.send-more') as HTMLElement;
    expect(getByRole(more, 'link', { name: /mail app/ })).toBeTruthy();
    // The company's own preference, from the directory, still wins.
    unmountAll();
    const letter = mount({
      webform: FORM,
      formFirst: true,
      company: { preferred: 'letter', needsIdDocument: false, onFormPage: false },
    }).container;
    expect(mainAction(letter)).toBe('Print a postal letter');
  });

  it('without a record: the mail app first, the form and its filling among the other ways', () => {
    const { container } = mount({ webform: FORM, onFillForm: vi.fn(() => Promise.resolve('')) });
    expect(mainAction(container)).toMatch(/mail app/);
    const more = container.querySelector('.send-more') as HTMLElement;
    expect(getByRole(more, 'link', { name: 'Copy the letter and open the web form' })).toBeTruthy();
    expect(getByRole(more, 'button', { name: 'Fill the form on this page' })).toBeTruthy();
    // No form known: nothing to fill.
    unmountAll();
    const bare = mount({ onFillForm: vi.fn(() => Promise.resolve('')) }).container;
    expect(queryByRole(bare, 'button', { name: 'Fill the form on this page' })).toBeNull();
  });

  it('on the form page: filling is the main action; it gets the letter and announces the outcome', async () => {
    const onFillForm = vi.fn(() => Promise.resolve('Filled on the page (outlined): the letter.'));
    const { container } = mount({
      webform: FORM,
      onFillForm,
      company: { needsIdDocument: false, onFormPage: true },
    });
    expect(mainAction(container)).toBe('Fill the form on this page');
    expect(
      queryByRole(container, 'link', { name: 'Copy the letter and open the web form' }),
    ).toBeNull();
    fireEvent.click(getByRole(container, 'button', { name: 'Fill the form on this page' }));
    expect(onFillForm).toHaveBeenCalledWith({
      subject: expect.stringMatching(/access/i) as unknown,
      body: expect.stringContaining('Article 15') as unknown,
    });
    const status = container.querySelector('.req-status') as HTMLElement;
    await waitFor(() =>
      expect(status.textContent).toBe('Filled on the page (outlined): the letter.'),
    );
    expect(status.getAttribute('aria-live')).toBe('polite');
  });

  it('says "needs an ID document" before the ways to send', () => {
    const { container } = mount({
      company: { needsIdDocument: true, onFormPage: false },
    });
    const note = getByRole(container, 'note');
    expect(note.textContent).toMatch(/^Before you send: this company asks for an ID document/);
    const actions = getByRole(container, 'group', { name: 'Send the request' });
    expect(note.compareDocumentPosition(actions) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    unmountAll();
    expect(queryByRole(mount().container, 'note')).toBeNull();
  });

  it('labels a directory address with its age, until the user types another', () => {
    const { container } = mount({
      to: 'dpo@lumen-boutique.example',
      company: { needsIdDocument: false, onFormPage: false, toFromDirectory: '2026-07-21' },
    });
    const label =
      'The policy gives no email address: this one is from the Datenanfragen.de directory, last checked no later than Jul 21, 2026.';
    expect(container.textContent).toContain(label);
    fireEvent.input(getByRole(container, 'textbox', { name: 'To' }), {
      target: { value: 'me@lumen-boutique.example' },
    });
    expect(container.textContent).not.toContain(label);
  });
});

describe('fillStatus', () => {
  it.each([
    [
      { ok: true, value: { filled: ['message', 'email'], kept: [], missing: ['name'] } },
      'Filled on the page (outlined): the letter, your email. No field found for: your name (fill it in yourself if the form asks). Nothing was sent: check the form, then send it yourself.',
    ],
    [
      { ok: true, value: { filled: ['message'], kept: ['name'], missing: [], limit: 500 } },
      "Filled on the page (outlined): the letter. Already filled in, left as they were: your name. The form's message field takes at most 500 characters: shorten the letter there. Nothing was sent: check the form, then send it yourself.",
    ],
    [
      { ok: true, value: { filled: [], kept: [], missing: ['message', 'name'] } },
      "No request form with a message field on this page: open the company's form, then Rightful there.",
    ],
    [
      { ok: false, error: 'restricted' },
      'Rightful cannot fill forms on this page (browser pages and stores are closed to extensions).',
    ],
  ] as const)('%j', (outcome, text) => {
    installFakeI18n('en');
    expect(fillStatus(outcome as Parameters<typeof fillStatus>[0])).toBe(text);
  });
});

describe("the company's request language", () => {
  it('is preselected, with the reason shown', () => {
    const defaults = companyLanguage(
      {
        law: 'gdpr',
        language: 'en',
        reasons: [
          { key: 'req_why_law_default', params: ['GDPR'] },
          { key: 'req_why_lang_policy', params: ['en'] },
        ],
      },
      'de',
    );
    const { container } = mount({ defaults });
    expect(
      getByRole<HTMLSelectElement>(container, 'combobox', { name: 'Language of the letter' }).value,
    ).toBe('de');
    const why = getByRole(container, 'list', { name: 'Why this choice' });
    expect(why.textContent).toContain(
      'Letter in German: the language the company asks requests to be in (company directory).',
    );
    expect(why.textContent).not.toContain('policy');
  });
});
