import { say } from '../../lib/ui/i18n';
import { fireEvent, getByLabelText, getByRole, within } from '@testing-library/dom';
import { Show } from 'solid-js';
import { render } from 'solid-js/web';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Dashboard } from '../../components/dashboard/Dashboard';
import { RequestComposer } from '../../components/request/RequestComposer';
import { dashboardHandlers } from '../../lib/app/ledger-service';
import type { TrackedRequest } from '../../lib/deadlines/schema';
import { readLedger } from '../../lib/storage/ledger';
import { createLedger } from '../../lib/ui/create-ledger';
import { SHOP_FACTS } from '../fixtures/requests/facts';
import { trackedRequest } from '../fixtures/tracked-requests';

// The UI's translator and language, as the dashboard passes them (lib/ui/i18n.ts).
const UI = { say, lang: 'en' };

// Issue 10, item 1: one bad entry never hides the others, and a request or an event can be
// deleted from the dashboard, with undo.
const TODAY = '2026-03-01';
let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  document.body.innerHTML = '';
});

function mountWired() {
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

/** The dashboard over a fixed list (what an older build may hold in memory), no storage. */
function mountList(requests: TrackedRequest[], onDeleteRequest = vi.fn()) {
  const container = document.createElement('div');
  document.body.append(container);
  const none = vi.fn();
  dispose = render(
    () => (
      <Dashboard
        requests={requests}
        today={TODAY}
        problems={[]}
        quarantine={[]}
        onRecord={vi.fn()}
        onImport={vi.fn()}
        onExportJson={none}
        onExportIcs={none}
        onExportSetAside={none}
        onCopy={vi.fn()}
        onDeleteRequest={onDeleteRequest}
      />
    ),
    container,
  );
  return within(container);
}

const store = (requests: unknown[]) =>
  fakeBrowser.storage.local.set({ ledger: { version: 1, requests } });

describe('dashboard: a bad entry never hides the others', () => {
  it('shows the other requests when one was stored with the year 0026', async () => {
    const bad = trackedRequest({
      id: 'bad',
      controller: 'Typo Shop',
      sentDate: '0026-03-01',
      events: [{ id: 'e', type: 'sent', date: '0026-03-01' }],
    });
    await store([bad, trackedRequest({ id: 'ok' })]);
    const view = mountWired();
    expect(await view.findByRole('article', { name: /Example Shop SAS/ })).toBeTruthy();
    // It was set aside on read: reported, not shown as a request.
    expect(view.queryByRole('article', { name: /Typo Shop/ })).toBeNull();
    expect(view.getByRole('alert').textContent).toContain('sentDate');
  });

  it('shows a request whose dates cannot be counted as such, deletable, next to the others', () => {
    const bad = trackedRequest({
      id: 'bad',
      controller: 'Typo Shop',
      sentDate: '9999-12-31',
      events: [{ id: 'e', type: 'sent', date: '9999-12-31' }],
    });
    const onDelete = vi.fn(() => Promise.resolve('kept'));
    const view = mountList([bad, trackedRequest({ id: 'ok' })], onDelete);
    expect(view.getByRole('article', { name: /Example Shop SAS/ })).toBeTruthy();
    const broken = within(view.getByRole('article', { name: 'Typo Shop' }));
    expect(broken.getByRole('alert').textContent).toContain('its dates cannot be counted');
    fireEvent.click(broken.getByRole('button', { name: 'Delete this request' }));
    expect(onDelete).toHaveBeenCalledWith('bad');
  });
});

describe('dashboard: delete with undo', () => {
  it('deletes a request from storage and puts it back on Undo', async () => {
    const kept = trackedRequest({ id: 'a' });
    await store([kept, trackedRequest({ id: 'b', controller: 'Other Shop SARL' })]);
    const view = mountWired();
    const card = within(await view.findByRole('article', { name: /Other Shop SARL/ }));
    fireEvent.click(card.getByRole('button', { name: 'Delete this request' }));
    await vi.waitFor(async () =>
      expect((await readLedger()).requests.map((r) => r.id)).toEqual(['a']),
    );
    await vi.waitFor(() => expect(view.queryByRole('article', { name: /Other Shop/ })).toBeNull());
    expect(view.getByText('The request to Other Shop SARL was deleted.')).toBeTruthy();
    fireEvent.click(view.getByRole('button', { name: 'Undo' }));
    await vi.waitFor(async () =>
      expect((await readLedger()).requests.map((r) => r.id).sort()).toEqual(['a', 'b']),
    );
    expect(await view.findByRole('article', { name: /Other Shop SARL/ })).toBeTruthy();
    expect(view.getByText('Restored.')).toBeTruthy();
  });

  it('deletes one event and restores it on Undo', async () => {
    await store([
      trackedRequest({
        events: [
          { id: 'ev-sent', type: 'sent', date: '2026-01-15' },
          { id: 'ev-x', type: 'answered', date: '2026-01-20' },
        ],
      }),
    ]);
    const view = mountWired();
    const card = within(await view.findByRole('article', { name: /Example Shop SAS/ }));
    expect(card.getByText('Answered', { selector: 'dd' })).toBeTruthy();
    fireEvent.click(card.getByRole('button', { name: /Delete the event of Jan 20, 2026/ }));
    await vi.waitFor(() => expect(card.getByText('Overdue', { selector: 'dd' })).toBeTruthy());
    expect((await readLedger()).requests[0]?.events.map((e) => e.id)).toEqual(['ev-sent']);
    fireEvent.click(view.getByRole('button', { name: 'Undo' }));
    await vi.waitFor(() => expect(card.getByText('Answered', { selector: 'dd' })).toBeTruthy());
    expect((await readLedger()).requests[0]?.events.map((e) => e.id)).toEqual(['ev-sent', 'ev-x']);
  });
});

describe('date fields refuse a year 0026 before anything is stored', () => {
  it('the event form', async () => {
    await store([trackedRequest()]);
    const view = mountWired();
    const card = within(await view.findByRole('article', { name: /Example Shop SAS/ }));
    fireEvent.input(card.getByLabelText('Date'), { target: { value: '0026-03-01' } });
    fireEvent.click(card.getByRole('button', { name: 'Answer received' }));
    await vi.waitFor(() =>
      expect(card.getByText('Enter a date between Jan 1, 1990 and Dec 31, 2100.')).toBeTruthy(),
    );
    expect((await readLedger()).requests[0]?.events).toHaveLength(1);
  });

  it('the composer\'s "I sent it"', () => {
    const container = document.createElement('div');
    document.body.append(container);
    const onSent = vi.fn();
    dispose = render(
      () => (
        <RequestComposer
          to="contact@lumen-boutique.example"
          facts={SHOP_FACTS}
          profile={{ name: 'Ada Example', email: 'ada@example.org' }}
          defaults={{ law: 'gdpr', language: 'fr', reasons: [] }}
          today="2026-11-26"
          onSent={onSent}
          onCopy={vi.fn()}
          onDownloadEml={vi.fn()}
        />
      ),
      container,
    );
    fireEvent.input(getByLabelText(container, 'Date sent'), { target: { value: '0026-03-01' } });
    fireEvent.click(getByRole(container, 'button', { name: 'I sent it' }));
    expect(onSent).not.toHaveBeenCalled();
    expect(getByRole(container, 'status').textContent).toBe(
      'Enter the date you sent it, between Jan 1, 1990 and Nov 26, 2026.',
    );
  });
});
