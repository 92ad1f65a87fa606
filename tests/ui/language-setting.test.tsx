import { fireEvent, within } from '@testing-library/dom';
import { render } from 'solid-js/web';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LanguageSetting } from '../../components/settings/LanguageSetting';
import type { UiLanguageChoice } from '../../lib/storage/ui-language';
import { installFakeI18n } from '../support/fake-i18n';

let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  document.body.innerHTML = '';
});

function setup(value: UiLanguageChoice) {
  const container = document.createElement('div');
  document.body.append(container);
  const onChange = vi.fn();
  dispose = render(() => <LanguageSetting value={value} onChange={onChange} />, container);
  return { view: within(container), onChange };
}

describe('LanguageSetting', () => {
  it('offers the browser language, then each language named in itself', () => {
    const { view } = setup('auto');
    const select = view.getByRole('combobox', { name: "Rightful's language" });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'Same as the browser',
      'English',
      'Français',
      'Deutsch',
      'Español',
      'Italiano',
      'Nederlands',
      'Português',
      'Polski',
    ]);
    expect((select as HTMLSelectElement).value).toBe('auto');
  });

  it('shows the current choice and reports a new one', () => {
    const { view, onChange } = setup('de');
    const select = view.getByRole<HTMLSelectElement>('combobox');
    expect(select.value).toBe('de');
    select.value = 'pl';
    fireEvent.change(select);
    expect(onChange).toHaveBeenCalledWith('pl');
  });

  it('is labelled in the UI language', () => {
    installFakeI18n('pl');
    const { view } = setup('auto');
    expect(view.getByRole('combobox', { name: 'Język Rightful' })).toBeTruthy();
    expect(view.getByRole('option', { name: 'Taki jak w przeglądarce' })).toBeTruthy();
  });
});
