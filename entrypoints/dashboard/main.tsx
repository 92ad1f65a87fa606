import { createResource, Show } from 'solid-js';
import { render } from 'solid-js/web';
import { Dashboard } from '../../components/dashboard/Dashboard';
import { analysedSitesStore } from '../../lib/app/analysis-cache';
import { dashboardHandlers, localToday } from '../../lib/app/ledger-service';
import { notificationsAllowed } from '../../lib/app/notify';
import { createLedger } from '../../lib/ui/create-ledger';
import { t, uiLanguage } from '../../lib/ui/i18n';

function App() {
  const ledger = createLedger();
  const [granted] = createResource(notificationsAllowed);
  const today = localToday();
  return (
    <Show when={ledger.loaded()} fallback={<p>{t('dash_loading')}</p>}>
      <Dashboard
        requests={ledger.requests()}
        problems={ledger.problems()}
        quarantine={ledger.quarantine()}
        today={today}
        notificationsGranted={granted()}
        {...dashboardHandlers(today)}
        analysedSites={analysedSitesStore()}
      />
    </Show>
  );
}

const root = document.getElementById('app');
if (root) {
  document.title = t('dash_page_title');
  document.documentElement.lang = uiLanguage();
  render(() => <App />, root);
}
