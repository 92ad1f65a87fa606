import { Show, createSignal, createUniqueId, type JSX } from 'solid-js';
import type { Evidence, Segment } from '../../lib/shared/policy-text';
import { t } from '../../lib/ui/i18n';
import { EvidenceList } from './evidence-list';

export interface ExpandableProps {
  /** The claim, already rendered in the reader's language. */
  children: JSX.Element;
  evidence: readonly Evidence[];
  segments: readonly Segment[];
  onShowInPage?: (evidence: Evidence) => void;
  /** A short toggle ("Quote") for dense lists such as the verdict card. */
  compact?: boolean;
}

/** A claim with a disclosure button (aria-expanded) revealing the sentences behind it. */
export function Expandable(props: ExpandableProps) {
  const [open, setOpen] = createSignal(false);
  const id = createUniqueId();
  // The claim describes its toggle, so a screen reader hears which claim each of the many
  // "Quote" / "Show the sentences" buttons belongs to.
  const claimId = createUniqueId();
  return (
    <>
      <span id={claimId}>{props.children}</span>
      <Show when={props.evidence.length > 0}>
        {' '}
        <button
          type="button"
          class="evidence-toggle"
          aria-expanded={open()}
          aria-controls={id}
          aria-describedby={claimId}
          onClick={() => setOpen(!open())}
        >
          {props.compact
            ? open()
              ? t('verdict_hide_quote')
              : t('verdict_show_quote')
            : open()
              ? t('summary_hide_evidence')
              : t('summary_show_evidence')}
        </button>
        <div id={id} hidden={!open()}>
          <Show when={open()}>
            <EvidenceList
              evidence={props.evidence}
              segments={props.segments}
              {...(props.onShowInPage ? { onShowInPage: props.onShowInPage } : {})}
            />
          </Show>
        </div>
      </Show>
    </>
  );
}
