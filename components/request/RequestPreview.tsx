import { Show } from 'solid-js';
import { t } from '../../lib/ui/i18n';

/** Exactly what will be sent: the recipient (editable), the subject, the body (editable). */
export function RequestPreview(props: {
  to: string;
  toInvalid: boolean;
  subject: string;
  body: string;
  edited: boolean;
  onTo: (to: string) => void;
  onBody: (body: string) => void;
  onReset: () => void;
}) {
  return (
    <section class="req-preview" aria-labelledby="req-preview-title">
      <h3 id="req-preview-title">{t('req_preview_title')}</h3>
      <label for="req-to">{t('req_preview_to')}</label>
      <input
        id="req-to"
        type="email"
        autocomplete="off"
        spellcheck={false}
        value={props.to}
        aria-invalid={props.toInvalid}
        onInput={(e) => props.onTo(e.currentTarget.value)}
      />
      <p>
        {t('req_preview_subject')}
        {': '}
        <span data-testid="req-subject">{props.subject}</span>
      </p>
      <label for="req-body">{t('req_preview_body')}</label>
      <textarea
        id="req-body"
        rows={16}
        value={props.body}
        onInput={(e) => props.onBody(e.currentTarget.value)}
      />
      <Show when={props.edited}>
        <button type="button" onClick={() => props.onReset()}>
          {t('req_body_reset')}
        </button>
      </Show>
    </section>
  );
}
