import { Match, Show, Switch } from 'solid-js';
import type { Reconciled } from '@/lib/directory/reconcile';
import { t } from '@/lib/ui/i18n';

/**
 * What the company directory says beside the policy (issue 14): agrees, differs or is the only
 * source, what the company asks for, and where the data comes from. Nothing when no record
 * matches; a polite status while the directory loads (it is a lazily loaded chunk), for screen
 * readers only: a visible line that vanishes when no record matches would move what follows it.
 */
export function DirectoryNote(props: { reconciled: Reconciled | undefined; loading?: boolean }) {
  return (
    <Show
      when={props.reconciled?.company}
      fallback={
        <Show when={props.loading}>
          <p class="visually-hidden" role="status">
            {t('directory_loading')}
          </p>
        </Show>
      }
    >
      {(company) => (
        <section class="card directory-note" aria-labelledby="directory-heading">
          <h2 id="directory-heading">{t('directory_heading')}</h2>
          <Show when={props.reconciled?.verdict}>
            {(verdict) => (
              <div role="status" data-status={verdict().status}>
                <Switch>
                  <Match when={verdict().status === 'agrees'}>
                    <p>{t('directory_agrees', verdict().directory)}</p>
                  </Match>
                  <Match when={verdict().status === 'differs'}>
                    <p>
                      {verdict().policyDate
                        ? t(
                            'directory_differsDated',
                            verdict().directory,
                            verdict().policyDate ?? '',
                            verdict().page ?? '',
                          )
                        : t('directory_differs', verdict().directory, verdict().page ?? '')}
                    </p>
                    <Show when={verdict().newer !== 'unknown'}>
                      <p class="muted small">
                        {verdict().newer === 'policy'
                          ? t('directory_policyNewer')
                          : t('directory_directoryNewer')}
                      </p>
                    </Show>
                  </Match>
                  <Match when={verdict().status === 'directory-only'}>
                    <p>{t('directory_only', verdict().directory, company().name)}</p>
                    <p class="muted small">{t('directory_lastChecked', company().snapshot)}</p>
                  </Match>
                </Switch>
              </div>
            )}
          </Show>
          <Show when={company().needsIdDocument}>
            <p role="note">{t('directory_needsId')}</p>
          </Show>
          <Show when={company().requiredElements.length > 0}>
            <p class="small">
              {t(
                'directory_requires',
                company()
                  .requiredElements.map((e) => e.desc)
                  .join(', '),
              )}
            </p>
          </Show>
          <Switch>
            <Match when={company().transport === 'letter'}>
              <p class="small">{t('directory_transport_letter')}</p>
            </Match>
            <Match when={company().transport === 'fax'}>
              <p class="small">{t('directory_transport_fax')}</p>
            </Match>
            <Match when={company().transport === 'webform' && company().webform}>
              {(url) => <p class="small">{t('directory_transport_webform', url())}</p>}
            </Match>
          </Switch>
          <p class="muted small attribution">{t('directory_attribution', company().snapshot)}</p>
        </section>
      )}
    </Show>
  );
}
