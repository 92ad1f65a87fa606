import { within } from '@testing-library/dom';
import { render } from 'solid-js/web';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dashboard } from '../../components/dashboard/Dashboard';
import { installFakeI18n } from '../support/fake-i18n';

let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  document.body.innerHTML = '';
});

function showDashboard() {
  const container = document.createElement('div');
  document.body.append(container);
  dispose = render(
    () => (
      <Dashboard
        requests={[]}
        today="2026-03-01"
        problems={[]}
        quarantine={[]}
        onRecord={vi.fn(() => Promise.resolve(undefined))}
        onImport={vi.fn(() =>
          Promise.resolve({ ok: true as const, added: 0, updated: 0, rejected: 0 }),
        )}
        onExportJson={vi.fn()}
        onExportIcs={vi.fn()}
        onExportSetAside={vi.fn()}
        onCopy={vi.fn(() => Promise.resolve(true))}
      />
    ),
    container,
  );
  return within(container);
}

describe('dashboard: the privacy statement', () => {
  it.each([
    ['en', /^Rightful's privacy statement/],
    ['fr', /^Déclaration de confidentialité de Rightful/],
    ['de', /^Datenschutzerklärung von Rightful/],
  ])('%s: a link to the statement shipped in the extension', (lang, name) => {
    installFakeI18n(lang);
    const link = showDashboard().getByRole('link', { name });
    expect(link.getAttribute('href')).toBe('/privacy.html');
  });
});
