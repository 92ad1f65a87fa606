import { waitFor, within } from '@testing-library/dom';
import { render } from 'solid-js/web';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AnalysedSites } from '../../components/dashboard/AnalysedSites';
import { analysedSitesStore, analyzeWithCache } from '../../lib/app/analysis-cache';
import type { Block } from '../../lib/shared/policy-text';

// Issue 10, item 8: "Forget analysed sites", with the real cache behind it (fake browser storage).
let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  document.body.innerHTML = '';
});

const blocks: Block[] = [{ kind: 'paragraph', text: 'We keep data for 2 years.', headingPath: [] }];
const now = () => new Date().toISOString();

function show() {
  const container = document.createElement('div');
  document.body.append(container);
  dispose = render(() => <AnalysedSites store={analysedSitesStore()} />, container);
  return within(container);
}

describe('dashboard: analysed sites', () => {
  it('says what is kept and for how long, counts it, and forgets it on a click', async () => {
    const today = now().slice(0, 10);
    await analyzeWithCache('https://a.example/privacy?session=1', blocks, { now: now(), today });
    await analyzeWithCache('https://b.example/privacy', blocks, { now: now(), today });
    const ui = show();

    expect(ui.getByRole('heading', { name: 'Analysed sites' })).toBeTruthy();
    ui.getByText(/last 50 policies .* not read again for 90 days is forgotten/);
    await waitFor(() => expect(ui.getByRole('status').textContent).toBe('Policies kept: 2'));

    ui.getByRole('button', { name: 'Forget analysed sites' }).click();

    await waitFor(() =>
      expect(ui.getByRole('status').textContent).toBe(
        'Forgotten: Rightful keeps no analysed site now.',
      ),
    );
    expect(await fakeBrowser.storage.local.get('analysisCache')).toEqual({ analysisCache: [] });
    expect(
      ui.getByRole<HTMLButtonElement>('button', { name: 'Forget analysed sites' }).disabled,
    ).toBe(true);
  });

  it('nothing kept: the button is disabled', async () => {
    const ui = show();
    await waitFor(() => expect(ui.getByRole('status').textContent).toBe('Policies kept: 0'));
    expect(
      ui.getByRole<HTMLButtonElement>('button', { name: 'Forget analysed sites' }).disabled,
    ).toBe(true);
  });
});
