import { For } from 'solid-js';
import type { ChecklistLaw, LawChecklistItem } from '../../lib/policy-analysis/law-checklist';
import type { Evidence, Segment } from '../../lib/shared/policy-text';
import { t } from '../../lib/ui/i18n';
import { Expandable } from './expandable';

export interface ChecklistViewProps {
  items: readonly LawChecklistItem[];
  /** Whose articles the items cite: GDPR Art. 13/14 or the CCPA's sections. */
  law?: ChecklistLaw;
  segments: readonly Segment[];
  onShowInPage?: (evidence: Evidence) => void;
}

const MARK: Record<LawChecklistItem['status'], string> = {
  present: '✓',
  missing: '✗',
  notApplicable: '–',
};

/** The law's transparency items, each with its status in words (not colour only) and its article. */
export function ChecklistView(props: ChecklistViewProps) {
  return (
    <ul class="checklist">
      <For each={props.items}>
        {(item) => (
          <li class={`checklist-item status-${item.status}`}>
            <Expandable
              evidence={item.evidence}
              segments={props.segments}
              {...(props.onShowInPage ? { onShowInPage: props.onShowInPage } : {})}
            >
              <span aria-hidden="true" class="checklist-mark">
                {MARK[item.status]}{' '}
              </span>
              <span class="checklist-label">{t(`summary_check_${item.id}`)}</span>
              {' — '}
              <strong class="checklist-status">{t(`summary_status_${item.status}`)}</strong>{' '}
              <small>
                (
                {t(props.law === 'ccpa' ? 'verdict_article_ccpa' : 'summary_article', item.article)}
                )
              </small>
            </Expandable>
          </li>
        )}
      </For>
    </ul>
  );
}
