import { cleanLine, cleanText } from '../shared/clean-text';
import type { RequestFrame } from './schema';

const MAX_QUOTE = 160;

/**
 * Untrusted text (policy, page) becomes one tidy line: control characters and line breaks turn
 * into spaces, so a quote can never add lines, let alone headers, to what is sent.
 */
export function oneLine(text: string, max = MAX_QUOTE): string {
  const clean = cleanLine(text)
    .replace(/^["“”«»„']+|["“”«»„']+$/g, '')
    .trim();
  if (clean.length <= max) {
    // The letter supplies its own punctuation after a quote.
    return clean.replace(/[\s.;:,]+$/, '');
  }
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * A name (controller, partner) as one line: like `oneLine`, but the final dot of an abbreviation
 * stays — "Kowalski sp. z o.o.", "Loja, Lda.", "Acme Inc." are names, not sentences.
 * `endsAfterName` drops the sentence's own full stop after it instead.
 */
export function nameLine(text: string, max: number): string {
  const clean = cleanLine(text)
    .replace(/^["“”«»„']+|["“”«»„']+$/g, '')
    .replace(/[\s,;:]+$/, '')
    .replace(/\.{2,}$/, '.');
  return clean.length <= max ? clean : oneLine(text, max);
}

/** "…with Kowalski sp. z o.o.." → "…with Kowalski sp. z o.o.": one full stop after a name. */
export function endsAfterName(text: string, names: readonly string[]): string {
  return names
    .filter((name) => name.endsWith('.'))
    .reduce((t, name) => t.replaceAll(`${name}.`, name), text);
}

/** User-typed free text (e.g. the correction to make): keeps its lines, drops other controls. */
export function userText(text: string): string {
  return cleanText(text).replace(/\t/g, ' ').trim();
}

/** "A", "A and B", "A, B and C" in the letter's language. */
export function joinNames(names: string[], and: string): string {
  if (names.length <= 1) {
    return names[0] ?? '';
  }
  return `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1) ?? ''}`;
}

const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;

/** "P14M" → "14 months" (frame's units); undefined for what we cannot say plainly. */
export function formatDuration(iso: string, frame: RequestFrame): string | undefined {
  const match = DURATION.exec(iso);
  if (!match || iso === 'P') {
    return undefined;
  }
  const parts = (['Y', 'M', 'W', 'D'] as const).flatMap((unit, i) => {
    const n = Number(match[i + 1] ?? 0);
    return n > 0 ? [`${n} ${frame.units[unit][n === 1 ? 0 : 1]}`] : [];
  });
  return parts.length > 0 ? joinNames(parts, frame.and) : undefined;
}
