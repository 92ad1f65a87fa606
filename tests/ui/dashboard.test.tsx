import { fireEvent, within, type queries } from '@testing-library/dom';
import { createSignal } from 'solid-js';
import { render } from 'solid-js/web';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dashboard, type DashboardProps } from '../../components/dashboard/Dashboard';
import type { RequestEvent, TrackedRequest } from '../../lib/deadlines/schema';
import { deriveState } from '../../lib/deadlines/timeline';
import { formatDate } from '../../lib/ui/i18n';
import { trackedRequest } from '../fixtures/tracked-requests';

// A: sent Thu 15 Jan 2026 to a French controller → due Mon 16 Feb 2026 (15 Feb is a Sunday).
// B: sent Fri 20 Feb 2026 → due Fri 20 March 2026.
const TODAY = '2026-03-01';
const a = trackedRequest({ id: 'a' });
const b = trackedRequest({
  id: 'b',
  controller: 'Other Shop SARL',
  recipient: 'dpo@other.example',
  site: 'https://other.example',
  law: 'gdpr',
  sentDate: '2026-02-20',
  events: [{ id: 'b-sent', type: 'sent', date: '2026-02-20' }],
});

let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  document.body.innerHTML = '';
});

/** Renders the dashboard over an in-memory ledger; onRecord appends the event like the service. */
function setup(requests: TrackedRequest[], overrides: Partial<DashboardProps> = {}) {
  const container = document.createElement('div');
  document.body.append(container);
  const [list, setList] = createSignal(requests);
  let n = 0;
  const onRecord = vi.fn((id: string, event: Omit<RequestEvent, 'id'>) => {
    setList((all) =>
      all.map((r) =>
        r.id === id
          ? { ...r, events: [...r.events, { ...event, id: `new-${++n}` } as RequestEvent] }
          : r,
      ),
    );
    return Promise.resolve(undefined);
  });
  const props = {
    today: TODAY,
    problems: [],
    quarantine: [],
    onRecord,
    onImport: vi.fn(() =>
      Promise.resolve({ ok: true as const, added: 0, updated: 0, rejected: 0 }),
    ),
    onExportJson: vi.fn(),
    onExportIcs: vi.fn(),
    onExportSetAside: vi.fn(),
    onCopy: vi.fn(() => Promise.resolve(true)),
    ...overrides,
  };
  dispose = render(() => <Dashboard requests={list()} {...props} />, container);
  return { view: within(container), container, props };
}

type View = ReturnType<typeof within<typeof queries>>;
const card = (view: View, name: RegExp) => within(view.getByRole('article', { name }));

