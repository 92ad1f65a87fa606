import { Show, type JSX } from 'solid-js';
import type { DocumentAnalysis } from '@/lib/app/analyze-document';
import type { PolicySource } from '@/lib/app/read-policy';
import type { PopupController } from '@/lib/ui/create-popup';
import { t } from '@/lib/ui/i18n';
import { ReadView } from './ReadView';
import { ScanView } from './ScanView';

/** The popup's layout; what follows a read policy (summary, request) comes in as `afterRead`. */
export function PopupApp(props: {
  popup: PopupController;
  onOpenDashboard: () => void;
  siteRequests?: JSX.Element;
  /** The help at the bottom (keyboard shortcut, privacy statement). */
  help?: JSX.Element;
  afterRead?: (done: { source: PolicySource; result: DocumentAnalysis }) => JSX.Element;
}) {
  return (
    <main class="popup">
      <header class="bar">
        <h1>{t('popup_title')}</h1>
        <button type="button" class="link" onClick={() => props.onOpenDashboard()}>
          {t('popup_dashboard')}
        </button>
      </header>
      {props.siteRequests}
      <Show when={props.popup.read().status !== 'done'}>
        <ScanView
          state={props.popup.scan()}
          onRead={(url) => props.popup.readUrl(url)}
          busy={props.popup.read().status === 'reading'}
        />
      </Show>
      <ReadView state={props.popup.read()} onAllow={(origin) => props.popup.allowOrigin(origin)}>
        {props.afterRead}
      </ReadView>
      <Show when={props.popup.read().status === 'done'}>
        {/* Once read, the choice of policy folds away: the verdict is what matters now. */}
        <details class="card fold scan-fold">
          <summary>{t('verdict_other_policy')}</summary>
          <ScanView state={props.popup.scan()} onRead={(url) => props.popup.readUrl(url)} />
        </details>
      </Show>
      {props.help}
    </main>
  );
}
