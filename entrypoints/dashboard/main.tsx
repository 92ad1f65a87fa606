import { lazy, Suspense } from 'solid-js';
import { render } from 'solid-js/web';
import { LanguageSetting } from '../../components/settings/LanguageSetting';
import { localToday } from '../../lib/app/local-today';
import { chooseUiLanguage } from '../../lib/app/ui-language';
import { startUiLanguage } from '../../lib/ui/start-ui-language';
import type { UiLanguageChoice } from '../../lib/storage/ui-language';
import { t, uiLanguage } from '../../lib/ui/i18n';

// Requested at once, while the language loads; not part of the first paint (bench/suites/weight.ts).
const ledgerView = import('./ledger-view');
const LedgerView = lazy(() => ledgerView);

function App(props: { language: UiLanguageChoice }) {
  const today = localToday();
  return (
    <>
      <Suspense fallback={<p>{t('dash_loading')}</p>}>
        <LedgerView today={today} />
      </Suspense>
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
