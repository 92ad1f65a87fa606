import { createResource, lazy } from 'solid-js';
import { render } from 'solid-js/web';
import { PopupApp } from '@/components/popup/PopupApp';
import { PopupHelp } from '@/components/popup/PopupHelp';
import { LanguageSetting } from '@/components/settings/LanguageSetting';
import { openDashboard } from '@/lib/app/open-dashboard';
import { actionShortcut, openShortcutSettings } from '@/lib/app/shortcut';
import { chooseUiLanguage } from '@/lib/app/ui-language';
import { startUiLanguage } from '@/lib/ui/start-ui-language';
import type { UiLanguageChoice } from '@/lib/storage/ui-language';
import { createPopup } from '@/lib/ui/create-popup';
import { t, uiLanguage } from '@/lib/ui/i18n';

// Loaded when needed (issue 12: the popup's first paint stays ≤ 60 KB gzipped; see bench/suites/weight.ts).
const AfterRead = lazy(() => import('./after-read'));
const TabRequests = lazy(() => import('./tab-requests'));

function Popup(props: { language: UiLanguageChoice }) {
  const popup = createPopup(location.search);
  const [shortcut] = createResource(actionShortcut);
  return (
    <PopupApp
      popup={popup}
      onOpenDashboard={() => void openDashboard()}
      siteRequests={<TabRequests url={popup.target()?.url ?? ''} today={popup.today} />}
      help={
        <>
          <PopupHelp shortcut={shortcut()} onChangeShortcut={() => void openShortcutSettings()} />
          <LanguageSetting value={props.language} onChange={(c) => void chooseUiLanguage(c)} />
        </>
      }
      afterRead={(done) => <AfterRead popup={popup} source={done.source} result={done.result} />}
    />
  );
}

const root = document.getElementById('app');
if (root) {
  // The user's language setting first (lib/app/ui-language.ts), then the first render.
  void startUiLanguage().then((language) => {
    document.documentElement.lang = uiLanguage();
    document.title = t('popup_title');
    render(() => <Popup language={language} />, root);
  });
}
