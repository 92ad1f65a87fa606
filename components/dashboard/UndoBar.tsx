import { Show } from 'solid-js';
import type { Undo } from '../../lib/app/ledger-service';
import { t } from '../../lib/ui/i18n';

export interface UndoState {
  text: string;
  /** Present while the last delete can still be undone. */
  undo?: Undo;
}

/** The outcome of the last delete, announced politely, with its Undo button. */
export function UndoBar(props: { state?: UndoState; onChange: (next: UndoState) => void }) {
  const run = async (undo: Undo) => {
    const error = await undo();
    props.onChange({
      text: error === undefined ? t('dash_restored') : t('dash_undo_failed', error),
    });
  };
  return (
    <div class="dash-undo" role="status" aria-live="polite">
      <Show when={props.state}>
        {(state) => (
          <p>
            {state().text}{' '}
            <Show when={state().undo}>
              {(undo) => (
                <button type="button" onClick={() => void run(undo())}>
                  {t('dash_undo')}
                </button>
              )}
            </Show>
          </p>
        )}
      </Show>
    </div>
  );
}
