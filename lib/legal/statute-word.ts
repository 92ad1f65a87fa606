import * as z from 'zod';
import type { Law } from '../shared/law';
import { Right } from '../shared/right';

/**
 * The word a letter uses for a right: the catalogue's id, or the statute's own word where it has
 * one (the CCPA's "know", "delete", "correct", Cal. Civ. Code §§1798.100–.106). It keys the
 * letters' phrases ("disclosure of the personal information you hold about me"); ids in storage,
 * the ledger and the dashboard are always the catalogue's `Right`.
 */
export const StatuteWord = z.enum([...Right.options, 'know', 'delete', 'correct']);
export type StatuteWord = z.infer<typeof StatuteWord>;

/** The CCPA's own names for three rights. */
const CCPA_WORDS: Partial<Record<Right, StatuteWord>> = {
  access: 'know',
  erasure: 'delete',
  rectification: 'correct',
};

/** The statute's word for a right under a law (the letters' phrase key). */
export function statuteWord(law: Law, right: Right): StatuteWord {
  return (law === 'ccpa' ? CCPA_WORDS[right] : undefined) ?? right;
}

/** Short forms a user may type for a right (CLI input only; never stored). */
export const RIGHT_SHORT_FORMS: Readonly<Record<string, Right>> = {
  deletion: 'erasure',
  correction: 'rectification',
  'opt-out': 'opt-out-sale',
  limit: 'limit-sensitive',
  object: 'objection',
  withdraw: 'withdraw-consent',
};

/**
 * A right as a user or an old file names it: a catalogue id, a statute's word ("know" →
 * access) or a short form ("opt-out"); undefined when it is none of them. For input only (every
 * CLI command takes the same words); the stored ledger's own old words are mapped by its frozen
 * migration (lib/deadlines/entry-v1-to-v2.ts).
 */
export function parseRight(value: string): Right | undefined {
  const id = value.trim().toLowerCase();
  const right = Right.safeParse(id);
  if (right.success) {
    return right.data;
  }
  const word = Object.entries(CCPA_WORDS).find(([, w]) => w === id);
  return word ? Right.parse(word[0]) : RIGHT_SHORT_FORMS[id];
}
