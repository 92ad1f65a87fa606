import { getByRole, getByText, queryByRole } from '@testing-library/dom';
import { render } from 'solid-js/web';
import { afterEach, describe, expect, it } from 'vitest';
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

let dispose: (() => void) | undefined;
afterEach(() => dispose?.());

function show(state: ScanState): HTMLElement {
  const container = document.createElement('div');
  dispose = render(() => <ScanView state={state} />, container);
  return container;
}

describe('ScanView', () => {
  it('shows the privacy policy link with its text and address', () => {
    const view = show({
      status: 'done',
      scan: scan({
        policyLinks: [
          {
            url: 'https://shop.example/privacy',
            text: 'Privacy Policy',
            score: 9,
            reasons: [],
            kind: 'privacy',
          },
          {
            url: 'https://shop.example/terms',
            text: 'Terms',
            score: 1,
            reasons: [],
            kind: 'terms',
          },
        ],
      }),
    });

    const link = getByRole(view, 'link', { name: 'Privacy Policy' });
    expect(link.getAttribute('href')).toBe('https://shop.example/privacy');
    expect(queryByRole(view, 'link', { name: 'Terms' })).toBeNull();
  });

  it('says so when no policy link was found', () => {
    const view = show({ status: 'done', scan: scan({}) });

    getByText(view, 'No privacy policy link was found on this page.');
    getByText(view, 'No email address on this page.');
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
        policyLinks: [
          {
            url: 'https://shop.example/p',
            text: '<img src=x onerror=alert(1)>',
            score: 9,
            reasons: [],
            kind: 'privacy',
          },
        ],
      }),
    });

    expect(view.querySelector('img')).toBeNull();
    getByText(view, '<img src=x onerror=alert(1)>');
  });
});
