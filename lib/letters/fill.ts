import type { Condition, Paragraph } from './schema';

const PLACEHOLDER = /\{(\w+)\}/g;

/** A template asks for a value the letter does not have: a bug in the data, caught by tests. */
export class MissingPlaceholderError extends Error {
  constructor(
    readonly placeholder: string,
    readonly template: string,
  ) {
    super(`Letter template has no value for {${placeholder}}: "${template.slice(0, 80)}"`);
    this.name = 'MissingPlaceholderError';
  }
}

/**
 * The one placeholder rule of every letter: each {name} is replaced by its value; a name with no
 * value throws (an empty string is a value: the optional sentence is left out). Values are
 * inserted once, never re-read, so braces in a policy quote or user text stay as typed.
 */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    if (value === undefined) {
      throw new MissingPlaceholderError(name, template);
    }
    return value;
  });
}

/** The placeholders a template uses, in order (tests check them against what renderers give). */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}

/** A paragraph's text and conditions, whichever way it is written. */
export function paragraphParts(paragraph: Paragraph): Exclude<Paragraph, string> {
  return typeof paragraph === 'string' ? { text: paragraph } : paragraph;
}

/**
 * The paragraphs of a letter: those whose condition holds, filled, each passed through `finish`
 * (a language's contractions), and without those that fill to nothing.
 */
export function assemble(
  paragraphs: readonly Paragraph[],
  values: Readonly<Record<string, string>>,
  known: ReadonlySet<Condition> = new Set(),
  finish: (text: string) => string = (text) => text,
): string[] {
  return paragraphs
    .map(paragraphParts)
    .filter((p) => (!p.when || known.has(p.when)) && (!p.unless || !known.has(p.unless)))
    .map((p) => finish(fill(p.text, values)).trim())
    .filter((text) => text !== '');
}
