import { within } from '@testing-library/dom';
import { readFileSync } from 'node:fs';
import { render } from 'solid-js/web';
import { afterEach, describe, expect, it } from 'vitest';
import { PrivacyStatement } from '../../components/privacy/PrivacyStatement';

let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  document.body.innerHTML = '';
});

function show(markdown: string) {
  const container = document.createElement('div');
  document.body.append(container);
  dispose = render(() => <PrivacyStatement markdown={markdown} />, container);
  return { view: within(container), container };
}

describe('PrivacyStatement', () => {
  it('shows PRIVACY.md as headings, paragraphs and lists, in English', () => {
    // Plain selectors, not getByRole: role queries over the whole statement are slow on a busy CI.
    const { container } = show(readFileSync('PRIVACY.md', 'utf8'));
    expect(container.querySelector('h1')?.textContent).toBe("Rightful's privacy statement");
    const h2 = [...container.querySelectorAll('h2')].map((h) => h.textContent);
    expect(h2).toContain('What leaves your device');
    expect(container.querySelector('main')?.getAttribute('lang')).toBe('en');
    const keys = [...container.querySelectorAll('li strong code')].map((c) => c.textContent);
    expect(keys).toEqual(expect.arrayContaining(['profile', 'ledger', 'quarantine']));
  });

  it('never renders markup from the text', () => {
    const { container } = show('# T\n\n<img src=x onerror="alert(1)"> **<b>bold</b>**\n');
    expect(container.querySelector('img, b')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror="alert(1)">');
  });
});
