import { Show, createMemo, createSignal } from 'solid-js';
import {
  CATALOGUE,
  rightsOf,
  type Language,
  type Law,
  type Right,
} from '../../lib/rights-requests/catalogue.data';
import { isLedgerDate, MIN_LEDGER_DATE } from '../../lib/deadlines/iso-date';
import type { LawChoice } from '../../lib/rights-requests/choose-law';
import { fieldsNeeded } from '../../lib/rights-requests/minimise';
import { renderLetter, type RenderedRequest } from '../../lib/rights-requests/render';
import type { PolicyFacts, Profile, ProfileField } from '../../lib/rights-requests/schema';
import { emlFilename, toEml } from '../../lib/rights-requests/to-eml';
import { toText } from '../../lib/rights-requests/to-text';
import { validateRecipient } from '../../lib/rights-requests/validate-recipient';
import { t } from '../../lib/ui/i18n';
import { FieldsUsed } from './FieldsUsed';
import { LawLanguagePicker } from './LawLanguagePicker';
import { RequestPreview } from './RequestPreview';
import { RightPicker } from './RightPicker';
import { SendActions } from './SendActions';
import { SentConfirm } from './SentConfirm';
import { deadlineText, recipientMessage } from './labels';

export interface RequestComposerProps {
  to: string;
  facts: PolicyFacts;
  profile: Profile;
  defaults: LawChoice;
  /** ISO date; the "sent" date defaults to it. */
  today: string;
  onSent: (request: { rendered: RenderedRequest; sentDate: string }) => void;
  onCopy: (text: string) => void;
  onDownloadEml: (file: { filename: string; content: string }) => void;
  /** Clock for the .eml Date header (tests pass a fixed one). */
  now?: () => Date;
  /** The company's own identification fields, when the directory knows them: these and no more. */
  requiredFields?: readonly ProfileField[];
}

/** The drafting panel: right, law, language, the exact preview (editable body), send, "I sent it". */
export function RequestComposer(props: RequestComposerProps) {
  const [law, setLaw] = createSignal<Law>(props.defaults.law);
  // A default language the law has no letters in falls back to the law's first language.
  const [language, setLanguage] = createSignal<Language>(
    CATALOGUE[props.defaults.law].languages.includes(props.defaults.language)
      ? props.defaults.language
      : (CATALOGUE[props.defaults.law].languages[0] ?? 'en'),
  );
  const [right, setRight] = createSignal<Right>('access');
  const [edited, setEdited] = createSignal<string>();
  // Initial value only: the user may change the date; a new `today` does not override it.
  // eslint-disable-next-line solid/reactivity
  const [sentDate, setSentDate] = createSignal(props.today);
  const [status, setStatus] = createSignal('');

  // The detected address, editable: the user may know a better one, or none was found.
  // eslint-disable-next-line solid/reactivity
  const [toInput, setToInput] = createSignal(props.to);
  const recipient = createMemo(() => validateRecipient(toInput()));
  const letter = createMemo(() =>
    renderLetter({
      law: law(),
      right: right(),
      language: language(),
      facts: props.facts,
      profile: props.profile,
      today: props.today,
      ...(props.requiredFields ? { requiredFields: props.requiredFields } : {}),
    }),
  );
  const body = () => {
    const l = letter();
    return edited() ?? (l.ok ? l.value.body : '');
  };
  const subject = () => {
    const l = letter();
    return l.ok ? l.value.subject : '';
  };
  const to = () => {
    const r = recipient();
    return r.ok ? r.value : toInput();
  };
  const message = () => ({ to: to(), subject: subject(), body: body() });
  const used = () => {
    const l = letter();
    return l.ok ? l.value.fieldsUsed : [];
  };
  const missing = () =>
    (props.requiredFields ?? fieldsNeeded(law(), right())).filter((f) => !used().includes(f));
  const refusal = () => {
    const r = recipient();
    return r.ok ? undefined : r.error;
  };
  const canSend = () => recipient().ok && letter().ok;

  const changeLaw = (next: Law) => {
    setLaw(next);
    if (!rightsOf(next).includes(right())) {
      setRight(rightsOf(next)[0] ?? 'access');
    }
    if (!CATALOGUE[next].languages.includes(language())) {
      setLanguage(CATALOGUE[next].languages[0] ?? 'en');
    }
    setEdited(undefined);
  };
  const changeRight = (next: Right) => {
    setRight(next);
    setEdited(undefined);
  };
  const changeLanguage = (next: Language) => {
    setLanguage(next);
    setEdited(undefined);
  };

  const copy = () => {
    props.onCopy(toText(message()));
    setStatus(t('req_copied'));
  };
  const download = () => {
    const eml = toEml(message(), (props.now ?? (() => new Date()))());
    if (eml.ok) {
      props.onDownloadEml({
        filename: emlFilename(law(), right(), props.today),
        content: eml.value,
      });
      setStatus(t('req_eml_ready'));
    }
  };
  const confirmSent = () => {
    const l = letter();
    if (!l.ok || !recipient().ok) {
      return;
    }
    // The ledger's own date check (a date field turns "03 01 26" into 0026-03-01); never future.
    if (!isLedgerDate(sentDate()) || sentDate() > props.today) {
      setStatus(t('req_sent_date_invalid', MIN_LEDGER_DATE, props.today));
      return;
    }
    props.onSent({ rendered: { ...l.value, to: to(), body: body() }, sentDate: sentDate() });
    setStatus(t('req_sent_done', sentDate()));
  };

  return (
    <section class="req-composer" aria-labelledby="req-title">
      <h2 id="req-title">{t('req_title')}</h2>
      <Show when={refusal()}>
        {(code) => (
          <p role="alert" class="req-error">
            {t('req_recipient_refused', toInput())} {recipientMessage(code())}
          </p>
        )}
      </Show>
      <RightPicker rights={rightsOf(law())} value={right()} onChange={changeRight} />
      <LawLanguagePicker
        law={law()}
        language={language()}
        languages={CATALOGUE[law()].languages}
        reasons={props.defaults.reasons}
        isDefault={law() === props.defaults.law && language() === props.defaults.language}
        onLaw={changeLaw}
        onLanguage={changeLanguage}
      />
      <p class="req-deadline">{deadlineText(CATALOGUE[law()].rights[right()]?.deadline)}</p>
      <FieldsUsed used={used()} missing={missing()} />
      <RequestPreview
        to={toInput()}
        toInvalid={!recipient().ok}
        subject={subject()}
        body={body()}
        edited={edited() !== undefined}
        onTo={setToInput}
        onBody={setEdited}
        onReset={() => setEdited(undefined)}
      />
      <SendActions message={message()} enabled={canSend()} onCopy={copy} onDownloadEml={download} />
      <SentConfirm
        date={sentDate()}
        max={props.today}
        disabled={!canSend()}
        onDate={setSentDate}
        onConfirm={confirmSent}
      />
      <p role="status" aria-live="polite" class="req-status">
        {status()}
      </p>
    </section>
  );
}
