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
