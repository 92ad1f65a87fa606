import type { FillField, FillPayload, FillReport } from './fill-schema';
import { FORM_WORDS, type FormWords } from './form-words.data';

/**
 * Fills a company's own request form with the letter (issue 14): the message field gets the
 * letter, the subject, name and email fields what the user's profile holds. Run in the page on
 * the user's click only (entrypoints/fill-form.ts); pure here, the document is a parameter.
 * It never submits, never clicks, never overwrites what the user already typed, and outlines
 * what it filled so the user can check it before sending the form themself. No zod here: this
 * runs in the injected script, kept small (its boundary types are in fill-schema.ts).
 */

/** The payload's fields in the order they are reported. */
const FIELDS: readonly FillField[] = ['message', 'subject', 'name', 'email'];

type Control = HTMLInputElement | HTMLTextAreaElement;

/** Lower case, no accents, words only: "E-Mail-Adresse" → "e mail adresse", "lastName" → "last name". */
export function normalizeLabel(text: string): string {
  return text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const has = (text: string, words: readonly string[]) =>
  words.some((w) => ` ${text} `.includes(` ${w} `));

/** Everything that names a field: its labels, ARIA names, placeholder, title, name and id. */
export function fieldText(el: Control): string {
  const doc = el.ownerDocument;
  const byIds = (el.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .map((id) => (id ? (doc.getElementById(id)?.textContent ?? '') : ''));
  const parts = [
    ...Array.from(el.labels ?? [], (l) => l.textContent ?? ''),
    el.getAttribute('aria-label') ?? '',
    ...byIds,
    el.getAttribute('placeholder') ?? '',
    el.getAttribute('title') ?? '',
    el.getAttribute('name') ?? '',
    el.id,
  ];
  return normalizeLabel(parts.join(' '));
}

/** The field's autofill token ("section-a shipping email" → "email"), WHATWG HTML § autofill. */
const autofill = (el: Control) =>
  (el.getAttribute('autocomplete') ?? '').trim().toLowerCase().split(/\s+/).at(-1) ?? '';

const TEXT_TYPES = new Set(['', 'text', 'email', 'search', 'tel']);

function usable(el: Control): boolean {
  if (el.disabled || el.readOnly || el.hidden || el.closest('[hidden],[aria-hidden="true"]')) {
    return false;
  }
  const type = el.tagName === 'TEXTAREA' ? '' : (el.getAttribute('type') ?? '').toLowerCase();
  return TEXT_TYPES.has(type);
}

function controls(root: ParentNode): Control[] {
  return Array.from(root.querySelectorAll<Control>('input, textarea')).filter(usable);
}

/** The textarea the letter goes into: one named as a message, else one that is not an address. */
function messageField(doc: Document, words: FormWords): HTMLTextAreaElement | undefined {
  const areas = controls(doc).filter((el): el is HTMLTextAreaElement => el.tagName === 'TEXTAREA');
  return (
    areas.find((el) => has(fieldText(el), words.message)) ??
    areas.find((el) => !has(fieldText(el), words.address))
  );
}

function kindOf(el: Control, words: FormWords, split: boolean): FillField | 'part' | undefined {
  const token = autofill(el);
  if (token === 'email' || el.getAttribute('type')?.toLowerCase() === 'email') {
    return 'email';
  }
  if (token === 'name') {
    return 'name';
  }
  if (/^(given|family|additional)-name$|^(nickname|username|organization)$/.test(token)) {
    return token.endsWith('-name') ? 'part' : undefined;
  }
  const text = fieldText(el);
  if (has(text, words.email)) {
    return 'email';
  }
  if (has(text, words.subject)) {
    return 'subject';
  }
  if (has(text, words.fullName)) {
    return 'name';
  }
  if (has(text, words.namePart)) {
    return 'part';
  }
  // A bare "Nom" beside a "Prénom" field is the family name, not the whole name.
  return has(text, words.name) && !has(text, words.otherName) && !split ? 'name' : undefined;
}

/** Sets the value as typing would, so the page's own scripts (React, Vue…) see the change. */
function setValue(el: Control, value: string): void {
  el.value = value;
  const view = el.ownerDocument.defaultView;
  const EventType = view?.Event ?? Event;
  el.dispatchEvent(new EventType('input', { bubbles: true }));
  el.dispatchEvent(new EventType('change', { bubbles: true }));
  el.style.outline = '3px solid #1a73e8';
  el.style.outlineOffset = '2px';
  el.setAttribute('data-rightful-filled', '');
}

/** Fills the request form of `doc` with `payload`; see the module comment for what it never does. */
export function fillForm(doc: Document, payload: FillPayload, words = FORM_WORDS): FillReport {
  const wanted = FIELDS.filter((f) => payload[f]?.trim());
  const message = messageField(doc, words);
  if (!message) {
    return { filled: [], kept: [], missing: wanted };
  }
  // The form the message field is in: a newsletter or search box elsewhere on the page is not it.
  const scope = message.form ?? doc;
  const fields = controls(scope).filter((el) => el !== message);
  const kinds = fields.map((el) => kindOf(el, words, false));
  const split = kinds.includes('part');
  const found = new Map<FillField, Control[]>([['message', [message]]]);
  fields.forEach((el) => {
    const kind = kindOf(el, words, split);
    if (kind && kind !== 'part' && kind !== 'message') {
      found.set(kind, [...(found.get(kind) ?? []), el]);
    }
  });
  const report: FillReport = { filled: [], kept: [], missing: [] };
  // No subject field: the subject heads the message, as a letter's "Re:" line would.
  const subject = payload.subject?.trim();
  const text =
    subject && !found.has('subject') ? `${subject}\n\n${payload.message}` : payload.message;
  const values: FillPayload = { ...payload, message: text };
  for (const field of wanted) {
    if (field === 'subject' && !found.has('subject')) {
      report[report.filled.includes('message') ? 'filled' : 'kept'].push('subject');
      continue;
    }
    // Every email field (an "email again" one too); one name, one subject.
    const targets =
      field === 'email' ? (found.get(field) ?? []) : (found.get(field) ?? []).slice(0, 1);
    const value = values[field] ?? '';
    const empty = targets.filter((el) => el.value.trim() === '');
    empty.forEach((el) => setValue(el, value));
    report[targets.length === 0 ? 'missing' : empty.length > 0 ? 'filled' : 'kept'].push(field);
  }
  const limit = message.maxLength;
  if (limit > 0 && text.length > limit && report.filled.includes('message')) {
    report.limit = limit;
  }
  message.scrollIntoView?.({ block: 'center' });
  return report;
}
