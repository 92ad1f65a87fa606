import { Show, createEffect, createMemo, createSignal, on } from 'solid-js';
import type { OpenedVia } from '../../lib/app/opened-drafts';
import type { Draft } from '../../lib/app/tab-session';
import {
  CATALOGUE,
  rightsOf,
  type Language,
  type Law,
  type Right,
} from '../../lib/legal/catalogue.data';
import { isLedgerDate, MIN_LEDGER_DATE } from '../../lib/deadlines/iso-date';
import type { Channel, ChannelKind } from '../../lib/deadlines/schema';
import { letterLanguage } from '../../lib/legal/letter-language';
import type { CompanyHints } from '../../lib/directory/request-defaults';
import type { LawChoice } from '../../lib/rights-requests/choose-law';
import { fieldsNeeded } from '../../lib/rights-requests/minimise';
import { renderLetter, type RenderedRequest } from '../../lib/letters/render-request';
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
import { replyDeadline } from '../../lib/legal/reply-deadline';

export interface RequestComposerProps {
  to: string;
  facts: PolicyFacts;
  profile: Profile;
  defaults: LawChoice;
  /** ISO date; the "sent" date defaults to it. */
  today: string;
  /** "I sent it": the letter as sent, the date, and how (mail, the web form, or by post). */
  onSent: (request: { rendered: RenderedRequest; sentDate: string; channel: Channel }) => void;
  onCopy: (text: string) => void;
  onDownloadEml: (file: { filename: string; content: string }) => void;
  /** Clock for the .eml Date header (tests pass a fixed one). */
  now?: () => Date;
  /** Where the user left off (the tab's session), or the right the user asked for. */
  initial?: Partial<Draft>;
  /** Every change, so that a closed popup loses nothing. */
  onDraft?: (draft: Draft) => void;
  /** The composer's heading, for moving focus to it. */
  headingRef?: (el: HTMLElement) => void;
  /** The site's privacy request form: the way in when there is no email address. */
  webform?: string | undefined;
  /** The controller's postal address from the policy, for a letter sent by post. */
  postalAddress?: string | undefined;
  /** Opens the letter as a print-ready postal letter. */
  onPrint?: (letter: { subject: string; body: string; language: Language }) => void;
  /** The letter went to a mail app (the popup may close): remembered for the dashboard. */
  onOpened?: (request: { rendered: RenderedRequest; via: OpenedVia }) => void;
  /** The company's own identification fields, when the directory knows them: these and no more. */
  requiredFields?: readonly ProfileField[];
  /** What the company's directory record (or being on its form) changes here. */
  company?: CompanyHints | undefined;
  /** The policy puts its request form before its (non-privacy) email addresses: the form first. */
  formFirst?: boolean | undefined;
  /** Fills the form in the page with the letter, on the user's click; resolves to what to say. */
  onFillForm?: (letter: { subject: string; body: string }) => Promise<string>;
}

