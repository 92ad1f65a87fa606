import { createSignal } from 'solid-js';
import { render } from 'solid-js/web';
import { ScanView, type ScanState } from '@/components/popup/ScanView';
import { scanTab } from '@/lib/app/scan-tab';
import { resolveTargetTab } from '@/lib/app/target-tab';
import { t, uiLanguage } from '@/lib/ui/i18n';

function Popup() {
  const [state, setState] = createSignal<ScanState>({ status: 'loading' });
  void resolveTargetTab(location.search).then(async (target) => {
    if (!target) {
      setState({ status: 'no-tab' });
      return;
    }
    const result = await scanTab(target.tabId, target.url);
    setState(
      result.ok ? { status: 'done', scan: result.value } : { status: 'error', error: result.error },
    );
  });
  return (
    <main>
      <h1>{t('popup_title')}</h1>
      <ScanView state={state()} />
    </main>
  );
}

const root = document.getElementById('app');
if (root) {
  document.documentElement.lang = uiLanguage();
  document.title = t('popup_title');
  render(() => <Popup />, root);
}
