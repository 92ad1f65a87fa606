import { fireEvent, within } from '@testing-library/dom';
import { render } from 'solid-js/web';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OpenedDrafts } from '../../components/dashboard/OpenedDrafts';
import type { OpenedDraft } from '../../lib/app/opened-drafts';

const TODAY = '2026-03-01';
const DRAFT: OpenedDraft = {
  key: 'https://shop.example|gdpr|erasure',
  tabId: 3,
  opened: '2026-02-27',
  via: 'gmail',
  subject: 'Erasure request',
  request: {
    site: 'https://shop.example',
    controller: 'Shop SAS',
    recipient: 'dpo@shop.example',
    channel: { kind: 'email' },
    right: 'erasure',
    law: 'gdpr',
    language: 'en',
    country: 'FR',
  },
};

let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  document.body.innerHTML = '';
});

function setup(
  drafts: OpenedDraft[],
  onConfirm = vi.fn(() => Promise.resolve<string | undefined>(undefined)),
) {
  const container = document.createElement('div');
  document.body.append(container);
  const onForget = vi.fn();
  dispose = render(
    () => <OpenedDrafts drafts={drafts} today={TODAY} onConfirm={onConfirm} onForget={onForget} />,
    container,
  );
  return { view: within(container), onConfirm, onForget };
}

describe('dashboard: requests opened in a mail app', () => {
  it('shows nothing when there is none', () => {
    const { view } = setup([]);
    expect(view.queryByRole('heading')).toBeNull();
    expect(view.queryByRole('button')).toBeNull();
  });

  it('offers "I sent it" with the date, once, for a request opened in Gmail', async () => {
    let finish: (v: undefined) => void = () => undefined;
    const onConfirm = vi.fn(() => new Promise<undefined>((resolve) => (finish = resolve)));
    const { view } = setup([DRAFT], onConfirm);
    view.getByRole('heading', { name: /Opened in your mail app, not yet marked as sent \(1\)/ });
    view.getByText('Opened on Feb 27, 2026, to dpo@shop.example.');
    fireEvent.input(view.getByLabelText('Date sent'), { target: { value: '2026-02-28' } });
    const button = view.getByRole('button', { name: 'I sent it' });
    fireEvent.click(button);
    fireEvent.click(button);
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(onConfirm).toHaveBeenCalledWith(DRAFT.key, '2026-02-28');
    finish(undefined);
    await view.findByText('Tracked: your request to Shop SAS is in the list below.');
  });

  it('refuses a date in the future and says which dates it takes', () => {
    const { view, onConfirm } = setup([DRAFT]);
    fireEvent.input(view.getByLabelText('Date sent'), { target: { value: '2026-03-02' } });
    fireEvent.click(view.getByRole('button', { name: 'I sent it' }));
    expect(onConfirm).not.toHaveBeenCalled();
    view.getByText(/Enter the date you sent it, between .* and Mar 1, 2026\./);
  });

  it('forgets a request the user did not send', () => {
    const { view, onForget } = setup([DRAFT]);
    fireEvent.click(view.getByRole('button', { name: 'Not sent: forget it' }));
    expect(onForget).toHaveBeenCalledWith(DRAFT.key);
  });
});
