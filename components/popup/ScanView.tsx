import { For, Match, Show, Switch } from 'solid-js';
import type { PageScan } from '@/lib/policy-detection/schema';
import type { ScanError } from '@/lib/app/scan-tab';
import { t } from '@/lib/ui/i18n';

export type ScanState =
  | { status: 'loading' }
  | { status: 'no-tab' }
  | { status: 'error'; error: ScanError }
  | { status: 'done'; scan: PageScan };

/** What the scan of the current page found: the policy links and the emails on the page. */
export function ScanView(props: { state: ScanState; onReadPolicy?: (url: string) => void }) {
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
        {(scan) => <ScanResult scan={scan()} onReadPolicy={props.onReadPolicy} />}
      </Match>
    </Switch>
  );
}

function ScanResult(props: { scan: PageScan; onReadPolicy?: (url: string) => void }) {
  const privacyLinks = () => props.scan.policyLinks.filter((link) => link.kind === 'privacy');
  return (
    <>
      <section aria-labelledby="policy-heading">
        <h2 id="policy-heading">{t('popup_policyHeading')}</h2>
        <Show when={props.scan.isPolicyPage}>
          <p>{t('popup_thisIsPolicy')}</p>
        </Show>
        <Show
          when={privacyLinks().length > 0}
          fallback={
            <Show when={!props.scan.isPolicyPage}>
              <p>{t('popup_noPolicyFound')}</p>
            </Show>
          }
        >
          <ul class="links">
            <For each={privacyLinks()}>
              {(link) => (
                <li>
                  <a href={link.url} target="_blank" rel="noopener noreferrer">
                    {link.text || link.url}
                  </a>
                  <Show when={props.onReadPolicy}>
                    {(read) => (
                      <button type="button" onClick={() => read()(link.url)}>
                        {t('popup_readPolicy')}
                      </button>
                    )}
                  </Show>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </section>
      <section aria-labelledby="emails-heading">
        <h2 id="emails-heading">{t('popup_emailsHeading')}</h2>
        <Show when={props.scan.emails.length > 0} fallback={<p>{t('popup_noEmails')}</p>}>
          <ul class="emails">
            <For each={props.scan.emails}>{(email) => <li>{email.address}</li>}</For>
          </ul>
        </Show>
      </section>
    </>
  );
}