/** The drafting panel: right, law, language, the exact preview (editable body), send, "I sent it". */
export function RequestComposer(props: RequestComposerProps) {
  // Initial values only: the composer owns its draft once open.
  /* eslint-disable solid/reactivity */
  const start = props.initial ?? {};
  const [law, setLaw] = createSignal<Law>(start.law ?? props.defaults.law);
  // A default language the law has no letters in falls back to the law's first language; a
  // Portuguese one takes the law's own variant (pt-PT under the GDPR, pt-BR under the LGPD).
  const inLaw = (next: Law, lang: Language): Language =>
    letterLanguage(next, lang) ?? CATALOGUE[next].languages[0] ?? 'en';
  const [language, setLanguage] = createSignal<Language>(
    inLaw(law(), start.language ?? props.defaults.language),
  );
  const [right, setRight] = createSignal<Right>(
    start.right && rightsOf(law()).includes(start.right) ? start.right : 'access',
  );
  const [edited, setEdited] = createSignal<string | undefined>(start.body);
  // The user may change the date; a new `today` does not override it.
  const [sentDate, setSentDate] = createSignal(start.sentDate ?? props.today);
  const [sent, setSent] = createSignal(start.sent);
  const [status, setStatus] = createSignal('');
  const [toInput, setToInput] = createSignal(start.to ?? props.to);
  // The way the user took last: "I sent it" records it (a form or a letter needs no email address).
  const [via, setVia] = createSignal<ChannelKind | undefined>(start.via);
  const [postedTo, setPostedTo] = createSignal('');
  /* eslint-enable solid/reactivity */

  // The detected address is editable: the user may know a better one, or none was found.
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
  /** What "I sent it" records; undefined while it could not be tracked (no address for it). */
  const channel = (): Channel | undefined => {
    const way = via();
    if (way === 'web-form' && props.webform) {
      return { kind: 'web-form', url: props.webform };
    }
    if (way === 'postal') {
      const address = props.postalAddress ?? postedTo().trim();
      return address ? { kind: 'postal', address } : undefined;
    }
    return recipient().ok ? { kind: 'email' } : undefined;
  };

  createEffect(
    on([right, law, language, toInput, edited, sentDate, sent, via], () =>
      props.onDraft?.({
        right: right(),
        law: law(),
        language: language(),
        to: toInput(),
        ...(edited() !== undefined ? { body: edited() } : {}),
        sentDate: sentDate(),
        ...(sent() ? { sent: sent() } : {}),
        ...(via() ? { via: via() } : {}),
      }),
    ),
  );

  const changeLaw = (next: Law) => {
    setLaw(next);
    if (!rightsOf(next).includes(right())) {
      setRight(rightsOf(next)[0] ?? 'access');
    }
    setLanguage(inLaw(next, language()));
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
  const fillForm = () => {
    const fill = props.onFillForm;
    if (fill && body().trim()) {
      setStatus('');
      setVia('web-form');
      void fill({ subject: subject(), body: body() }).then(setStatus);
    }
  };
  const confirmSent = () => {
    const l = letter();
    const how = channel();
    // Once only: a second click would file the same request twice.
    if (sent() || !l.ok || !how) {
      return;
    }
    // The ledger's own date check (a date field turns "03 01 26" into 0026-03-01); never future.
    if (!isLedgerDate(sentDate()) || sentDate() > props.today) {
      setStatus(t('req_sent_date_invalid', MIN_LEDGER_DATE, props.today));
      return;
    }
    setSent({ date: sentDate(), body: body() });
    // A form or a letter keeps the e-mail address only when there is a valid one.
    const sentTo = how.kind === 'email' || recipient().ok ? to() : '';
    props.onSent({
      rendered: { ...l.value, to: sentTo, body: body() },
      sentDate: sentDate(),
      channel: how,
    });
    setStatus(t('req_sent_done', sentDate()));
  };

  return (
    <section class="req-composer" aria-labelledby="req-title">
      <h2 id="req-title" tabindex="-1" ref={(el) => props.headingRef?.(el)}>
        {t('req_title')}
      </h2>
      {/* No address is not an error: the form and the postal letter are offered instead. */}
      <Show
        when={toInput().trim() !== '' && refusal()}
        fallback={
          <Show when={toInput().trim() === ''}>
            <p class="req-note">{t('send_no_email')}</p>
          </Show>
        }
      >
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
        isDefault={
          law() === props.defaults.law && language() === inLaw(law(), props.defaults.language)
        }
        onLaw={changeLaw}
        onLanguage={changeLanguage}
      />
      <p class="req-deadline">{deadlineText(replyDeadline(law(), right()))}</p>
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
      <Show when={props.company?.toFromDirectory}>
        {(snapshot) => (
          <Show when={toInput() === props.to}>
            <p class="muted small">{t('directory_toFrom', snapshot())}</p>
          </Show>
        )}
      </Show>
      <Show when={props.company?.needsIdDocument}>
        <p role="note" class="req-note">
          {t('directory_needsIdBefore')}
        </p>
      </Show>
      <SendActions
        message={message()}
        enabled={canSend()}
        webform={props.webform}
        preferred={props.company?.preferred ?? (props.formFirst ? 'webform' : undefined)}
        onFormPage={props.company?.onFormPage ?? false}
        {...(props.onFillForm && props.webform ? { onFillForm: fillForm } : {})}
        onCopy={copy}
        onDownloadEml={download}
        onOpenForm={() => setVia('web-form')}
        onPrint={() => {
          setVia('postal');
          props.onPrint?.({ subject: subject(), body: body(), language: language() });
        }}
        onOpened={(way) => {
          setVia('email');
          const l = letter();
          if (l.ok && !sent()) {
            props.onOpened?.({ rendered: { ...l.value, to: to(), body: body() }, via: way });
          }
        }}
      />
      <SentConfirm
        date={sentDate()}
        max={props.today}
        disabled={!letter().ok || !channel()}
        sent={sent()?.date}
        onDate={setSentDate}
        onConfirm={confirmSent}
        via={via()}
        address={
          via() === 'postal' && !props.postalAddress
            ? { value: postedTo(), onInput: setPostedTo }
            : undefined
        }
      />
      <p role="status" aria-live="polite" class="req-status">
        {status()}
      </p>
    </section>
  );
}
