import { For, Show } from 'solid-js';
import type { LedgerProblem } from '../../lib/storage/ledger';
import type { QuarantinedValue } from '../../lib/storage/quarantine';
import { t } from '../../lib/ui/i18n';

function problemText(problem: LedgerProblem): string {
  switch (problem.kind) {
    case 'invalid-entry':
      return t('dash_problem_invalid_entry', problem.index + 1, problem.reason);
    case 'unreadable':
      return t('dash_problem_unreadable', problem.reason);
    case 'newer-version':
      return t('dash_problem_newer_version', problem.version);
    case 'storage-error':
      return t('dash_problem_storage_error', problem.reason);
  }
}

/**
 * Tells the user what could not be read (role=alert) and offers the set-aside data for export:
 * damaged data is never dropped silently (issue 7, item 5).
 */
export function SetAside(props: {
  problems: LedgerProblem[];
  quarantine: QuarantinedValue[];
  onExport: () => void;
}) {
  return (
    <Show when={props.problems.length > 0 || props.quarantine.length > 0}>
      <section class="dash-set-aside" aria-labelledby="dash-aside-title">
        <h2 id="dash-aside-title">{t('dash_set_aside_title')}</h2>
        <Show when={props.problems.length > 0}>
          <div role="alert">
            <ul>
              <For each={props.problems}>{(problem) => <li>{problemText(problem)}</li>}</For>
            </ul>
          </div>
        </Show>
        <Show when={props.quarantine.length > 0}>
          <p>{t('dash_set_aside_text', props.quarantine.length)}</p>
          <button type="button" onClick={() => props.onExport()}>
            {t('dash_set_aside_export')}
          </button>
        </Show>
      </section>
    </Show>
  );
}
