import { createResource, Show } from 'solid-js';
import { Dashboard } from '../../components/dashboard/Dashboard';
import { analysedSitesStore } from '../../lib/app/analysis-cache';
import { dashboardHandlers } from '../../lib/app/ledger-service';
import { notificationsAllowed } from '../../lib/app/notify';
import { createLedger } from '../../lib/ui/create-ledger';
import { createOpenedDrafts } from '../../lib/ui/create-opened-drafts';
import { say, t, uiLanguage } from '../../lib/ui/i18n';

/**
 * The requests with their deadlines, the drafts and the analysed sites. Loaded with import(), in
 * parallel with the first paint (issue 12, weight): counting deadlines needs the holiday tables.
 */
export default function LedgerView(props: { today: string }) {
  const ledger = createLedger();
  const [granted] = createResource(notificationsAllowed);
  const drafts = createOpenedDrafts();
  return (
    <Show when={ledger.loaded()} fallback={<p>{t('dash_loading')}</p>}>
      <Dashboard
        requests={ledger.requests()}
        problems={ledger.problems()}
        quarantine={ledger.quarantine()}
        today={props.today}
        notificationsGranted={granted()}
        {...dashboardHandlers(props.today, { say, lang: uiLanguage() })}
        analysedSites={analysedSitesStore()}
        opened={drafts.opened()}
        onConfirmOpened={drafts.onConfirmOpened}
        onForgetOpened={drafts.onForgetOpened}
      />
    </Show>
  );
}
