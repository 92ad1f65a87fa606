import { createResource, createSignal } from 'solid-js';
import { t } from '../../lib/ui/i18n';

/** The analysis cache as the dashboard sees it (lib/app/analysis-cache.ts). */
export interface AnalysedSitesStore {
  /** How many sites' policies are kept now. */
  count(): Promise<number>;
  forget(): Promise<void>;
  /** Its retention, said to the user: at most this many policies, none older than this. */
  maxEntries: number;
  maxDays: number;
}

/**
 * "Forget analysed sites" (issue 10, item 8): what the cache keeps, for how long, and a button
 * that clears it at once. No confirmation: only the convenience of an instant reopening is lost.
 */
export function AnalysedSites(props: { store: AnalysedSitesStore }) {
  const [count, { mutate }] = createResource(() => props.store.count());
  const [status, setStatus] = createSignal<'idle' | 'forgotten' | 'failed'>('idle');
  const forget = async () => {
    try {
      await props.store.forget();
      mutate(0);
      setStatus('forgotten');
    } catch {
      setStatus('failed');
    }
  };
  const message = () =>
    status() === 'forgotten'
      ? t('dash_analysed_forgotten')
      : status() === 'failed'
        ? t('dash_analysed_failed')
        : t('dash_analysed_count', count() ?? 0);
  return (
    <section class="dash-analysed" aria-labelledby="dash-analysed-title">
      <h2 id="dash-analysed-title">{t('dash_analysed_title')}</h2>
      <p>{t('dash_analysed_intro', props.store.maxEntries, props.store.maxDays)}</p>
      <p role="status" aria-live="polite">
        {message()}
      </p>
      <button type="button" disabled={!count()} onClick={() => void forget()}>
        {t('dash_analysed_forget')}
      </button>
    </section>
  );
}
