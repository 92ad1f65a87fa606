import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fillFormInTab } from '@/lib/app/fill-form';

// The fake browser does not implement scripting: stand in for executeScript's answers.
function answerWith(result: unknown) {
  const executeScript = vi
    .fn()
    .mockResolvedValueOnce([{ frameId: 0, result: null }])
    .mockResolvedValueOnce([{ frameId: 0, result }]);
  (fakeBrowser as unknown as { scripting: { executeScript: typeof executeScript } }).scripting = {
    executeScript,
  };
  return executeScript;
}

const TAB = { tabId: 7, url: 'https://acme.example/privacy-request' };
const LETTER = { message: 'Dear Sir or Madam', name: 'Ada Lovelace' };

describe('fillFormInTab', () => {
  it('hands the letter over, then runs the fill script in that tab only, and checks its report', async () => {
    const report = { filled: ['message', 'name'], kept: [], missing: [] };
    const executeScript = answerWith(report);

    expect(await fillFormInTab(TAB, LETTER)).toEqual({ ok: true, value: report });
    expect(executeScript).toHaveBeenCalledTimes(2);
    expect(executeScript.mock.calls[0]?.[0]).toMatchObject({
      target: { tabId: 7 },
      args: [LETTER],
    });
    expect(executeScript.mock.calls[1]?.[0]).toEqual({
      target: { tabId: 7 },
      files: ['/fill-form.js'],
    });
  });

  it('refuses a report that does not match the schema (a page may tamper with it)', async () => {
    answerWith({ filled: ['<img src=x onerror=alert(1)>'], kept: [], missing: [] });
    expect(await fillFormInTab(TAB, LETTER)).toEqual({ ok: false, error: 'invalid-result' });
  });

  it('never injects into browser pages and stores, nor without a tab', async () => {
    const executeScript = answerWith(undefined);
    expect(await fillFormInTab({ tabId: 1, url: 'chrome://settings' }, LETTER)).toEqual({
      ok: false,
      error: 'restricted',
    });
    expect(await fillFormInTab(undefined, LETTER)).toEqual({ ok: false, error: 'restricted' });
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('reports a page it may not script instead of throwing', async () => {
    const executeScript = vi.fn().mockRejectedValue(new Error('Cannot access contents'));
    (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript };
    expect(await fillFormInTab(TAB, LETTER)).toEqual({ ok: false, error: 'no-access' });
  });
});
