import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Untrusted text (page, policy, import file, profile) reaches the popup and dashboard only
 * through Solid's text interpolation: no file of ours writes HTML or evaluates code. Solid's
 * compiled templates use innerHTML with compile-time strings only (SECURITY.md, web-ext lint).
 */
const ROOTS = ['entrypoints', 'lib', 'components'];
const SINKS: [string, RegExp][] = [
  ['innerHTML', /\binnerHTML\b/],
  ['outerHTML assignment', /\bouterHTML\s*=(?!=)/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['document.write', /\bdocument\.write(?:ln)?\s*\(/],
  ['eval', /(?<![\w.])eval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['string timer', /\bset(?:Timeout|Interval)\s*\(\s*['"`]/],
  ['Solid innerHTML prop', /\binnerHTML\s*=\s*\{/],
  ['createContextualFragment', /\bcreateContextualFragment\b/],
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.(?:ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('no HTML or code sinks in our sources', () => {
  const files = ROOTS.flatMap(sources);

  it.each(SINKS)('no %s', (_name, pattern) => {
    const hits = files.filter((file) => pattern.test(readFileSync(file, 'utf8')));
    expect(hits).toEqual([]);
  });
});
