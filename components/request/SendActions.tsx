import { Show } from 'solid-js';
import { toMailto, type Message } from '../../lib/rights-requests/to-mailto';
import { webmailUrl } from '../../lib/rights-requests/webmail';
import { t } from '../../lib/ui/i18n';

/**
 * The ways to send: mail app (mailto:), copy, .eml, Gmail, Outlook. Links are real <a> elements
 * so they work from the keyboard; with a refused recipient every action is a disabled button.
 */
export function SendActions(props: {
  message: Message;
  enabled: boolean;
  onCopy: () => void;
  onDownloadEml: () => void;
}) {
  const mailto = () => toMailto(props.message);
  const tooLong = () => {
    const result = mailto();
    return !result.ok && result.error.code === 'too-long' ? result.error.length : undefined;
  };
  // Long links still work in many mail apps: offered after the explanation, never silently.
  const anyLength = () => toMailto(props.message, Number.POSITIVE_INFINITY);
  const href = (result: { ok: true; value: string } | { ok: false }) =>
    result.ok ? result.value : undefined;
  const gmail = () => href(webmailUrl('gmail', props.message));
  const outlook = () => href(webmailUrl('outlook', props.message));
  return (
    <div class="req-actions" role="group" aria-label={t('req_actions_label')}>
      <Show
        when={props.enabled}
        fallback={
          <>
            <button type="button" disabled>
              {t('req_open_mail_app')}
            </button>
            <button type="button" disabled>
              {t('req_copy')}
            </button>
            <button type="button" disabled>
              {t('req_download_eml')}
            </button>
            <button type="button" disabled>
              {t('req_open_gmail')}
            </button>
            <button type="button" disabled>
              {t('req_open_outlook')}
            </button>
          </>
        }
      >
        <Show when={tooLong()} fallback={<a href={href(mailto())}>{t('req_open_mail_app')}</a>}>
          {(length) => (
            <p class="req-warning">
              {t('req_mailto_too_long', length())}{' '}
              <a href={href(anyLength())}>{t('req_open_mail_app_anyway')}</a>
            </p>
          )}
        </Show>
        <button type="button" onClick={() => props.onCopy()}>
          {t('req_copy')}
        </button>
        <button type="button" onClick={() => props.onDownloadEml()}>
          {t('req_download_eml')}
        </button>
        <a href={gmail()} target="_blank" rel="noopener noreferrer">
          {t('req_open_gmail')}
        </a>
        <a href={outlook()} target="_blank" rel="noopener noreferrer">
          {t('req_open_outlook')}
        </a>
      </Show>
    </div>
  );
}
