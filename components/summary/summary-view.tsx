import { For, Show } from 'solid-js';
import type { PolicyAnalysis } from '../../lib/policy-analysis/schema';
import { renderMessage } from '../../lib/policy-analysis/summarize';
import type { Evidence } from '../../lib/shared/policy-text';
import { t } from '../../lib/ui/i18n';
import { ChecklistView } from './checklist-view';
import { Expandable } from './expandable';

export interface SummaryViewProps {
  analysis: PolicyAnalysis;
  /** Scroll to and highlight the sentence in the policy's tab. */
  onShowInPage?: (evidence: Evidence) => void;
  /** ISO timestamp when this policy was last seen with a different text (analysis cache). */
  changedSince?: string;
}

/** Tone in words for screen readers and colour-blind readers; colour is only a second cue. */
function tonePrefix(tone: string): string {
  return tone === 'warning'
    ? `${t('summary_tone_warning')} `
    : tone === 'good'
      ? `${t('summary_tone_good')} `
      : '';
}

/**
 * What a policy says (the summary items), what to watch (flags) and what it leaves out (the GDPR
 * checklist) — every claim expandable to the exact sentences behind it.
 */
export function SummaryView(props: SummaryViewProps) {
  const show = () => (props.onShowInPage ? { onShowInPage: props.onShowInPage } : {});
  const segments = () => props.analysis.segments;
  return (
    <div class="summary-view">
      <Show when={props.changedSince}>
        {(since) => (
          <p class="summary-changed" role="status">
            {t('summary_changed_since', since().slice(0, 10))}
          </p>
        )}
      </Show>
      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading">{t('summary_title')}</h2>
        <Show when={props.analysis.summary.length > 0} fallback={<p>{t('summary_no_items')}</p>}>
          <ul class="summary-items">
            <For each={props.analysis.summary}>
              {(item) => (
                <li class={`summary-item tone-${item.tone}`}>
                  <Expandable evidence={item.evidence} segments={segments()} {...show()}>
                    <span>
                      {tonePrefix(item.tone)}
                      {renderMessage(item.key, item.params, t)}
                    </span>
                  </Expandable>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </section>
      <section aria-labelledby="summary-flags-heading">
        <h2 id="summary-flags-heading">{t('summary_flags_title')}</h2>
        <Show when={props.analysis.flags.length > 0} fallback={<p>{t('summary_no_flags')}</p>}>
          <ul class="summary-flags">
            <For each={props.analysis.flags}>
              {(flag) => (
                <li class="summary-flag">
                  <Expandable evidence={flag.evidence} segments={segments()} {...show()}>
                    <span>{renderMessage(flag.key, flag.params, t)}</span>
                  </Expandable>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </section>
      <section aria-labelledby="summary-checklist-heading">
        <h2 id="summary-checklist-heading">{t('summary_checklist_title')}</h2>
        <ChecklistView items={props.analysis.checklist} segments={segments()} {...show()} />
      </section>
    </div>
  );
}
