import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isRestrictedUrl, scanTab } from '@/lib/app/scan-tab';

// The fake browser does not implement scripting: stand in for executeScript's answer.
function answerWith(result: unknown) {
  const executeScript = vi.fn().mockResolvedValue([{ frameId: 0, result }]);
  (fakeBrowser as unknown as { scripting: { executeScript: typeof executeScript } }).scripting = {
    executeScript,
  };
  return executeScript;
}

const validScan = {
  url: 'https://shop.example/',
  title: 'Shop',
  lang: 'en',
  isPolicyPage: false,
  policyLinks: [
    {
      url: 'https://shop.example/privacy',
      text: 'Privacy',
      score: 5,
      reasons: ['text'],
      kind: 'privacy',
    },
  ],
  emails: [],
};

describe('scanTab', () => {
  it('injects the runtime content script into the given tab and returns its validated result', async () => {
    const executeScript = answerWith(validScan);

    const result = await scanTab(7, 'https://shop.example/');

    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/scan.js'] });
    expect(result).toEqual({ ok: true, value: validScan });
  });

  it('gives each address its role and puts the best first; a role the page claims is not read', async () => {
    answerWith({
      ...validScan,
      emails: [
        { address: 'hello@shop.example', evidence: 'Say hello', role: 'dpo' },
        { address: 'dpo@shop.example', evidence: 'Our DPO' },
        { address: 'info@shop.example', evidence: 'Info' },
      ],
    });

    const result = await scanTab(7, 'https://shop.example/');

    expect(result.ok && result.value.emails).toEqual([
      { address: 'dpo@shop.example', role: 'dpo', evidence: 'Our DPO' },
      { address: 'hello@shop.example', role: 'general', evidence: 'Say hello' },
      { address: 'info@shop.example', role: 'general', evidence: 'Info' },
    ]);
  });

  it('refuses a result that does not match the schema (a page may tamper with it)', async () => {
    answerWith({ ...validScan, policyLinks: [{ url: 42 }] });

    const result = await scanTab(7, 'https://shop.example/');

    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.kind).toBe('invalid-result');
  });

  it('reports a page it may not script instead of throwing', async () => {
    const executeScript = vi
      .fn()
      .mockRejectedValue(new Error('Cannot access contents of the page'));
    (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript };

    const result = await scanTab(7, 'https://shop.example/');

    expect(result).toEqual({
      ok: false,
      error: { kind: 'no-access', message: 'Cannot access contents of the page' },
    });
  });

  it.each([
    ['chrome://settings', true],
    ['about:blank', true],
    ['https://chromewebstore.google.com/detail/x', true],
    ['https://addons.mozilla.org/en-US/firefox/', true],
    ['file:///tmp/x.html', true],
    ['https://shop.example/privacy', false],
    ['http://127.0.0.1:8080/shop/', false],
  ])('isRestrictedUrl(%s) is %s', (url, expected) => {
    expect(isRestrictedUrl(url)).toBe(expected);
  });
});
