import { For } from 'solid-js';
import type { ChecklistItem } from '../../lib/policy-analysis/schema';
import type { Evidence, Segment } from '../../lib/shared/policy-text';
import { t } from '../../lib/ui/i18n';
import { Expandable } from './expandable';

export interface ChecklistViewProps {
  items: readonly ChecklistItem[];
  segments: readonly Segment[];
  onShowInPage?: (evidence: Evidence) => void;
}

const MARK: Record<ChecklistItem['status'], string> = {
  present: '✓',
  missing: '✗',
  notApplicable: '–',
};

/** GDPR Art. 13/14 items, each with its status in words (not colour only) and its article. */
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
              <span aria-hidden="true">{MARK[item.status]} </span>
              <span class="checklist-label">{t(`summary_check_${item.id}`)}</span>
              {' — '}
              <strong class="checklist-status">{t(`summary_status_${item.status}`)}</strong>{' '}
              <small>({t('summary_article', item.article)})</small>
            </Expandable>
          </li>
        )}
      </For>
    </ul>
  );
}
