import { describe, expect, it } from 'vitest';
import { fillForm, normalizeLabel } from '../../../lib/directory/fill-form';
import type { FillPayload } from '../../../lib/directory/fill-schema';

const LETTER: FillPayload = {
  message: 'Dear Sir or Madam,\n\nplease give me a copy of my data (GDPR Art. 15).',
  subject: 'Request for access',
  name: 'Ada Lovelace',
  email: 'ada@example.org',
};

function page(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
}
const value = (doc: Document, selector: string) =>
  doc.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)?.value;

describe('normalizeLabel', () => {
  it.each([
    ['E-Mail-Adresse *', 'e mail adresse'],
    ['lastName', 'last name'],
    ['Prénom', 'prenom'],
    ['Imię i nazwisko', 'imie i nazwisko'],
    ['Wiadomość', 'wiadomosc'],
    ['contact[your-name]', 'contact your name'],
  ])('%j → %j', (raw, expected) => {
    expect(normalizeLabel(raw)).toBe(expected);
  });
});

describe('fillForm', () => {
  it('fills message, subject, name and email by their labels, outlines them, never submits', () => {
    const doc = page(`
      <form action="/send" method="post">
        <label for="n">Your name</label><input id="n" name="n">
        <label>Email <input id="e" type="email"></label>
        <label for="s">Subject</label><input id="s">
        <label for="m">Your message</label><textarea id="m"></textarea>
        <button type="submit">Send</button>
      </form>`);
    let submitted = 0;
    doc.querySelector('form')?.addEventListener('submit', () => submitted++);
    const inputs: string[] = [];
    doc.addEventListener('input', (e) => inputs.push((e.target as HTMLElement).id));

    const report = fillForm(doc, LETTER);

    expect(report).toEqual({
      filled: ['message', 'subject', 'name', 'email'],
      kept: [],
      missing: [],
    });
    expect(value(doc, '#m')).toBe(LETTER.message);
    expect(value(doc, '#s')).toBe('Request for access');
    expect(value(doc, '#n')).toBe('Ada Lovelace');
    expect(value(doc, '#e')).toBe('ada@example.org');
    expect(doc.querySelectorAll('[data-rightful-filled]')).toHaveLength(4);
    expect(doc.querySelector<HTMLElement>('#m')?.style.outline).toContain('solid');
    // The page's scripts are told, as when typing; the form is not sent.
    expect(inputs.sort()).toEqual(['e', 'm', 'n', 's']);
    expect(submitted).toBe(0);
  });

  it.each([
    [
      'autocomplete tokens before words (German page)',
      `<form><input autocomplete="name" name="feld1"><input autocomplete="section-x email" name="feld2">
       <textarea name="feld3" aria-label="Ihr Anliegen"></textarea></form>`,
      { '[name=feld1]': 'Ada Lovelace', '[name=feld2]': 'ada@example.org' },
    ],
    [
      'French labels, with placeholder and aria-labelledby',
      `<form><span id="l1">Nom complet</span><input aria-labelledby="l1">
       <input placeholder="Adresse électronique" name="x">
       <label for="t">Votre demande</label><textarea id="t"></textarea></form>`,
      { '[aria-labelledby=l1]': 'Ada Lovelace', '[name=x]': 'ada@example.org' },
    ],
    [
      'Polish: "Imię i nazwisko" is the whole name',
      `<form><label>Imię i nazwisko <input id="a"></label><label>Adres e-mail <input id="b"></label>
       <label>Treść <textarea></textarea></label></form>`,
      { '#a': 'Ada Lovelace', '#b': 'ada@example.org' },
    ],
    [
      'Dutch, name attributes only',
      `<form><input name="volledige_naam"><input name="emailadres"><textarea name="bericht"></textarea></form>`,
      { '[name=volledige_naam]': 'Ada Lovelace', '[name=emailadres]': 'ada@example.org' },
    ],
  ])('%s', (_, html, expected) => {
    const doc = page(html);
    const report = fillForm(doc, {
      message: LETTER.message,
      name: LETTER.name,
      email: LETTER.email,
    });
    expect(report.filled).toEqual(['message', 'name', 'email']);
    for (const [selector, v] of Object.entries(expected)) {
      expect(value(doc, selector)).toBe(v);
    }
    expect(value(doc, 'textarea')).toBe(LETTER.message);
  });

  it('split name fields (Prénom / Nom) get nothing: the name is not guessed apart', () => {
    const doc = page(`<form>
      <label>Prénom <input id="p"></label><label>Nom <input id="n"></label>
      <label>Courriel <input id="c"></label><label>Message <textarea></textarea></label></form>`);
    const report = fillForm(doc, LETTER);
    expect(value(doc, '#p')).toBe('');
    expect(value(doc, '#n')).toBe('');
    expect(value(doc, '#c')).toBe('ada@example.org');
    expect(report.missing).toEqual(['name']);
    // No subject field: the subject heads the message.
    expect(value(doc, 'textarea')).toBe(`Request for access\n\n${LETTER.message}`);
  });

  it('company, user and file names are never given the user name', () => {
    const doc = page(`<form>
      <label>Company name <input id="c"></label><label>Username <input id="u" autocomplete="username"></label>
      <textarea name="message"></textarea></form>`);
    expect(fillForm(doc, LETTER).missing).toEqual(['name', 'email']);
    expect(value(doc, '#c')).toBe('');
    expect(value(doc, '#u')).toBe('');
  });

  it('keeps what the user typed, and says so', () => {
    const doc = page(`<form><label>Name <input id="n" value="A. L."></label>
      <label>Message <textarea id="m">My own words</textarea></label></form>`);
    const report = fillForm(doc, LETTER);
    expect(report.kept).toEqual(['message', 'subject', 'name']);
    expect(value(doc, '#n')).toBe('A. L.');
    expect(value(doc, '#m')).toBe('My own words');
  });

  it('only the form that holds the message field: the newsletter box elsewhere stays empty', () => {
    const doc = page(`
      <form id="newsletter"><label>Email <input id="news" type="email"></label></form>
      <form id="req"><label>E-Mail <input id="mail"></label><textarea name="nachricht"></textarea></form>`);
    fillForm(doc, LETTER);
    expect(value(doc, '#news')).toBe('');
    expect(value(doc, '#mail')).toBe('ada@example.org');
  });

  it('no message field (a login or search page): fills nothing at all', () => {
    const doc = page(`<form><label>Email <input id="e" type="email"></label>
      <label>Password <input type="password"></label></form><textarea disabled></textarea>`);
    expect(fillForm(doc, LETTER)).toEqual({
      filled: [],
      kept: [],
      missing: ['message', 'subject', 'name', 'email'],
    });
    expect(value(doc, '#e')).toBe('');
    expect(doc.querySelectorAll('[data-rightful-filled]')).toHaveLength(0);
  });

  it('an address textarea is not the message field; hidden and read-only fields are skipped', () => {
    const doc = page(`<form>
      <label>Postal address <textarea id="a"></textarea></label>
      <input type="hidden" name="email"><input name="name" readonly>
      <label>Details <textarea id="d"></textarea></label></form>`);
    const report = fillForm(doc, { message: 'Letter', name: 'Ada' });
    expect(value(doc, '#a')).toBe('');
    expect(value(doc, '#d')).toBe('Letter');
    expect(report).toEqual({ filled: ['message'], kept: [], missing: ['name'] });
  });

  it("says when the letter is longer than the form's own limit", () => {
    const doc = page(`<form><textarea name="message" maxlength="20"></textarea></form>`);
    expect(fillForm(doc, LETTER).limit).toBe(20);
    expect(fillForm(page('<textarea name="message"></textarea>'), LETTER).limit).toBeUndefined();
  });
});
