import { For, Show } from 'solid-js';
import type { Evidence, Segment } from '../../lib/shared/policy-text';
import { t } from '../../lib/ui/i18n';

export interface EvidenceListProps {
  evidence: readonly Evidence[];
  segments: readonly Segment[];
  onShowInPage?: (evidence: Evidence) => void;
}

/** The sentence an evidence points to, with the matched words marked (text only, never HTML). */
function Sentence(props: { evidence: Evidence; segment: Segment | undefined }) {
  const text = () => props.segment?.text ?? props.evidence.quote;
  const inside = () =>
    props.segment !== undefined &&
    props.segment.text.slice(props.evidence.start, props.evidence.end) === props.evidence.quote;
  return (
    <Show when={inside()} fallback={<q>{text()}</q>}>
      <q>
        {text().slice(0, props.evidence.start)}
        <mark>{props.evidence.quote}</mark>
        {text().slice(props.evidence.end)}
      </q>
    </Show>
  );
}

/** The exact sentences behind a claim, each with a "Show in page" button when the caller can. */
export function EvidenceList(props: EvidenceListProps) {
  // One line per sentence: a value found twice in one sentence is shown once.
  const distinct = () => {
    const seen = new Set<number>();
    return props.evidence.filter((e) => !seen.has(e.segment) && seen.add(e.segment));
  };
  return (
    <ul class="evidence-list" aria-label={t('summary_evidence_label')}>
      <For each={distinct()}>
        {(evidence) => (
          <li>
            <Sentence evidence={evidence} segment={props.segments[evidence.segment]} />
            <Show when={props.onShowInPage}>
              {(show) => (
                <button type="button" class="show-in-page" onClick={() => show()(evidence)}>
                  {t('summary_show_in_page')}
                </button>
              )}
            </Show>
          </li>
        )}
      </For>
    </ul>
  );
}
