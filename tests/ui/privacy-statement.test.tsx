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
    const { view, container } = show(readFileSync('PRIVACY.md', 'utf8'));
    expect(
      view.getByRole('heading', { level: 1, name: "Rightful's privacy statement" }),
    ).toBeTruthy();
    expect(view.getByRole('heading', { level: 2, name: /What leaves your device/ })).toBeTruthy();
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
