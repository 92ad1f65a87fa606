import { createSignal, For, Show } from 'solid-js';
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

/** How many set-aside values the review list shows; the export has them all. */
const REVIEW_LIMIT = 100;

/**
 * Tells the user what could not be read (role=alert), lists what was set aside for review, and
 * offers it for export, then to clear it: damaged data is never dropped silently (issue 7,
 * item 5), nor kept forever without the user's say (issue 10, item 6).
 */
export function SetAside(props: {
  problems: LedgerProblem[];
  quarantine: QuarantinedValue[];
  onExport: () => void;
  /** Forgets everything set aside; no button when absent. */
  onClear?: () => Promise<void>;
}) {
  const [confirming, setConfirming] = createSignal(false);
  const [cleared, setCleared] = createSignal(false);
  const clear = async (onClear: () => Promise<void>) => {
    await onClear();
    setConfirming(false);
    setCleared(true);
  };
  const problems = () => (cleared() ? [] : props.problems);
  return (
    <Show when={problems().length > 0 || props.quarantine.length > 0}>
      <section class="dash-set-aside" aria-labelledby="dash-aside-title">
        <h2 id="dash-aside-title">{t('dash_set_aside_title')}</h2>
        <Show when={problems().length > 0}>
          <div role="alert">
            <ul>
              <For each={problems()}>{(problem) => <li>{problemText(problem)}</li>}</For>
            </ul>
          </div>
        </Show>
        <Show when={props.quarantine.length > 0}>
          <p>{t('dash_set_aside_text', props.quarantine.length)}</p>
          <details>
            <summary>{t('dash_set_aside_review')}</summary>
            <ul class="dash-set-aside-list">
              <For each={props.quarantine.slice(0, REVIEW_LIMIT)}>
                {(item) => (
                  <li>
                    <time datetime={item.at}>{item.at.slice(0, 10)}</time> — {item.reason}
                  </li>
                )}
              </For>
            </ul>
            <Show when={props.quarantine.length > REVIEW_LIMIT}>
              <p>{t('dash_set_aside_more', props.quarantine.length - REVIEW_LIMIT)}</p>
            </Show>
          </details>
          <div class="dash-buttons">
            <button type="button" onClick={() => props.onExport()}>
              {t('dash_set_aside_export')}
            </button>
            <Show when={props.onClear}>
              {(onClear) => (
                <Show
                  when={confirming()}
                  fallback={
                    <button type="button" onClick={() => setConfirming(true)}>
                      {t('dash_set_aside_clear')}
                    </button>
                  }
                >
                  <p role="alert">{t('dash_set_aside_clear_confirm', props.quarantine.length)}</p>
                  <button type="button" onClick={() => void clear(onClear())}>
                    {t('dash_set_aside_clear_yes')}
                  </button>
                  <button type="button" onClick={() => setConfirming(false)}>
                    {t('dash_set_aside_clear_no')}
                  </button>
                </Show>
              )}
            </Show>
          </div>
        </Show>
      </section>
    </Show>
  );
}
