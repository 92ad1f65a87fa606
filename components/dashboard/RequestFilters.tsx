import { For } from 'solid-js';
import { Law, RequestStatus } from '../../lib/deadlines/schema';
import { t } from '../../lib/ui/i18n';
import { lawLabel, statusLabel } from './labels';

export interface Filter {
  status: RequestStatus | '';
  law: Law | '';
  text: string;
}

export const NO_FILTER: Filter = { status: '', law: '', text: '' };

/** Status, law and free-text filters over the ledger; every control has a visible label. */
export function RequestFilters(props: { filter: Filter; onChange: (filter: Filter) => void }) {
  const set = (patch: Partial<Filter>) => props.onChange({ ...props.filter, ...patch });
  return (
    <fieldset class="dash-filters">
      <legend>{t('dash_filters')}</legend>
      <label>
        {t('dash_filter_status')}
        <select
          value={props.filter.status}
          onChange={(e) => set({ status: e.currentTarget.value as Filter['status'] })}
        >
          <option value="">{t('dash_filter_all')}</option>
          <For each={RequestStatus.options}>
            {(status) => <option value={status}>{statusLabel(status)}</option>}
          </For>
        </select>
      </label>
      <label>
        {t('dash_filter_law')}
        <select
          value={props.filter.law}
          onChange={(e) => set({ law: e.currentTarget.value as Filter['law'] })}
        >
          <option value="">{t('dash_filter_all')}</option>
          <For each={Law.options}>{(law) => <option value={law}>{lawLabel(law)}</option>}</For>
        </select>
      </label>
      <label>
        {t('dash_filter_search')}
        <input
          type="search"
          value={props.filter.text}
          onInput={(e) => set({ text: e.currentTarget.value })}
        />
      </label>
    </fieldset>
  );
}