describe('dashboard', () => {
  it('lists every request with its status, due date and days left', () => {
    const { view } = setup([a, b]);
    const first = card(view, /Example Shop SAS/);
    expect(first.getByText('Overdue', { selector: 'dd' })).toBeTruthy();
    expect(first.getByText('Feb 16, 2026')).toBeTruthy();
    expect(first.getByText(/13 days overdue/)).toBeTruthy();
    const second = card(view, /Other Shop SARL/);
    expect(second.getByText('Sent', { selector: 'dd' })).toBeTruthy();
    expect(second.getByText('Mar 20, 2026')).toBeTruthy();
    expect(second.getByText(/19 days left/)).toBeTruthy();
  });

  it('shows the timeline of a request with dated events', () => {
    const { view } = setup([a]);
    const history = within(view.getByRole('region', { name: 'History' }));
    expect(history.getByText('Jan 15, 2026')).toBeTruthy();
    expect(history.getByText(/Request sent/)).toBeTruthy();
  });

  it('records "answer received" dated today and the status becomes Answered', async () => {
    const { view, props } = setup([b]);
    const request = card(view, /Other Shop SARL/);
    fireEvent.click(request.getByRole('button', { name: 'Answer received' }));
    await vi.waitFor(() => expect(request.getByText('Answered', { selector: 'dd' })).toBeTruthy());
    expect(props.onRecord).toHaveBeenCalledWith('b', { type: 'answered', date: TODAY });
    expect(request.getByRole('status').textContent).toBe('Saved.');
  });

  it('records a note with the date the user chose, and refuses an empty note', async () => {
    const { view, props } = setup([b]);
    const request = card(view, /Other Shop SARL/);
    fireEvent.click(request.getByRole('button', { name: 'Add note' }));
    expect(request.getByText('Write the note first.')).toBeTruthy();
    fireEvent.input(request.getByLabelText('Date'), { target: { value: '2026-02-25' } });
    fireEvent.input(request.getByLabelText('Note (optional)'), {
      target: { value: 'Called them' },
    });
    fireEvent.click(request.getByRole('button', { name: 'Add note' }));
    await vi.waitFor(() => expect(request.getByText('Called them')).toBeTruthy());
    expect(props.onRecord).toHaveBeenCalledWith('b', {
      type: 'note',
      date: '2026-02-25',
      text: 'Called them',
    });
  });

  it('offers the follow-up and the complaint to the CNIL for an overdue French request', () => {
    const { view } = setup([a, b]);
    const overdue = card(view, /Example Shop SAS/);
    expect(
      overdue.getByRole('heading', { name: 'Follow-up letter to Example Shop SAS' }),
    ).toBeTruthy();
    expect(overdue.getByRole('heading', { name: /^Complaint to .*\(CNIL\)$/ })).toBeTruthy();
    const page = overdue.getByRole('link', { name: /Complaint page of .*CNIL/ });
    expect(page.getAttribute('href')).toBe('https://www.cnil.fr/fr/plaintes');
    expect(page.getAttribute('rel')).toBe('noopener noreferrer');
    const mail = overdue.getByRole('link', { name: 'Open in my email app' });
    expect(mail.getAttribute('href')).toMatch(/^mailto:privacy@shop\.example\?subject=/);
    // The request still waiting has no escalation panel.
    expect(card(view, /Other Shop SARL/).queryByText('The deadline has passed')).toBeNull();
  });

  it('shows a letter sent in another language in the user language too, to read only', () => {
    const { view } = setup([
      a,
      trackedRequest({ id: 'ie', controller: 'Irish Shop Ltd', language: 'en', country: 'IE' }),
    ]);
    const overdue = card(view, /Example Shop SAS/);
    const followUp = within(overdue.getByRole('region', { name: /^Follow-up letter to / }));
    // Sent in French (the request's language); the English copy sits in a closed disclosure.
    expect(followUp.getByLabelText<HTMLTextAreaElement>('Text').value).toContain(
      'Madame, Monsieur,',
    );
    expect(followUp.getByText(/The same letter in your language/).tagName).toBe('SUMMARY');
    const copy = followUp.getByLabelText<HTMLTextAreaElement>('Translation, not to send');
    expect(copy.value).toContain('Dear Sir or Madam,');
    expect(copy.value).toContain('16 February 2026');
    expect(copy.getAttribute('lang')).toBe('en');
    const complaint = within(overdue.getByRole('region', { name: /^Complaint to / }));
    expect(complaint.getByLabelText('Translation, not to send')).toBeTruthy();
    // Each says why it is not in the user's language.
    expect(followUp.getByText('Written in French, the language of your request.')).toBeTruthy();
    expect(
      complaint.getByText(/^Written in French, a language the .*\(CNIL\) works in\.$/),
    ).toBeTruthy();
    // An English request to the Irish DPC: already in the user's language, nothing more.
    const irish = card(view, /Irish Shop Ltd/);
    expect(irish.queryByText(/The same letter in your language/)).toBeNull();
    expect(irish.queryByText(/^Written in/)).toBeNull();
  });

  it('copies a letter and records the complaint on the timeline', async () => {
    const { view, props } = setup([a]);
    const overdue = card(view, /Example Shop SAS/);
    fireEvent.click(overdue.getAllByRole('button', { name: 'Copy the text' })[0] as HTMLElement);
    await vi.waitFor(() => expect(overdue.getByText('Copied.')).toBeTruthy());
    // The follow-up is written in the request's language (French here).
    expect(props.onCopy).toHaveBeenCalledWith(expect.stringContaining('16 février 2026'));
    fireEvent.click(overdue.getByRole('button', { name: 'I lodged the complaint' }));
    await vi.waitFor(() => expect(overdue.getByText('Escalated', { selector: 'dd' })).toBeTruthy());
    // The panel stays in place (escalated is still late), with the outcome announced.
    const letter = within(overdue.getByRole('region', { name: /^Complaint to / }));
    expect(letter.getByRole('status').textContent).toBe('Saved.');
    expect(props.onRecord).toHaveBeenCalledWith('a', {
      type: 'escalated',
      date: TODAY,
      to: 'authority',
      recipient: 'French Data Protection Authority (CNIL)',
    });
  });

  it.each([
    ['status', 'Status', 'overdue', ['Example Shop SAS']],
    ['law', 'Law', 'ccpa', []],
  ])('filters by %s', (_, label, value, expected) => {
    const { view } = setup([a, b]);
    fireEvent.change(view.getByLabelText(label, { selector: 'select' }), { target: { value } });
    const shown = view.queryAllByRole('article').map((el) => el.querySelector('h3')?.textContent);
    expect(shown.map((h) => h?.split(' — ')[0])).toEqual(expected);
  });

  it('searches controller, site, recipient and notes', () => {
    const { view } = setup([a, b]);
    fireEvent.input(view.getByLabelText('Search'), { target: { value: 'DPO@OTHER' } });
    expect(view.getAllByRole('article')).toHaveLength(1);
    expect(view.getByRole('article', { name: /Other Shop SARL/ })).toBeTruthy();
    fireEvent.input(view.getByLabelText('Search'), { target: { value: 'nothing like it' } });
    expect(view.getByText('No request matches these filters.')).toBeTruthy();
  });

  it('finds an escalated request that is still late under "Overdue"', () => {
    const escalated = trackedRequest({
      id: 'x',
      controller: 'Late Shop SAS',
      events: [
        { id: 's', type: 'sent', date: '2026-01-15' },
        { id: 'e', type: 'escalated', date: '2026-02-20', to: 'controller' },
      ],
    });
    const { view } = setup([escalated, b]);
    fireEvent.change(view.getByLabelText('Status'), { target: { value: 'overdue' } });
    expect(view.getAllByRole('article')).toHaveLength(1);
    expect(view.getByRole('article', { name: /Late Shop SAS/ })).toBeTruthy();
  });

  it('does not offer "the other reading" when both readings give the same date', () => {
    // Sent Mon 23 Nov 2026, extended: 23 Dec + 2 months and 23 Nov + 3 months are both 23 Feb 2027.
    const same = trackedRequest({
      id: 's',
      sentDate: '2026-11-23',
      events: [
        { id: 's', type: 'sent', date: '2026-11-23' },
        { id: 'e', type: 'extended', date: '2026-12-01' },
      ],
    });
    const state = deriveState(same, '2026-12-02');
    const reading = state.deadline.readings.find((r) => r.key === 'extension-from-receipt');
    expect(reading?.params.alternative).toBe(state.extendedDue);
    const { view } = setup([same], { today: '2026-12-02' });
    expect(view.queryByText(/The other reading gives/)).toBeNull();
  });

  it('explains the protective readings when they apply', () => {
    const paused = trackedRequest({
      id: 'p',
      events: [
        { id: 's', type: 'sent', date: '2026-01-15' },
        { id: 'i', type: 'id-requested', date: '2026-01-20' },
        { id: 'j', type: 'id-provided', date: '2026-01-30' },
        { id: 'e', type: 'extended', date: '2026-02-05' },
      ],
    });
    const { view } = setup([paused]);
    const explanations = within(view.getByRole('list', { name: 'How this date was counted' }));
    expect(
      explanations.getByText(/clock stood still for 10 days, from Jan 20, 2026 to Jan 30, 2026/),
    ).toBeTruthy();
    // Here both readings of the extension give 2026-04-27: nothing to choose, nothing said.
    expect(explanations.queryByText(/Extension counted from the day/)).toBeNull();
  });

  it('says which reading of the extension it took when the other gives another date', () => {
    // Sent 31 Jan: "1 month, then 2 more" and "3 months from receipt" end on different days.
    const endOfMonth = trackedRequest({
      id: 'm',
      sentDate: '2026-01-31',
      events: [
        { id: 's', type: 'sent', date: '2026-01-31' },
        { id: 'e', type: 'extended', date: '2026-02-10' },
      ],
    });
    const state = deriveState(endOfMonth, TODAY);
    const other = state.deadline.readings.find((r) => r.key === 'extension-from-receipt')?.params
      .alternative;
    expect(other).toBeDefined();
    expect(other).not.toBe(state.extendedDue);
    const { view } = setup([endOfMonth]);
    const explanations = within(view.getByRole('list', { name: 'How this date was counted' }));
    expect(
      explanations.getByText(
        new RegExp(`Extension counted from the day.*gives ${formatDate(String(other))}`),
      ),
    ).toBeTruthy();
  });

  it('records the date a Swiss controller announced with its extension', async () => {
    const swiss = trackedRequest({
      id: 'ch',
      controller: 'Swiss Shop AG',
      law: 'revfadp',
      country: 'CH',
      language: 'de',
      sentDate: '2026-02-20',
      events: [{ id: 's', type: 'sent', date: '2026-02-20' }],
    });
    const { view, props } = setup([swiss]);
    const request = card(view, /Swiss Shop AG/);
    fireEvent.input(request.getByLabelText('Date they announced (extension, optional)'), {
      target: { value: '2026-04-30' },
    });
    fireEvent.click(request.getByRole('button', { name: 'Deadline extended' }));
    await vi.waitFor(() =>
      expect(request.getByText(/the controller announced an answer by Apr 30, 2026/)).toBeTruthy(),
    );
    expect(props.onRecord).toHaveBeenCalledWith('ch', {
      type: 'extended',
      date: TODAY,
      until: '2026-04-30',
    });
  });

  it('shows when a CCPA acknowledgement is due', () => {
    // Sent Fri 20 Feb 2026; 10 business days: 23-27 Feb and 2-6 March → Fri 6 March 2026.
    const ccpa = trackedRequest({
      id: 'us',
      controller: 'Golden State Inc.',
      law: 'ccpa',
      right: 'access',
      country: 'US',
      language: 'en',
      sentDate: '2026-02-20',
      events: [{ id: 's', type: 'sent', date: '2026-02-20' }],
    });
    const { container } = setup([ccpa]);
    const dts = [...container.querySelectorAll('dt')].map((dt) => dt.textContent);
    const index = dts.indexOf('Acknowledgement due by');
    expect(container.querySelectorAll('dd')[index]?.textContent).toBe('Mar 6, 2026');
  });

  it('shows every date of the details in the UI language, not as ISO dates', () => {
    // Sent Thu 15 Jan 2026: due Mon 16 Feb 2026 (15 Feb is a Sunday) before the extension.
    const extended = trackedRequest({
      id: 'x',
      events: [
        { id: 's', type: 'sent', date: '2026-01-15' },
        { id: 'e', type: 'extended', date: '2026-02-05' },
      ],
    });
    const { container } = setup([extended]);
    const dts = [...container.querySelectorAll('dt')].map((dt) => dt.textContent);
    const dd = (label: string, nth = 0) =>
      container.querySelectorAll('dd')[
        dts.findIndex(
          (text, i) => text === label && dts.slice(0, i).filter((d) => d === label).length === nth,
        )
      ]?.textContent;
    expect(dd('Before the extension')).toBe('Feb 16, 2026');
    // The second "Sent" (in the details) says to whom.
    expect(dd('Sent', 1)).toBe('Jan 15, 2026, to privacy@shop.example');
    expect(container.textContent).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('keeps cards compact: actions on demand, an answered request folded and last', () => {
    // Sent Mon 2 Feb 2026, answered Tue 10 Feb: settled, so no days are counted for it.
    const answered = trackedRequest({
      id: 'c',
      controller: 'Answered Shop SA',
      sentDate: '2026-02-02',
      events: [
        { id: 'c-sent', type: 'sent', date: '2026-02-02' },
        { id: 'c-answer', type: 'answered', date: '2026-02-10' },
      ],
    });
    const { view, container } = setup([answered, b]);
    const titles = [...container.querySelectorAll('article h3')].map((h) => h.textContent);
    expect(titles[0]).toMatch(/^Other Shop SARL/);
    expect(titles.at(-1)).toMatch(/^Answered Shop SA/);
    for (const name of [/Other Shop SARL/, /Answered Shop SA/]) {
      const article = view.getByRole('article', { name });
      // The actions and the history sit in a closed <details>, opened on demand.
      const more = article.querySelector('details.dash-more') as HTMLDetailsElement;
      expect(more.open).toBe(false);
      const action = within(article).getByRole('button', { name: 'Answer received' });
      expect(more.contains(action)).toBe(true);
      expect(article.querySelector('.dash-glance button, .dash-glance input')).toBeNull();
    }
    const settled = view.getByRole('article', { name: /Answered Shop SA/ });
    expect(settled.classList.contains('dash-settled')).toBe(true);
    expect(within(settled).getByText('Answered', { selector: 'dd' })).toBeTruthy();
    expect(settled.querySelector('.dash-glance')?.textContent).not.toMatch(/days? (left|overdue)/);
  });

  it('never renders stored text as HTML', () => {
    const hostile = trackedRequest({
      id: 'h',
      controller: '<img src=x onerror="alert(1)">Evil',
      notes: '<script>alert(2)</script>',
    });
    const { view, container } = setup([hostile]);
    expect(container.querySelector('img, script')).toBeNull();
    expect(view.getByText('<script>alert(2)</script>')).toBeTruthy();
  });

  it('tells the user about damaged data and offers the set-aside copy', () => {
    const { view, props } = setup([a], {
      problems: [{ kind: 'invalid-entry', index: 1, reason: 'sentDate: Invalid ISO date' }],
      quarantine: [{ key: 'ledger', reason: 'invalid', at: '2026-03-01T10:00:00Z', raw: {} }],
    });
    expect(view.getByRole('alert').textContent).toContain('Request 2 of the ledger was damaged');
    fireEvent.click(view.getByRole('button', { name: 'Export the set-aside data' }));
    expect(props.onExportSetAside).toHaveBeenCalled();
  });

  it('shows no set-aside section when nothing is wrong', () => {
    const { view } = setup([a]);
    expect(view.queryByRole('heading', { name: 'Data set aside' })).toBeNull();
  });

  it.each([
    [{ ok: true as const, added: 2, updated: 1, rejected: 0 }, 'Imported: 2 added, 1 updated.'],
    [
      { ok: false as const, error: 'it is not a Rightful ledger export' },
      'This file could not be imported, nothing was changed: it is not a Rightful ledger export',
    ],
  ])('announces the import result %#', async (outcome, text) => {
    const { view, props } = setup([a], { onImport: vi.fn(() => Promise.resolve(outcome)) });
    const input = view.getByLabelText<HTMLInputElement>('Import a ledger file');
    const file = new File(['{"format":"rightful-ledger"}'], 'ledger.json', {
      type: 'application/json',
    });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    const io = within(view.getByRole('region', { name: 'Export and import' }));
    await vi.waitFor(() => expect(io.getByRole('status').textContent).toBe(text));
    expect(props.onImport).toHaveBeenCalledWith('{"format":"rightful-ledger"}');
  });

  it('exports the ledger and the calendar on request', () => {
    const { view, props } = setup([a]);
    fireEvent.click(view.getByRole('button', { name: 'Export the ledger (JSON)' }));
    fireEvent.click(view.getByRole('button', { name: 'Export the deadlines (calendar .ics)' }));
    expect(props.onExportJson).toHaveBeenCalledOnce();
    expect(props.onExportIcs).toHaveBeenCalledOnce();
  });

  it('turns notifications on from a button, else explains the badge', async () => {
    const onEnableNotifications = vi.fn(() => Promise.resolve(true));
    const { view } = setup([a], { notificationsGranted: false, onEnableNotifications });
    const reminders = within(view.getByRole('region', { name: 'Reminders' }));
    expect(reminders.getByRole('status').textContent).toMatch(/^Notifications are off/);
    fireEvent.click(reminders.getByRole('button', { name: 'Turn on notifications' }));
    await vi.waitFor(() =>
      expect(reminders.getByRole('status').textContent).toMatch(/three days before a deadline/),
    );
    expect(reminders.queryByRole('button')).toBeNull();
  });

  it('says so when there is no request yet', () => {
    const { view } = setup([]);
    expect(view.getByText(/No request yet/)).toBeTruthy();
  });
});
