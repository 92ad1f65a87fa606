import { For, Show, type JSX } from 'solid-js';
import type { LawChecklist } from '../../lib/policy-analysis/law-checklist';
import type { Flag, PolicyAnalysis, SummaryItem } from '../../lib/policy-analysis/schema';
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
  /** The items and flags to list (default: all of the analysis'); the verdict card passes the rest. */
  items?: readonly SummaryItem[];
  flags?: readonly Flag[];
  /** Summary items that are points to watch: listed with the flags, before them. */
  watchItems?: readonly SummaryItem[];
  /** How many points to watch the verdict card above already shows ("More points to watch"). */
  watchInCard?: number;
  /** The checklist of the law that applies; `null` when no law's checklist applies. */
  checklist?: LawChecklist | null;
  /** Each section folded behind its heading (the popup, under the verdict card). */
  collapsed?: boolean;
}

/** Tone in words for screen readers and colour-blind readers; colour is only a second cue. */
function tonePrefix(tone: string): string {
  return tone === 'warning'
    ? `${t('summary_tone_warning')} `
    : tone === 'good'
      ? `${t('summary_tone_good')} `
      : '';
}

/** A section with its heading, folded when `collapsed` (a <details> the user opens). */
function Part(props: {
  id: string;
  title: string;
  collapsed?: boolean;
  /** Unfolded at first (the user can still fold it). */
  open?: boolean;
  children: JSX.Element;
}) {
  return (
    <Show
      when={props.collapsed}
      fallback={
        <section aria-labelledby={props.id}>
          <h2 id={props.id}>{props.title}</h2>
          {props.children}
        </section>
      }
    >
      <details class="fold" open={props.open ?? false}>
        <summary>
          <h2 id={props.id}>{props.title}</h2>
        </summary>
        {props.children}
      </details>
    </Show>
  );
}

/**
 * What a policy says (the summary items), what to watch (flags) and what it leaves out (the
 * checklist of the law that applies) — every claim expandable to the exact sentences behind it.
 */
export function SummaryView(props: SummaryViewProps) {
  const show = () => (props.onShowInPage ? { onShowInPage: props.onShowInPage } : {});
  const segments = () => props.analysis.segments;
  const items = () => props.items ?? props.analysis.summary;
  const flags = () => props.flags ?? props.analysis.flags;
  const watchItems = () => props.watchItems ?? [];
  const watchCount = () => watchItems().length + flags().length;
  const checklist = (): LawChecklist | null =>
    props.checklist === undefined
      ? { law: 'gdpr', items: props.analysis.checklist }
      : props.checklist;
  const notFound = (list: LawChecklist) => list.items.filter((i) => i.status === 'missing').length;
  const itemsPart = () => (
    <Part
      id="summary-heading"
      title={props.items ? t('verdict_more_title', items().length) : t('summary_title')}
      collapsed={props.collapsed}
    >
      <Show when={items().length > 0} fallback={<p>{t('summary_no_items')}</p>}>
        <ul class="summary-items">
          <For each={items()}>
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
    </Part>
  );
  // Under the verdict card the points to watch come first, unfolded: the headline counts them.
  const watchPart = () => (
    <Part
      id="summary-flags-heading"
      title={
        !props.collapsed
          ? t('summary_flags_title')
          : (props.watchInCard ?? 0) > 0
            ? t('verdict_flags_more_title', watchCount())
            : t('verdict_flags_title', watchCount())
      }
      collapsed={props.collapsed}
      open={props.collapsed && watchCount() > 0}
    >
      <Show when={watchCount() > 0} fallback={<p>{t('summary_no_flags')}</p>}>
        <ul class="summary-flags">
          <For each={[...watchItems(), ...flags()]}>
            {(point) => (
              <li class="summary-flag tone-warning">
                <Expandable evidence={point.evidence} segments={segments()} {...show()}>
                  <span>{renderMessage(point.key, point.params, t)}</span>
                </Expandable>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </Part>
  );
  return (
    <div class="summary-view">
      <Show when={props.changedSince}>
        {(since) => (
          <p class="summary-changed" role="status">
            {t('summary_changed_since', since().slice(0, 10))}
          </p>
        )}
      </Show>
      {props.collapsed ? (
        // Under the verdict card an empty section is left out, not offered as "(0)" to open.
        <>
          <Show when={watchCount() > 0}>{watchPart()}</Show>
          <Show when={items().length > 0}>{itemsPart()}</Show>
        </>
      ) : (
        <>
          {itemsPart()}
          {watchPart()}
        </>
      )}
      <Show when={checklist()}>
        {(list) => (
          <Part
            id="summary-checklist-heading"
            title={
              props.collapsed
                ? t(`verdict_checklist_${list().law}`, notFound(list()))
                : list().law === 'ccpa'
                  ? t('verdict_checklist_ccpa_title')
                  : t('summary_checklist_title')
            }
            collapsed={props.collapsed}
          >
            <ChecklistView
              items={list().items}
              law={list().law}
              segments={segments()}
              {...show()}
            />
          </Part>
        )}
      </Show>
    </div>
  );
}
