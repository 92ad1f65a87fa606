import { For, Show } from 'solid-js';
import type { PrintableLetter } from '../../lib/app/print-letter';
import { t } from '../../lib/ui/i18n';

/** Lines of an address block; an empty block shows a line to fill in by hand. */
function Lines(props: { lines: (string | undefined)[]; blank: string }) {
  const lines = () =>
    props.lines.flatMap((l) => (l ? l.split(/\r?\n|,\s*/) : [])).filter((l) => l.trim());
  return (
    <Show when={lines().length > 0} fallback={<span class="letter-blank">{props.blank}</span>}>
      <For each={lines()}>{(line) => <span class="letter-line">{line}</span>}</For>
    </Show>
  );
}

/**
 * A print-ready postal letter: sender block, recipient block (placed for a window envelope),
 * date, subject and text. Text only, never HTML (the controller's name comes from a web page).
 */
export function PrintableLetterView(props: { letter: PrintableLetter | undefined }) {
  return (
    <Show
      when={props.letter}
      fallback={
        <main class="letter-page">
          <p role="alert">{t('letter_none')}</p>
        </main>
      }
    >
      {(letter) => (
        <main class="letter-page">
          <div class="no-print letter-tools">
            <button type="button" class="primary" onClick={() => window.print()}>
              {t('letter_print')}
            </button>
            <p class="muted small">{t('letter_print_hint')}</p>
            <Show when={!letter().sender.name || !letter().sender.postalAddress}>
              <p class="small">{t('letter_sender_missing')}</p>
            </Show>
            <Show when={!letter().recipient.postalAddress}>
              <p class="small">{t('letter_recipient_missing')}</p>
            </Show>
          </div>
          <article class="letter" lang={letter().language} aria-label={t('letter_title')}>
            <address class="letter-sender" aria-label={t('letter_sender')}>
              <Lines
                lines={[letter().sender.name, letter().sender.postalAddress, letter().sender.email]}
                blank={t('letter_sender_blank')}
              />
            </address>
            <address class="letter-recipient" aria-label={t('letter_recipient')}>
              <Lines
                lines={[letter().recipient.name, letter().recipient.postalAddress]}
                blank={t('letter_recipient_blank')}
              />
            </address>
            <p class="letter-date">{letter().date}</p>
            <p class="letter-subject">
              <strong>{letter().subject}</strong>
            </p>
            <div class="letter-body">{letter().body}</div>
          </article>
        </main>
      )}
    </Show>
  );
}
