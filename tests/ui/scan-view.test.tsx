import {
  fireEvent,
  getByLabelText,
  getByRole,
  getByText,
  queryByLabelText,
} from '@testing-library/dom';
import { render } from 'solid-js/web';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScanView, type ScanState } from '@/components/popup/ScanView';
import type { PageScan } from '@/lib/policy-detection/schema';

const scan = (overrides: Partial<PageScan>): PageScan => ({
  url: 'https://shop.example/',
  title: 'Shop',
  lang: 'en',
  isPolicyPage: false,
  policyLinks: [],
  emails: [],
  ...overrides,
});

const link = (url: string, text: string, kind: 'privacy' | 'cookies' | 'terms' | 'legal') => ({
  url,
  text,
  score: 1,
  reasons: [],
  kind,
});

let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  document.body.innerHTML = '';
});

// Attached to the document: Solid delegates click/input events to it.
function show(state: ScanState, onRead = vi.fn()): HTMLElement {
  const container = document.body.appendChild(document.createElement('div'));
  dispose = render(() => <ScanView state={state} onRead={onRead} />, container);
  return container;
}

describe('ScanView', () => {
  it('offers the privacy policy first and the legal notice, but not terms or cookies', () => {
    const view = show({
      status: 'done',
      scan: scan({
        policyLinks: [
          link('https://shop.example/privacy', 'Privacy Policy', 'privacy'),
          link('https://shop.example/terms', 'Terms', 'terms'),
          link('https://shop.example/cookies', 'Cookies', 'cookies'),
          link('https://shop.example/impressum', 'Impressum', 'legal'),
        ],
      }),
    });

    const first = getByLabelText<HTMLInputElement>(view, /Privacy Policy/);
    expect(first.checked).toBe(true);
    expect(first.value).toBe('https://shop.example/privacy');
    getByLabelText(view, /Impressum/);
    expect(queryByLabelText(view, /Terms/)).toBeNull();
    expect(queryByLabelText(view, /Cookies/)).toBeNull();
  });

  it('reads the chosen candidate on click', () => {
    const onRead = vi.fn();
    const view = show(
      {
        status: 'done',
        scan: scan({
          policyLinks: [
            link('https://shop.example/privacy', 'Privacy Policy', 'privacy'),
            link('https://shop.example/impressum', 'Impressum', 'legal'),
          ],
        }),
      },
      onRead,
    );

    fireEvent.click(getByLabelText(view, /Impressum/));
    fireEvent.click(getByRole(view, 'button', { name: 'Read this policy' }));

    expect(onRead).toHaveBeenCalledWith('https://shop.example/impressum');
  });

  it('says so when no policy link was found, what was tried, and lets the user paste one', () => {
    const onRead = vi.fn();
    const view = show({ status: 'done', scan: scan({}) }, onRead);

    getByText(view, 'No privacy policy link was found on this page.');
    getByText(view, /rel="privacy-policy"/);
    const input = getByLabelText(view, 'Or paste the address of the policy');
    fireEvent.input(input, { target: { value: 'javascript:alert(1)' } });
    fireEvent.click(getByRole(view, 'button', { name: 'Read' }));
    expect(getByRole(view, 'alert').textContent).toMatch(/https:\/\//);
    expect(onRead).not.toHaveBeenCalled();

    fireEvent.input(input, { target: { value: 'https://shop.example/legal/privacy' } });
    fireEvent.click(getByRole(view, 'button', { name: 'Read' }));
    expect(onRead).toHaveBeenCalledWith('https://shop.example/legal/privacy');
  });

  it('recognises the policy page and lists its emails', () => {
    const view = show({
      status: 'done',
      scan: scan({
        isPolicyPage: true,
        emails: [
          {
            address: 'contact@magneta.fr',
            role: 'general',
            evidence: 'write to contact@magneta.fr',
          },
        ],
      }),
    });

    getByText(view, 'This page is the privacy policy.');
    getByText(view, 'contact@magneta.fr');
  });

  it('explains a page extensions may not read', () => {
    const view = show({ status: 'error', error: { kind: 'restricted', url: 'chrome://settings' } });

    expect(getByRole(view, 'alert').textContent).toMatch(/cannot be read by extensions/);
  });

  it('renders page text as text, never as HTML', () => {
    const view = show({
      status: 'done',
      scan: scan({
        policyLinks: [link('https://shop.example/p', '<img src=x onerror=alert(1)>', 'privacy')],
      }),
    });

    expect(view.querySelector('img')).toBeNull();
    getByText(view, /<img src=x onerror=alert\(1\)>/);
  });
});
