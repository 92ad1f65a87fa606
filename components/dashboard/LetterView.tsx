import { createSignal, Show } from 'solid-js';
import type { EscalationLetter as Letter } from '../../lib/letters/escalation-context';
import { t } from '../../lib/ui/i18n';
import { mailtoUrl } from './mailto';

export interface LetterViewProps {
  title: string;
  letter: Letter;
  idPrefix: string;
  mailtoLabel: string;
  /** "I sent it": records the escalation on the request's timeline. */
  markLabel: string;
  /** Resolves to an error message, or undefined once recorded. */
  onMark: () => Promise<string | undefined>;
  onCopy: (text: string) => Promise<boolean>;
  /** The same letter in the user's language, when it goes out in another one (read only). */
  translation?: Letter | undefined;
  /** Why it goes out in another language than the UI's: said when there is a translation. */
  why?: string;
}

/** A ready letter: subject and text to read or select, copy, open in the mail app, mark as sent. */
export function LetterView(props: LetterViewProps) {
  const [status, setStatus] = createSignal('');
  const copy = async () => {
    const ok = await props.onCopy(`${props.letter.subject}\n\n${props.letter.body}`);
    setStatus(ok ? t('dash_copied') : t('dash_copy_failed'));
  };
  const mark = async () => {
    const error = await props.onMark();
    setStatus(error === undefined ? t('dash_action_saved') : t('dash_action_failed', error));
  };
  const mailto = () => mailtoUrl(props.letter.to, props.letter.subject, props.letter.body);
  return (
    <section class="dash-letter" aria-labelledby={`${props.idPrefix}-title`}>
      <h5 id={`${props.idPrefix}-title`}>{props.title}</h5>
      <Show when={props.letter.fallback}>{(fallback) => <p>{fallback().note}</p>}</Show>
      <Show when={props.translation && props.why && !props.letter.fallback}>
        <p class="dash-letter-why">{props.why}</p>
      </Show>
      <label>
        {t('dash_letter_subject')}
        <input type="text" readOnly lang={props.letter.language} value={props.letter.subject} />
      </label>
      <label>
        {t('dash_letter_body')}
        <textarea readOnly lang={props.letter.language} value={props.letter.body} />
      </label>
      <Show when={props.translation}>
        {(own) => (
          <details class="dash-letter-translation">
            <summary>{t('dash_letter_translation')}</summary>
            <label>
              {t('dash_letter_translation_text')}
              <textarea
                readOnly
                lang={own().language}
                value={`${own().subject}\n\n${own().body}`}
              />
            </label>
          </details>
        )}
      </Show>
      <div class="dash-buttons">
        <button type="button" onClick={() => void copy()}>
          {t('dash_copy')}
        </button>
        <Show when={mailto()}>
          {(href) => (
            <a class="button" href={href()}>
              {props.mailtoLabel}
            </a>
          )}
        </Show>
        <button type="button" onClick={() => void mark()}>
          {props.markLabel}
        </button>
      </div>
      <p role="status" aria-live="polite">
        {status()}
      </p>
    </section>
  );
}
