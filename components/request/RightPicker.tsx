import { For } from 'solid-js';
import type { Right } from '../../lib/legal/catalogue.data';
import { t } from '../../lib/ui/i18n';
import { rightHint, rightLabel } from './labels';

/** One radio per right the chosen law offers, each with a one-line explanation. */
export function RightPicker(props: {
  rights: Right[];
  value: Right;
  onChange: (right: Right) => void;
}) {
  return (
    <fieldset class="req-rights">
      <legend>{t('req_right_legend')}</legend>
      <For each={props.rights}>
        {(right) => (
          <div>
            <input
              type="radio"
              id={`req-right-${right}`}
              name="req-right"
              value={right}
              checked={props.value === right}
              aria-describedby={`req-right-${right}-hint`}
              onChange={() => props.onChange(right)}
            />
            <label for={`req-right-${right}`}>{rightLabel(right)}</label>
            <span id={`req-right-${right}-hint`} class="req-hint">
              {rightHint(right)}
            </span>
          </div>
        )}
      </For>
    </fieldset>
  );
}
