import { fireEvent, getAllByRole, getByRole, getByText, within } from '@testing-library/dom';
import { render } from 'solid-js/web';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SummaryView } from '../../components/summary/summary-view';
import { analyzePolicy } from '../../lib/policy-analysis/analyze-policy';
import type { Evidence } from '../../lib/shared/policy-text';
import { loadFixturePolicy } from '../fixtures/policies/load';
import { installFakeI18n } from '../support/fake-i18n';

const analysis = analyzePolicy(loadFixturePolicy('en-lumen.txt'), { today: '2026-11-26' });

let dispose: (() => void) | undefined;
function mount(onShowInPage?: (evidence: Evidence) => void, changedSince?: string): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  dispose = render(
    () => (
      <SummaryView
        analysis={analysis}
        {...(onShowInPage ? { onShowInPage } : {})}
        {...(changedSince ? { changedSince } : {})}
      />
    ),
    container,
  );
  return container;
}

afterEach(() => {
  dispose?.();
  document.body.innerHTML = '';
});

describe('SummaryView', () => {
  it('shows the summary in plain words', () => {
    const view = mount();
    const summary = getByRole(view, 'region', { name: 'What this policy says' });
    expect(
      getByText(summary, 'Keeps billing data for at most 14 months.', { exact: false }),
    ).toBeTruthy();
    expect(
      getByText(summary, 'Treats people under 16 as children.', { exact: false }),
    ).toBeTruthy();
  });

  it('expands an item to the exact sentence and collapses it again', () => {
    const view = mount();
    const item = getByText(view, 'Keeps billing data for at most 14 months.', {
      exact: false,
    }).closest('li')!;
    const toggle = within(item).getByRole('button', { name: 'Show the sentences' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent).toBe('Hide the sentences');
    const sentences = within(item).getByRole('list', { name: 'Sentences from the policy' });
    expect(sentences.textContent).toContain(
      'We keep billing information for as long as accounting law requires, but never longer than 14 months.',
    );
    expect(within(sentences).getByText('14 months').tagName).toBe('MARK');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('calls onShowInPage with the evidence of the sentence', () => {
    const onShowInPage = vi.fn();
    const view = mount(onShowInPage);
    const item = getByText(view, 'Keeps billing data for at most 14 months.', {
      exact: false,
    }).closest('li')!;
    fireEvent.click(within(item).getByRole('button', { name: 'Show the sentences' }));
    fireEvent.click(within(item).getByRole('button', { name: 'Show in page' }));
    expect(onShowInPage).toHaveBeenCalledWith(expect.objectContaining({ quote: '14 months' }));
  });

  it('each toggle is described by its own claim, so the many toggles can be told apart', () => {
    const view = mount();
    const toggle = getByRole(view, 'button', {
      name: 'Show the sentences',
      description: /Keeps billing data for at most 14 months\./,
    });
    const item = getByText(view, 'Keeps billing data for at most 14 months.', {
      exact: false,
    }).closest('li')!;
    expect(item.contains(toggle)).toBe(true);
  });

  it('has no "Show in page" button without a handler', () => {
    const view = mount();
    for (const toggle of getAllByRole(view, 'button', { name: 'Show the sentences' })) {
      fireEvent.click(toggle);
    }
    expect(view.querySelectorAll('button.show-in-page')).toHaveLength(0);
  });

  it('says when the policy changed since it was last seen', () => {
    expect(mount().querySelector('[role="status"]')).toBeNull();
    dispose?.();
    const view = mount(undefined, '2026-10-02T08:00:00.000Z');
    expect(getByRole(view, 'status').textContent).toBe(
      'This policy has changed since you last saw it on Oct 2, 2026.',
    );
  });

  it('lists the flags', () => {
    const view = mount();
    const flags = getByRole(view, 'region', { name: 'Points to watch' });
    expect(flags.textContent).toContain('A list of partners is promised but no partner is named.');
    expect(flags.textContent).toContain('Mentions a supervisory authority but names none.');
    expect(flags.textContent).toContain('Not updated since Mar 3, 2019 (7 years ago).');
  });

  it('states each checklist item present or missing in words', () => {
    const view = mount();
    const checklist = getByRole(view, 'region', {
      name: 'GDPR transparency checklist (Art. 13/14)',
    });
    const items = within(checklist).getAllByRole('listitem');
    expect(items).toHaveLength(20);
    const transfers = items.find((li) => li.textContent?.includes('Transfers outside the EU/EEA'));
    expect(transfers?.textContent).toContain('Not found in this policy');
    const access = items.find((li) => li.textContent?.includes('Right of access'));
    expect(access?.textContent).toContain('Stated');
    expect(access?.textContent).toContain('GDPR Art. 13(2)(b), 15');
  });

  it.each([
    [
      'fr',
      'Ce que dit cette politique',
      'Conserve au plus 14 mois : données de facturation.',
      'Voir les phrases',
    ],
    [
      'de',
      'Was diese Datenschutzerklärung sagt',
      'Speichert höchstens 14 Monate: Rechnungsdaten.',
      'Sätze anzeigen',
    ],
  ])('speaks the reader’s language (%s)', (lang, title, retention, toggle) => {
    installFakeI18n(lang);
    const view = mount();
    expect(getByRole(view, 'region', { name: title })).toBeTruthy();
    expect(view.textContent).toContain(retention);
    expect(getAllByRole(view, 'button', { name: toggle }).length).toBeGreaterThan(0);
  });
});
