import { Match, Switch } from 'solid-js';
import type { ReadPolicyError } from '@/lib/app/read-policy';
import { t } from '@/lib/ui/i18n';

/** A plain sentence for every way reading a policy can fail, and what the user can do. */
export function ReadErrorView(props: {
  error: ReadPolicyError;
  onAllow: (origin: string) => void;
}) {
  return (
    <div role="alert" class="card warning">
      <Switch
        fallback={
          <p>
            {t('read_network')}{' '}
            <a href={props.error.url} target="_blank" rel="noopener noreferrer">
              {t('read_openIt')}
            </a>
          </p>
        }
      >
        <Match when={props.error.kind === 'needs-permission' && props.error}>
          {(error) => (
            <>
              <p>
                {error().redirectedFrom
                  ? t(
                      'read_needsPermissionRedirect',
                      new URL(error().redirectedFrom ?? '').origin,
                      error().origin,
                    )
                  : t('read_needsPermission', error().origin)}
              </p>
              <button type="button" class="primary" onClick={() => props.onAllow(error().origin)}>
                {t('read_allow', error().origin)}
              </button>
            </>
          )}
        </Match>
        <Match when={props.error.kind === 'timeout'}>
          <p>{t('read_timeout')}</p>
        </Match>
        <Match when={props.error.kind === 'analysis-timeout'}>
          <p>{t('read_analysisTimeout')}</p>
        </Match>
        <Match when={props.error.kind === 'analysis-failed'}>
          <p>{t('read_analysisFailed')}</p>
        </Match>
        <Match when={props.error.kind === 'analysis-invalid'}>
          <p>{t('read_analysisInvalid')}</p>
        </Match>
        <Match when={props.error.kind === 'too-large'}>
          <p>{t('read_tooLarge')}</p>
        </Match>
        <Match
          when={(props.error.kind === 'pdf' || props.error.kind === 'not-html') && props.error}
        >
          {(error) => (
            <p>
              {error().kind === 'pdf' ? t('read_pdf') : t('read_notHtml')}{' '}
              <a href={error().url} target="_blank" rel="noopener noreferrer">
                {t('read_openIt')}
              </a>
            </p>
          )}
        </Match>
        <Match when={props.error.kind === 'http' && props.error}>
          {(error) => (
            <p>{t('read_http', 'status' in error() ? String(error().status ?? '') : '')}</p>
          )}
        </Match>
        <Match when={props.error.kind === 'redirect-hidden' && props.error}>
          {(error) => (
            <p>
              {t('read_redirectHidden')}{' '}
              <a href={error().url} target="_blank" rel="noopener noreferrer">
                {t('read_openIt')}
              </a>
            </p>
          )}
        </Match>
        <Match when={props.error.kind === 'redirect-loop'}>
          <p>{t('read_redirectLoop')}</p>
        </Match>
      </Switch>
    </div>
  );
}
