import { For, Match, Show, Switch } from 'solid-js';
import type { PageScan } from '@/lib/policy-detection/schema';
import type { ScanState } from '@/lib/ui/create-popup';
import { t } from '@/lib/ui/i18n';
import { PolicyPicker } from './PolicyPicker';

export type { ScanState };

/** What the scan of the current page found: the policy candidates and the emails on the page. */
export function ScanView(props: {
  state: ScanState;
  onRead: (url: string) => void;
  busy?: boolean;
}) {
  return (
    <Switch>
      <Match when={props.state.status === 'loading'}>
        <p role="status">{t('popup_scanning')}</p>
      </Match>
      <Match when={props.state.status === 'no-tab'}>
        <p role="alert">{t('popup_noTab')}</p>
      </Match>
      <Match when={props.state.status === 'error' && props.state.error}>
        {(error) => (
          <p role="alert">
            {error().kind === 'restricted' ? t('popup_restricted') : t('popup_noAccess')}
          </p>
        )}
      </Match>
      <Match when={props.state.status === 'done' && props.state.scan}>
        {(scan) => <ScanResult scan={scan()} onRead={props.onRead} busy={props.busy} />}
      </Match>
    </Switch>
  );
}

function ScanResult(props: { scan: PageScan; onRead: (url: string) => void; busy?: boolean }) {
  // The policy first, then the legal notice (often where the controller's address is).
  const candidates = () =>
    props.scan.policyLinks.filter((link) => link.kind === 'privacy' || link.kind === 'legal');
  const found = () => props.scan.policyLinks.some((link) => link.kind === 'privacy');
  return (
    <>
      <section aria-labelledby="policy-heading" class="card">
        <h2 id="policy-heading">{t('popup_policyHeading')}</h2>
        <Show when={props.scan.isPolicyPage}>
          <p>{t('popup_thisIsPolicy')}</p>
        </Show>
        <Show when={!found() && !props.scan.isPolicyPage}>
          <div role="status">
            <p>{t('popup_noPolicyFound')}</p>
            <p class="muted small">{t('popup_noPolicyTried')}</p>
          </div>
        </Show>
        <Show when={!props.scan.isPolicyPage}>
          <PolicyPicker candidates={candidates()} onRead={props.onRead} busy={props.busy} />
        </Show>
      </section>
      <Show when={props.scan.emails.length > 0}>
        <details class="card">
          <summary>{t('popup_emailsHeading', props.scan.emails.length)}</summary>
          <ul class="emails">
            <For each={props.scan.emails}>{(email) => <li>{email.address}</li>}</For>
          </ul>
        </details>
      </Show>
    </>
  );
}
