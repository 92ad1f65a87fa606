import { Match, Show, Switch } from 'solid-js';
import type { OpenedVia } from '../../lib/app/opened-drafts';
import { toMailto, type Message } from '../../lib/rights-requests/to-mailto';
import { webmailUrl } from '../../lib/rights-requests/webmail';
import { t } from '../../lib/ui/i18n';

/**
 * One main way to send, the one that works: the mail app with the whole letter when the link fits;
 * else the mail app with the subject and the letter on the clipboard; without an email address,
 * the site's web form (letter copied) or a printed letter; the company's preferred way (company
 * directory) first when it has one, and filling its form when the user is on it. The other ways
 * follow, as secondary buttons. Links are real <a> elements so they work from the keyboard.
 */
export function SendActions(props: {
  message: Message;
  /** The recipient and the letter are valid: email ways are offered. */
  enabled: boolean;
  /** The site's privacy request form, offered when there is no email address. */
  webform?: string | undefined;
  /** The company's preferred way (company directory): its form or a printed letter comes first. */
  preferred?: 'letter' | 'webform' | undefined;
  /** The page the popup works on is that form: filling it is the main action. */
  onFormPage?: boolean;
  onCopy: () => void;
  onDownloadEml: () => void;
  onPrint: () => void;
  /** Fills the form in the page with the letter (injected on this click only). */
  onFillForm?: () => void;
  /** The site's web form was opened (the letter copied): "I sent it" then records the form. */
  onOpenForm?: () => void;
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
  // The one main way: the form when the user is on it or the company prefers it, the printed
  // letter when it prefers letters, else the mail app when there is an address, else form, letter.
  const main = (): 'form' | 'mail' | 'letter' => {
    if (props.webform && (props.onFormPage || props.preferred === 'webform')) {
      return 'form';
    }
    if (props.preferred === 'letter') {
      return 'letter';
    }
    return props.enabled ? 'mail' : props.webform ? 'form' : 'letter';
  };
  const fill = (primary: boolean) => (
    <Show when={props.onFillForm}>
      <button type="button" class={primary ? 'primary' : ''} onClick={() => props.onFillForm?.()}>
        {t('fill_button')}
      </button>
    </Show>
  );
  const openForm = (primary: boolean) => (
    <Show when={props.webform}>
      {(form) => (
        <a
          class={primary ? 'button primary' : 'button'}
          href={form()}
          target="_blank"
          rel="noopener noreferrer"
          onClick={() => {
            props.onCopy();
            props.onOpenForm?.();
          }}
        >
          {t('send_webform')}
        </a>
      )}
    </Show>
  );
  const print = (primary: boolean) => (
    <button type="button" class={primary ? 'primary' : ''} onClick={() => props.onPrint()}>
      {t('send_print')}
    </button>
  );
  const mailApp = (primary: boolean) => (
    <Show
      when={full()}
      fallback={
        <a
          class={primary ? 'button primary' : 'button'}
          href={short()}
          onClick={() => {
            props.onCopy();
            opened('mail-app');
          }}
        >
          {t('send_copy_and_open')}
        </a>
      }
    >
      {(link) => (
        <a
          class={primary ? 'button primary' : 'button'}
          href={link()}
          onClick={() => opened('mail-app')}
        >
          {t('req_open_mail_app')}
        </a>
      )}
    </Show>
  );
  return (
    <div class="req-actions" role="group" aria-label={t('req_actions_label')}>
      <p class="send-main">
        <Switch>
          <Match when={main() === 'form' && props.onFormPage}>
            {fill(true)}
            <span class="muted small">{t('fill_hint')}</span>
          </Match>
          <Match when={main() === 'form'}>
            {openForm(true)}
            <span class="muted small">{t('send_webform_hint')}</span>
          </Match>
          <Match when={main() === 'letter'}>{print(true)}</Match>
          <Match when={main() === 'mail'}>
            {mailApp(true)}
            <Show when={!full()}>
              <span class="muted small">{t('send_copy_and_open_hint')}</span>
            </Show>
          </Match>
        </Switch>
      </p>
      <p class="send-more">
        <span class="muted small">{t('send_other_ways')}</span>
        <Show when={main() === 'form' && !props.onFormPage}>{fill(false)}</Show>
        <Show when={main() !== 'form' && props.webform}>
          {openForm(false)}
          {fill(false)}
        </Show>
        <Show when={props.enabled}>
          <Show when={main() !== 'mail'}>{mailApp(false)}</Show>
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
        </Show>
        <button type="button" onClick={() => props.onCopy()}>
          {t('req_copy')}
        </button>
        <Show when={main() !== 'letter'}>{print(false)}</Show>
      </p>
    </div>
  );
}
