import { createResource } from 'solid-js';
import { render } from 'solid-js/web';
import { DirectoryNote } from '@/components/directory/DirectoryNote';
import { PolicyPanels } from '@/components/popup/PolicyPanels';
import { PopupApp } from '@/components/popup/PopupApp';
import { PopupHelp } from '@/components/popup/PopupHelp';
import { LanguageSetting } from '@/components/settings/LanguageSetting';
import { SiteRequests } from '@/components/site-requests/SiteRequests';
import { openDashboard, requestsForSite } from '@/lib/app/ledger-service';
import { actionShortcut, openShortcutSettings } from '@/lib/app/shortcut';
import { chooseUiLanguage, startUiLanguage } from '@/lib/app/ui-language';
import type { UiLanguageChoice } from '@/lib/storage/ui-language';
import { createLedger } from '@/lib/ui/create-ledger';
import { createDirectoryNote } from '@/lib/ui/create-directory-note';
import { createPopup } from '@/lib/ui/create-popup';
import { createRequestPanel } from '@/lib/ui/create-request-panel';
import { t, uiLanguage } from '@/lib/ui/i18n';

function Popup(props: { language: UiLanguageChoice }) {
  const popup = createPopup(location.search);
  const ledger = createLedger();
  const panel = createRequestPanel(popup);
  const siteRequests = () => requestsForSite(ledger.requests(), popup.target()?.url ?? '');
  const [shortcut] = createResource(actionShortcut);
  return (
    <PopupApp
      popup={popup}
      onOpenDashboard={() => void openDashboard()}
      siteRequests={<SiteRequests requests={siteRequests()} today={popup.today} />}
      help={
        <>
          <PopupHelp shortcut={shortcut()} onChangeShortcut={() => void openShortcutSettings()} />
          <LanguageSetting value={props.language} onChange={(c) => void chooseUiLanguage(c)} />
        </>
      }
      afterRead={({ source, result }) => {
        const directory = createDirectoryNote(
          () => result,
          () => popup.target()?.url ?? result.url,
        );
        return (
          <>
            <DirectoryNote reconciled={directory()} loading={directory.loading} />
            <PolicyPanels
              result={result}
              source={source}
              progress={popup.progress()}
              onProgress={(progress) => popup.saveProgress(progress)}
              request={panel.context(result, directory())}
              profile={panel.profile()}
              today={popup.today}
              onShowInPage={(evidence) => panel.showInPage(result, evidence)}
              onSaveProfile={panel.saveProfile}
              onSent={(rendered, sentDate) => panel.sent(result, rendered, sentDate, directory())}
              onCopy={panel.copy}
              onDownloadEml={panel.downloadEml}
              onFillForm={panel.fillForm}
              onPrint={(letter) => panel.print(result, letter, directory())}
              onOpened={(rendered, via) => panel.opened(result, rendered, via, directory())}
              onEditProfile={panel.editProfile}
              sentStatus={panel.status()}
            />
          </>
        );
      }}
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
