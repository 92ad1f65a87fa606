import { render } from 'solid-js/web';
import { PopupApp } from '@/components/popup/PopupApp';
import { SiteRequests } from '@/components/site-requests/SiteRequests';
import { openDashboard, requestsForSite } from '@/lib/app/ledger-service';
import { createLedger } from '@/lib/ui/create-ledger';
import { createPopup } from '@/lib/ui/create-popup';
import { t, uiLanguage } from '@/lib/ui/i18n';

function Popup() {
  const popup = createPopup(location.search);
  const ledger = createLedger();
  const siteRequests = () => requestsForSite(ledger.requests(), popup.target()?.url ?? '');
  return (
    <PopupApp
      popup={popup}
      onOpenDashboard={() => void openDashboard()}
      siteRequests={<SiteRequests requests={siteRequests()} today={popup.today} />}
    />
  );
}

const root = document.getElementById('app');
if (root) {
  document.documentElement.lang = uiLanguage();
  document.title = t('popup_title');
  render(() => <Popup />, root);
}
