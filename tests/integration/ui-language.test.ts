import { afterEach, describe, expect, it, vi } from 'vitest';
import { chooseUiLanguage } from '../../lib/app/ui-language';
import { startUiLanguage } from '../../lib/ui/start-ui-language';
import { readQuarantine } from '../../lib/storage/quarantine';
import { readUiLanguage, uiLanguageItem } from '../../lib/storage/ui-language';
import { t, uiLanguage, useUiLanguage } from '../../lib/ui/i18n';

afterEach(async () => {
  await useUiLanguage(undefined);
});

describe('the UI language setting', () => {
  it('follows the browser when nothing was chosen', async () => {
    expect(await readUiLanguage()).toBe('auto');
    expect(await startUiLanguage()).toBe('auto');
    expect(t('dash_title')).toBe('Your requests');
  });

  it('a chosen language is stored, and the next page starts in it', async () => {
    const reload = vi.fn();
    await chooseUiLanguage('nl', reload);
    expect(reload).toHaveBeenCalledOnce();
    expect(await uiLanguageItem.getValue()).toBe('nl');
    expect(await startUiLanguage()).toBe('nl');
    expect(t('dash_title')).toBe('Uw verzoeken');
    expect(uiLanguage()).toBe('nl');
  });

  it('back to "auto": the browser language again', async () => {
    await chooseUiLanguage('pl', () => undefined);
    await startUiLanguage();
    await chooseUiLanguage('auto', () => undefined);
    await startUiLanguage();
    expect(t('dash_title')).toBe('Your requests');
  });

  it('a stored value that is no UI language is set aside, and the browser language is used', async () => {
    await uiLanguageItem.setValue('klingon' as never);
    expect(await readUiLanguage(() => '2026-12-06T10:00:00.000Z')).toBe('auto');
    expect(await uiLanguageItem.getValue()).toBe('auto');
    expect(await readQuarantine()).toEqual([
      {
        key: 'local:uiLanguage',
        raw: 'klingon',
        reason: 'not a UI language',
        at: '2026-12-06T10:00:00.000Z',
      },
    ]);
  });
});
