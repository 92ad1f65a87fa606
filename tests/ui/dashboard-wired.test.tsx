import { say } from '../../lib/ui/i18n';
import { fireEvent, within } from '@testing-library/dom';
import { Show } from 'solid-js';
import { render } from 'solid-js/web';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Dashboard } from '../../components/dashboard/Dashboard';
import { dashboardHandlers, trackSentRequest } from '../../lib/app/ledger-service';
import { readLedger } from '../../lib/storage/ledger';
import { createLedger } from '../../lib/ui/create-ledger';
import { trackedRequest } from '../fixtures/tracked-requests';

// The UI's translator and language, as the dashboard passes them (lib/ui/i18n.ts).
const UI = { say, lang: 'en' };

const TODAY = '2026-03-01';
let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  document.body.innerHTML = '';
});

/** The dashboard page as entrypoints/dashboard/main.tsx wires it, over the fake browser's storage. */
function mount() {
  const container = document.createElement('div');
  document.body.append(container);
  dispose = render(() => {
    const ledger = createLedger();
    return (
      <Show when={ledger.loaded()}>
        <Dashboard
          requests={ledger.requests()}
          problems={ledger.problems()}
          quarantine={ledger.quarantine()}
          today={TODAY}
          {...dashboardHandlers(TODAY, UI)}
        />
      </Show>
    );
  }, container);
  return within(container);
}

describe('dashboard over the stored ledger', () => {
  it('shows a request the popup marked as sent, with its due date', async () => {
    await trackSentRequest({
      site: 'https://shop.example',
      controller: 'Example Shop SAS',
      recipient: 'privacy@shop.example',
      channel: { kind: 'email' },
      right: 'access',
      law: 'gdpr',
      language: 'fr',
      country: 'FR',
      sentDate: '2026-02-20',
    });
    const view = mount();
    const card = within(await view.findByRole('article', { name: /Example Shop SAS/ }));
    // Sent Fri 20 Feb 2026 → due Fri 20 March 2026.
    expect(card.getByText('Mar 20, 2026')).toBeTruthy();
    expect(card.getByText(/19 days left/)).toBeTruthy();
  });

  it('records "answer received" in storage and shows the new status', async () => {
    await fakeBrowser.storage.local.set({
      ledger: { version: 1, requests: [trackedRequest({ id: 'a', sentDate: '2026-02-20' })] },
    });
    const view = mount();
    const card = within(await view.findByRole('article', { name: /Example Shop SAS/ }));
    fireEvent.click(card.getByRole('button', { name: 'Answer received' }));
    await vi.waitFor(() => expect(card.getByText('Answered', { selector: 'dd' })).toBeTruthy());
    const stored = (await readLedger()).requests[0]?.events.map((e) => [e.type, e.date]);
    expect(stored).toEqual([
      ['sent', '2026-02-20'],
      ['answered', TODAY],
    ]);
  });

  it('keeps the valid request of a damaged ledger, says what was set aside, offers it', async () => {
    await fakeBrowser.storage.local.set({
      ledger: { version: 1, requests: [trackedRequest({ id: 'a' }), { id: 'b', broken: true }] },
    });
    const view = mount();
    expect(await view.findByRole('article', { name: /Example Shop SAS/ })).toBeTruthy();
    expect(view.getByRole('alert').textContent).toContain('Request 2 of the ledger was damaged');
    expect(view.getByText(/1 damaged item\(s\) were kept aside/)).toBeTruthy();
    expect(view.getByRole('button', { name: 'Export the set-aside data' })).toBeTruthy();
  });

  it('shows an overdue request with the complaint to the CNIL', async () => {
    await fakeBrowser.storage.local.set({
      ledger: { version: 1, requests: [trackedRequest({ id: 'a' })] },
    });
    const view = mount();
    const card = within(await view.findByRole('article', { name: /Example Shop SAS/ }));
    expect(card.getByText('Overdue', { selector: 'dd' })).toBeTruthy();
    expect(card.getByRole('heading', { name: /Complaint to .*CNIL/ })).toBeTruthy();
  });
});
