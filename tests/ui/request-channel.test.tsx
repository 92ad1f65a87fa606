import { fireEvent, getByLabelText, getByRole, queryByLabelText } from '@testing-library/dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RequestComposerProps } from '../../components/request/RequestComposer';
import { RequestCard } from '../../components/dashboard/RequestCard';
import type { Draft } from '../../lib/app/tab-session';
import { deriveState } from '../../lib/deadlines/timeline';
import { trackedRequest } from '../fixtures/tracked-requests';
import { mountComposer, mountInBody, unmountAll } from './mount-composer';

afterEach(unmountAll);

const FORM = 'https://lumen-boutique.example/privacy-request';

/** A site with no email address: the web form and the printed letter are the ways in. */
const mount = (overrides: Partial<RequestComposerProps> = {}) =>
  mountComposer({
    to: '',
    defaults: { law: 'gdpr', language: 'fr', reasons: [] },
    webform: FORM,
    onPrint: vi.fn(),
    ...overrides,
  });

const sentButton = (c: HTMLElement) =>
  getByRole<HTMLButtonElement>(c, 'button', { name: 'I sent it' });

// Issue 12 with ledger v2: a request sent without email is tracked with the way it went.
describe('"I sent it" without an email address', () => {
  it('is offered once the web form was opened, and records the form', () => {
    const { container, props } = mount();
    expect(sentButton(container).disabled).toBe(true);
    fireEvent.click(
      getByRole(container, 'link', { name: 'Copy the letter and open the web form' }),
    );
    expect(container.textContent).toContain('Will be tracked as sent through their web form.');
    fireEvent.click(sentButton(container));
    expect(props.onSent).toHaveBeenCalledWith(
      expect.objectContaining({
        rendered: expect.objectContaining({ to: '' }) as unknown,
        sentDate: '2026-11-26',
        channel: { kind: 'web-form', url: FORM },
      }),
    );
  });

  it('records a printed letter by post, to the policy’s postal address', () => {
    const { container, props } = mount({ postalAddress: '12 rue des Lilas\n75011 Paris' });
    fireEvent.click(getByRole(container, 'button', { name: 'Print a postal letter' }));
    expect(queryByLabelText(container, 'The postal address you sent it to')).toBeNull();
    fireEvent.click(sentButton(container));
    expect(props.onSent).toHaveBeenCalledWith(
      expect.objectContaining({
        channel: { kind: 'postal', address: '12 rue des Lilas\n75011 Paris' },
      }),
    );
  });

  it('asks where the letter went when the policy gave no postal address', () => {
    const { container, props } = mount({ webform: undefined });
    fireEvent.click(getByRole(container, 'button', { name: 'Print a postal letter' }));
    expect(sentButton(container).disabled).toBe(true);
    const address = getByLabelText(container, 'The postal address you sent it to');
    fireEvent.input(address, { target: { value: '  1 Quay Street, Bristol ' } });
    fireEvent.click(sentButton(container));
    expect(props.onSent).toHaveBeenCalledWith(
      expect.objectContaining({ channel: { kind: 'postal', address: '1 Quay Street, Bristol' } }),
    );
  });

  it('remembers the way taken in the draft, so a reopened popup records it too', () => {
    const onDraft = vi.fn<(draft: Draft) => void>();
    const first = mount({ onDraft });
    fireEvent.click(
      getByRole(first.container, 'link', { name: 'Copy the letter and open the web form' }),
    );
    const draft = onDraft.mock.calls.at(-1)?.[0];
    expect(draft?.via).toBe('web-form');
    unmountAll();
    const again = mount({ initial: draft ?? {} });
    expect(sentButton(again.container).disabled).toBe(false);
    fireEvent.click(sentButton(again.container));
    expect(again.props.onSent).toHaveBeenCalledWith(
      expect.objectContaining({ channel: { kind: 'web-form', url: FORM } }),
    );
  });
});

describe('the dashboard card', () => {
  it.each([
    [{ kind: 'email' } as const, 'Jan 15, 2026, by email'],
    [{ kind: 'web-form', url: FORM } as const, 'Jan 15, 2026, through their web form'],
    [{ kind: 'postal', address: '1 Quay Street' } as const, 'Jan 15, 2026, by post'],
  ])('says at a glance how the request went (%o)', (channel, said) => {
    const request = { ...trackedRequest({ channel }) };
    if (channel.kind !== 'email') {
      delete request.recipient;
    }
    const container = mountInBody(() => (
      <RequestCard
        request={request}
        state={deriveState(request, '2026-01-20')}
        today="2026-01-20"
        late={false}
        onRecord={() => Promise.resolve(undefined)}
        onCopy={() => Promise.resolve(true)}
      />
    ));
    const glance = container.querySelector('.dash-glance .dash-channel');
    expect(glance?.textContent).toBe(said);
    expect(glance?.getAttribute('data-channel')).toBe(channel.kind);
  });
});
