import { readFileSync } from 'node:fs';
import { render } from 'solid-js/web';
import { afterEach, describe, expect, it } from 'vitest';
import { VerdictCard } from '../../components/popup/VerdictCard';
import { SummaryView } from '../../components/summary/summary-view';
import { analyzeHtml } from '../../lib/app/analyze-html';
import { analyzePolicy } from '../../lib/policy-analysis/analyze-policy';
import type { PolicyAnalysis } from '../../lib/policy-analysis/schema';
import type { ContactsResult } from '../../lib/policy-detection/schema';
import { buildVerdict, watchInCard } from '../../lib/ui/verdict';
import { loadFixturePolicy } from '../fixtures/policies/load';

let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  document.body.innerHTML = '';
});

/** The card and the folded sections below it, wired as PolicyPanels wires them. */
function mount(analysis: PolicyAnalysis, contacts: ContactsResult): HTMLElement {
  const verdict = buildVerdict(analysis, contacts);
  const container = document.createElement('div');
  document.body.append(container);
  dispose = render(
    () => (
      <>
        <VerdictCard verdict={verdict} segments={analysis.segments} source="" actions={<></>} />
        <SummaryView
          analysis={analysis}
          items={verdict.details}
          flags={verdict.flags}
          watchItems={verdict.watchItems}
          watchInCard={watchInCard(verdict)}
          checklist={null}
          collapsed
        />
      </>
    ),
    container,
  );
  return container;
}

const numberIn = (text: string | null | undefined) => Number(/\((\d+)\)/.exec(text ?? '')?.[1]);

/** What a reader adds up: the headline's number, the ⚠ lines of the card, the section below. */
function counts(view: HTMLElement) {
  const headline = numberIn(view.querySelector('#verdict-heading')?.textContent);
  const section = view.querySelector('#summary-flags-heading');
  return {
    headline,
    inCard: view.querySelectorAll('.verdict-line.tone-warning').length,
    sectionTitle: section?.textContent ?? '',
    sectionNumber: numberIn(section?.textContent),
    sectionListed: section?.closest('details')?.querySelectorAll('li').length ?? -1,
  };
}

describe('the verdict headline and the "Points to watch" section', () => {
  it('say the same number on the demo shop’s policy (the card itself warns of nothing)', () => {
    const body = readFileSync('demo-site/pages/shop-policy.html', 'utf8');
    const { analysis, contacts } = analyzeHtml({
      body,
      url: 'http://127.0.0.1/shop/privacy',
      today: '2026-12-06',
      contentType: 'text/html',
    });
    const c = counts(mount(analysis, contacts));
    expect(c.inCard).toBe(0);
    expect(c.headline).toBeGreaterThan(0);
    expect(c.sectionNumber).toBe(c.headline);
    expect(c.sectionListed).toBe(c.headline);
    expect(c.sectionTitle).toMatch(/^Points to watch/);
    // The points the headline counts are shown at once, first under the card.
    const folds = [...document.querySelectorAll('details.fold')];
    expect(folds[0]?.querySelector('#summary-flags-heading')).not.toBeNull();
    expect((folds[0] as HTMLDetailsElement).open).toBe(true);
    expect(folds.slice(1).every((d) => !(d as HTMLDetailsElement).open)).toBe(true);
  });

  it('adds up when the card warns too: "More points to watch" lists the rest', () => {
    const analysis = analyzePolicy(loadFixturePolicy('en-lumen.txt'), { today: '2026-11-26' });
    const none: ContactsResult = { contacts: [], controller: null, dpo: null, authority: null };
    const c = counts(mount(analysis, none));
    expect(c.inCard).toBeGreaterThan(0);
    expect(c.sectionNumber + c.inCard).toBe(c.headline);
    expect(c.sectionListed).toBe(c.sectionNumber);
    expect(c.sectionTitle).toMatch(/^More points to watch/);
  });

  it('leaves out an empty section instead of offering "(0)" to open', () => {
    const analysis = analyzePolicy(loadFixturePolicy('en-lumen.txt'), { today: '2026-11-26' });
    const none: ContactsResult = { contacts: [], controller: null, dpo: null, authority: null };
    // Nothing said but what the card says: no other item, no flag.
    const bare: PolicyAnalysis = {
      ...analysis,
      flags: [],
      summary: analysis.summary.filter((i) => i.id === 'collects'),
    };
    const view = mount(bare, none);
    expect(view.querySelector('#verdict-heading')).not.toBeNull();
    expect(view.querySelector('#summary-flags-heading')).toBeNull();
    expect(view.querySelector('#summary-heading')).toBeNull();
    expect(view.textContent).not.toMatch(/\(0\)/);
  });
});
