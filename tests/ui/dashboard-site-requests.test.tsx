import { fireEvent, within } from '@testing-library/dom';
import { render } from 'solid-js/web';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SiteRequests } from '../../components/site-requests/SiteRequests';
import type { TrackedRequest } from '../../lib/deadlines/schema';
import { trackedRequest } from '../fixtures/tracked-requests';

let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  document.body.innerHTML = '';
});

function mount(requests: TrackedRequest[], onOpenDashboard?: () => void) {
  const container = document.createElement('div');
  document.body.append(container);
  dispose = render(
    () => <SiteRequests requests={requests} today="2026-02-10" onOpenDashboard={onOpenDashboard} />,
    container,
  );
  return { view: within(container), container };
}

describe('site requests (popup)', () => {
  it("lists this site's requests with status, due date and days left", () => {
    const erasure = trackedRequest({
      id: 'e',
      right: 'erasure',
      events: [
        { id: 's', type: 'sent', date: '2026-01-15' },
        { id: 'x', type: 'answered', date: '2026-02-01' },
      ],
    });
    const { view } = mount([trackedRequest({ id: 'a' }), erasure]);
    expect(view.getByRole('heading', { name: 'Your requests to this site' })).toBeTruthy();
    const items = view.getAllByRole('listitem').map((li) => li.textContent);
    // Sent 15 Jan 2026 → due Mon 16 Feb 2026, 6 days after 10 Feb.
    expect(items).toEqual([
      'Access — sent Jan 15, 2026 — Sent, due Feb 16, 2026 (6 days left)',
      'Erasure — sent Jan 15, 2026 — Answered',
    ]);
  });

  it('opens the dashboard on request', () => {
    const open = vi.fn();
    const { view } = mount([trackedRequest()], open);
    fireEvent.click(view.getByRole('button', { name: 'See all my requests' }));
    expect(open).toHaveBeenCalledOnce();
  });

  it('renders nothing when the site has no request', () => {
    const { container } = mount([]);
    expect(container.textContent).toBe('');
  });
});
