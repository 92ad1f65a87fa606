import { createResource, Show } from 'solid-js';
import { render } from 'solid-js/web';
import { Dashboard } from '../../components/dashboard/Dashboard';
import { LanguageSetting } from '../../components/settings/LanguageSetting';
import { analysedSitesStore } from '../../lib/app/analysis-cache';
import { dashboardHandlers, localToday } from '../../lib/app/ledger-service';
import { notificationsAllowed } from '../../lib/app/notify';
import { chooseUiLanguage, startUiLanguage } from '../../lib/app/ui-language';
import type { UiLanguageChoice } from '../../lib/storage/ui-language';
import { createLedger } from '../../lib/ui/create-ledger';
import { createOpenedDrafts } from '../../lib/ui/create-opened-drafts';
import { t, uiLanguage } from '../../lib/ui/i18n';

function App(props: { language: UiLanguageChoice }) {
  const ledger = createLedger();
  const [granted] = createResource(notificationsAllowed);
  const today = localToday();
  const drafts = createOpenedDrafts();
  return (
    <>
      <Show when={ledger.loaded()} fallback={<p>{t('dash_loading')}</p>}>
        <Dashboard
          requests={ledger.requests()}
          problems={ledger.problems()}
          quarantine={ledger.quarantine()}
          today={today}
          notificationsGranted={granted()}
          {...dashboardHandlers(today)}
          analysedSites={analysedSitesStore()}
          opened={drafts.opened()}
          onConfirmOpened={drafts.onConfirmOpened}
          onForgetOpened={drafts.onForgetOpened}
        />
      </Show>
      <LanguageSetting value={props.language} onChange={(c) => void chooseUiLanguage(c)} />
    </>
  );
}

const root = document.getElementById('app');
if (root) {
  // The user's language setting first (lib/app/ui-language.ts), then the first render.
  void startUiLanguage().then((language) => {
    document.title = t('dash_page_title');
    document.documentElement.lang = uiLanguage();
    render(() => <App language={language} />, root);
  });
}
