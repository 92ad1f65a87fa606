import { For, Show } from 'solid-js';
import type { ProfileField } from '../../lib/rights-requests/schema';
import { t } from '../../lib/ui/i18n';
import { fieldLabel } from './labels';

/** Which of the user's details the request includes (data minimisation made visible). */
export function FieldsUsed(props: { used: ProfileField[]; missing: ProfileField[] }) {
  return (
    <section class="req-fields" aria-labelledby="req-fields-title">
      <h3 id="req-fields-title">{t('req_fields_title')}</h3>
      <Show when={props.used.length > 0} fallback={<p>{t('req_fields_none')}</p>}>
        <ul>
          <For each={props.used}>{(f) => <li>{fieldLabel(f)}</li>}</For>
        </ul>
      </Show>
      <Show when={props.missing.length > 0}>
        <p>{t('req_fields_missing', props.missing.map(fieldLabel).join(', '))}</p>
      </Show>
    </section>
  );
}
