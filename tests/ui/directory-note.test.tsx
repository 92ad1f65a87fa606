import { getByRole, queryByRole } from '@testing-library/dom';
import { render } from 'solid-js/web';
import { afterEach, describe, expect, it } from 'vitest';
import { DirectoryNote } from '../../components/directory/DirectoryNote';
import type { DirectoryCompany, Reconciled } from '../../lib/directory/reconcile';
import { installFakeI18n } from '../support/fake-i18n';

const company: DirectoryCompany = {
  slug: 'acme',
  name: 'Acme GmbH',
  by: 'web',
  key: 'acme.example',
  email: 'privacy@acme.example',
  address: 'Street 1',
  transport: 'email',
  requiredElements: [],
  needsIdDocument: false,
  quality: 'verified',
  snapshot: '2026-07-21',
};

let dispose: (() => void) | undefined;
function mount(reconciled: Reconciled | undefined, loading = false): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  dispose = render(() => <DirectoryNote reconciled={reconciled} loading={loading} />, container);
  return container;
}

afterEach(() => {
  dispose?.();
  document.body.innerHTML = '';
});

describe('DirectoryNote', () => {
  it('directory only: offers its address, with the attribution', () => {
    installFakeI18n('en');
    const view = mount({
      contacts: [],
      company,
      verdict: { status: 'directory-only', directory: 'privacy@acme.example', newer: 'unknown' },
    });
    expect(getByRole(view, 'region', { name: 'Company directory' })).toBeTruthy();
    const status = getByRole(view, 'status');
    expect(status.querySelector('p')?.textContent).toBe(
      'This policy gives no email address. The directory lists privacy@acme.example for Acme GmbH.',
    );
    // The record has no date of its own: the snapshot's, labelled as such.
    expect(status.querySelector('p + p')?.textContent).toBe(
      "From the Datenanfragen.de directory, last checked no later than Jul 21, 2026 (the snapshot's date: its records carry no date of their own).",
    );
    expect(view.textContent).toContain(
      'From the Datenanfragen.de company directory (CC0), snapshot of Jul 21, 2026.',
    );
  });

  it.each([
    [
      'en',
      'The directory lists privacy@acme.example; this policy, dated Sep 1, 2026, says dpo@acme.example.',
      'The policy is newer',
    ],
    [
      'fr',
      "L'annuaire indique privacy@acme.example ; cette politique, datée du 1 sept. 2026, indique dpo@acme.example.",
      'La politique est plus récente',
    ],
    [
      'de',
      'Das Verzeichnis nennt privacy@acme.example; diese Datenschutzerklärung vom 01.09.2026 nennt dpo@acme.example.',
      'Die Erklärung ist neuer',
    ],
  ])(
    'differs, in %s: both addresses, the dated policy first in importance',
    (lang, says, newer) => {
      installFakeI18n(lang);
      const view = mount({
        contacts: [],
        company,
        verdict: {
          status: 'differs',
          page: 'dpo@acme.example',
          directory: 'privacy@acme.example',
          policyDate: '2026-09-01',
          newer: 'policy',
        },
      });
      const status = getByRole(view, 'status');
      expect(status.dataset.status).toBe('differs');
      expect(status.querySelector('p')?.textContent).toBe(says);
      expect(status.textContent).toContain(newer);
    },
  );

  it('agrees; says what the company asks for and how it wants requests', () => {
    installFakeI18n('en');
    const view = mount({
      contacts: [],
      company: {
        ...company,
        transport: 'webform',
        webform: 'https://acme.example/form',
        needsIdDocument: true,
        requiredElements: [
          { type: 'name', desc: 'Name' },
          { type: 'input', desc: 'Customer number' },
        ],
      },
      verdict: {
        status: 'agrees',
        page: 'privacy@acme.example',
        directory: 'privacy@acme.example',
        newer: 'unknown',
      },
    });
    expect(getByRole(view, 'status').textContent).toBe(
      'The directory agrees: it lists privacy@acme.example too.',
    );
    expect(getByRole(view, 'note').textContent).toBe(
      'This company asks for an ID document with every request.',
    );
    expect(view.textContent).toContain(
      'It asks requesters to identify themselves with: Name, Customer number.',
    );
    expect(view.textContent).toContain(
      'It prefers requests through its web form: https://acme.example/form',
    );
  });

  it('no record: nothing but, while loading, a polite status', () => {
    installFakeI18n('en');
    expect(mount({ contacts: [], company: null, verdict: null }).textContent).toBe('');
    dispose?.();
    document.body.innerHTML = '';
    const loading = mount(undefined, true);
    expect(getByRole(loading, 'status').textContent).toBe(
      'Looking the company up in the directory…',
    );
    // Said to screen readers only: a visible line that then vanishes would move the popup's content.
    expect(getByRole(loading, 'status').classList.contains('visually-hidden')).toBe(true);
    expect(queryByRole(loading, 'region')).toBeNull();
  });
});
