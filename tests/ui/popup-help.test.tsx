import { fireEvent, within } from '@testing-library/dom';
import { render } from 'solid-js/web';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupHelp } from '../../components/popup/PopupHelp';

let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  document.body.innerHTML = '';
});

function setup(shortcut: string | undefined) {
  const container = document.createElement('div');
  document.body.append(container);
  const onChangeShortcut = vi.fn();
  dispose = render(
    () => <PopupHelp shortcut={shortcut} onChangeShortcut={onChangeShortcut} />,
    container,
  );
  return { view: within(container), onChangeShortcut };
}

describe('PopupHelp', () => {
  it.each([
    ['Alt+Shift+D', 'Keyboard: Alt+Shift+D opens Rightful.'],
    ['Ctrl+Shift+Y', 'Keyboard: Ctrl+Shift+Y opens Rightful.'],
    ['', 'No keyboard shortcut opens Rightful yet.'],
    [undefined, 'This browser does not say which key opens Rightful.'],
  ])('shortcut %j → "%s"', (shortcut, text) => {
    const { view } = setup(shortcut);
    expect(view.getByText(text)).toBeTruthy();
  });

  it('offers to change the shortcut, by keyboard too (a real button)', () => {
    const { view, onChangeShortcut } = setup('Alt+Shift+D');
    fireEvent.click(view.getByRole('button', { name: 'Change the shortcut' }));
    expect(onChangeShortcut).toHaveBeenCalledOnce();
  });

  it("links to the extension's own privacy statement", () => {
    const { view } = setup('Alt+Shift+D');
    const link = view.getByRole('link', { name: /privacy statement/ });
    expect(link.getAttribute('href')).toBe('/privacy.html');
  });
});
