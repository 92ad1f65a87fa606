import { Show } from 'solid-js';
import type { OpenedVia } from '../../lib/app/opened-drafts';
import { toMailto, type Message } from '../../lib/rights-requests/to-mailto';
import { webmailUrl } from '../../lib/rights-requests/webmail';
import { t } from '../../lib/ui/i18n';

/**
 * One main way to send, the one that works: the mail app with the whole letter when the link fits;
 * else the mail app with the subject and the letter on the clipboard; without an email address,
 * the site's web form (letter copied) or a printed letter. The other ways follow, as secondary
 * buttons. Links are real <a> elements so they work from the keyboard.
 */
export function SendActions(props: {
  message: Message;
  /** The recipient and the letter are valid: email ways are offered. */
  enabled: boolean;
  /** The site's privacy request form, offered when there is no email address. */
  webform?: string | undefined;
  onCopy: () => void;
  onDownloadEml: () => void;
  onPrint: () => void;
  /** The letter went to a mail app: the dashboard then offers "I sent it" for it too. */
  onOpened?: (via: OpenedVia) => void;
}) {
  const opened = (via: OpenedVia) => props.onOpened?.(via);
  const href = (result: { ok: true; value: string } | { ok: false }) =>
    result.ok ? result.value : undefined;
  const full = () => href(toMailto(props.message));
  // Subject and address only: always short; the letter itself goes through the clipboard.
  const short = () => href(toMailto({ ...props.message, body: '' }));
  const gmail = () => href(webmailUrl('gmail', props.message));
  const outlook = () => href(webmailUrl('outlook', props.message));
  return (
    <div class="req-actions" role="group" aria-label={t('req_actions_label')}>
      <Show
        when={props.enabled}
        fallback={
          <>
            <Show when={props.webform}>
              {(form) => (
                <p class="send-main">
                  <a
                    class="button primary"
                    href={form()}
                    target="_blank"
                    rel="noopener noreferrer"
                    onClick={() => props.onCopy()}
                  >
                    {t('send_webform')}
                  </a>
                  <span class="muted small">{t('send_webform_hint')}</span>
                </p>
              )}
            </Show>
            <p class="send-more">
              <button
                type="button"
                class={props.webform ? '' : 'primary'}
                onClick={() => props.onPrint()}
              >
                {t('send_print')}
              </button>
              <button type="button" onClick={() => props.onCopy()}>
                {t('req_copy')}
              </button>
            </p>
          </>
        }
      >
        <p class="send-main">
          <Show
            when={full()}
            fallback={
              <>
                <a
                  class="button primary"
                  href={short()}
                  onClick={() => {
                    props.onCopy();
                    opened('mail-app');
                  }}
                >
                  {t('send_copy_and_open')}
                </a>
                <span class="muted small">{t('send_copy_and_open_hint')}</span>
              </>
            }
          >
            {(link) => (
              <a class="button primary" href={link()} onClick={() => opened('mail-app')}>
                {t('req_open_mail_app')}
              </a>
            )}
          </Show>
        </p>
        <p class="send-more">
          <span class="muted small">{t('send_other_ways')}</span>
          <a
            class="button"
            href={gmail()}
            target="_blank"
            rel="noopener noreferrer"
            onClick={() => opened('gmail')}
          >
            {t('req_open_gmail')}
          </a>
          <a
            class="button"
            href={outlook()}
            target="_blank"
            rel="noopener noreferrer"
            onClick={() => opened('outlook')}
          >
            {t('req_open_outlook')}
          </a>
          <button
            type="button"
            onClick={() => {
              props.onDownloadEml();
              opened('eml');
            }}
          >
            {t('req_download_eml')}
          </button>
          <button type="button" onClick={() => props.onCopy()}>
            {t('req_copy')}
          </button>
          <button type="button" onClick={() => props.onPrint()}>
            {t('send_print')}
          </button>
        </p>
      </Show>
    </div>
  );
}
