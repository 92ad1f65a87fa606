import { Show, createMemo, createSignal, onMount, type JSX } from 'solid-js';
import { ProfileForm } from '@/components/request/ProfileForm';
import { RequestComposer } from '@/components/request/RequestComposer';
import { SummaryView } from '@/components/summary/summary-view';
import type { DocumentAnalysis } from '@/lib/app/analyze-document';
import type { OpenedVia } from '@/lib/app/opened-drafts';
import type { PolicySource } from '@/lib/app/read-policy';
import type { RequestContext } from '@/lib/app/request-flow';
import type { Draft, TabProgress } from '@/lib/app/tab-session';
import { checklistForLaw } from '@/lib/policy-analysis/law-checklist';
import { US_STATE_LAW_IDS, type Law } from '@/lib/shared/law';
import type { Right } from '@/lib/legal/catalogue.data';
import type { Channel } from '@/lib/deadlines/schema';
import type { RenderedRequest } from '@/lib/letters/render-request';
import type { Profile } from '@/lib/rights-requests/schema';
import type { Evidence } from '@/lib/shared/policy-text';
import { t } from '@/lib/ui/i18n';
import { buildVerdict, watchInCard } from '@/lib/ui/verdict';
import { ContactsView } from './ContactsView';
import { viaText } from './ReadView';
import { VerdictCard } from './VerdictCard';

export interface PolicyPanelsProps {
  result: DocumentAnalysis;
  source: PolicySource;
  request: RequestContext;
  profile: Profile;
  today: string;
  /** Where the user left off in this tab (restored when the popup reopens). */
  progress?: TabProgress;
  onProgress?: (progress: TabProgress) => void;
  onShowInPage: (evidence: Evidence) => void;
  onSaveProfile: (profile: Profile) => void;
  onSent: (rendered: RenderedRequest, sentDate: string, channel: Channel) => void;
  onCopy: (text: string) => void;
  onDownloadEml: (file: { filename: string; content: string }) => void;
  onPrint?: (letter: { subject: string; body: string; language: string }) => void;
  /** The letter went to a mail app: remembered so that the dashboard can offer "I sent it". */
  onOpened?: (rendered: RenderedRequest, via: OpenedVia) => void;
  /** The profile as typed, before it is saved (the letter follows it live). */
  onEditProfile?: (profile: Profile) => void;
  /** Fills the company's form in the page with the letter; resolves to what to announce. */
  onFillForm?: (letter: { subject: string; body: string }) => Promise<string>;
  /** Set once the request is in the ledger (or could not be saved), announced politely. */
  sentStatus?: string;
  /**
   * The company directory's note: it fills in after the verdict is shown, so it goes below the
   * verdict card and never moves the verdict or its buttons when it arrives.
   */
  directoryNote?: JSX.Element;
}

/**
 * What a read policy comes to: the verdict card with the main actions first (it fits a 400×600
 * popup), the request being written, then the details folded below. Focus follows each step.
 */
export function PolicyPanels(props: PolicyPanelsProps) {
  // Initial value only: where this tab's popup was left.
  // eslint-disable-next-line solid/reactivity
  const start = props.progress;
  const [draft, setDraft] = createSignal<Partial<Draft> | undefined>(
    start?.step === 'verdict' ? undefined : (start?.draft ?? {}),
  );
  const law = () => draft()?.law ?? props.request.choice.law;
  // A US site's policy is measured against the CCPA notice at collection whatever the letter's
  // law (a state law, or none for a resident of a state without one): US policies are written to it.
  const checklistLaw = (): Law => {
    const l = law();
    return l === 'us-none' || (US_STATE_LAW_IDS as readonly string[]).includes(l) ? 'ccpa' : l;
  };
  // The same law for the verdict's points to watch: a US policy is not held to GDPR articles.
  const verdict = createMemo(() =>
    buildVerdict(props.result.analysis, props.result.contacts, {
      usLaw: checklistLaw() === 'ccpa',
    }),
  );
  const checklist = createMemo(
    () => checklistForLaw(checklistLaw(), props.result.analysis) ?? null,
  );
  let verdictHeading: HTMLElement | undefined;
  let composerHeading: HTMLElement | undefined;

  onMount(() => (draft() ? composerHeading : verdictHeading)?.focus());

  const compose = (right?: Right) => {
    // Said first: the composer, once mounted, saves its own draft over this.
    props.onProgress?.({ step: 'compose' });
    setDraft(undefined);
    setDraft(right ? { right } : {});
    queueMicrotask(() => composerHeading?.focus());
  };
  // A controller the policy does not state (a guess: role `named`) is left to the contacts
  // panel, which says it is one.
  const source = () => {
    const controller = props.result.contacts.controller;
    return [controller?.role === 'named' ? undefined : controller?.name, viaText(props.source)]
      .filter(Boolean)
      .join(' · ');
  };

  return (
    <>
      <VerdictCard
        verdict={verdict()}
        segments={props.result.analysis.segments}
        source={source()}
        onShowInPage={(e) => props.onShowInPage(e)}
        ref={(el) => (verdictHeading = el)}
        actions={
          <>
            <button type="button" class="primary" onClick={() => compose('access')}>
              {t('verdict_action_access')}
            </button>
            <button type="button" onClick={() => compose('erasure')}>
              {t('verdict_action_erasure')}
            </button>
            <button type="button" class="link" onClick={() => compose()}>
              {t('verdict_action_other')}
            </button>
          </>
        }
      />
      {props.directoryNote}
      <Show when={draft()} keyed>
        {(initial) => (
          <section class="card composer-card" aria-label={t('panels_requestHeading')}>
            <RequestComposer
              to={props.request.to}
              facts={props.request.facts}
              profile={props.profile}
              defaults={props.request.choice}
              today={props.today}
              initial={initial}
              headingRef={(el) => (composerHeading = el)}
              onDraft={(d) => props.onProgress?.({ step: d.sent ? 'sent' : 'compose', draft: d })}
              onSent={({ rendered, sentDate, channel }) =>
                props.onSent(rendered, sentDate, channel)
              }
              onCopy={(text) => props.onCopy(text)}
              onDownloadEml={(file) => props.onDownloadEml(file)}
              webform={props.request.webform}
              postalAddress={props.request.postalAddress}
              {...(props.request.requiredFields
                ? { requiredFields: props.request.requiredFields }
                : {})}
              company={props.request.company}
              formFirst={props.request.formFirst}
              {...(props.onFillForm ? { onFillForm: props.onFillForm } : {})}
              onPrint={(letter) => props.onPrint?.(letter)}
              onOpened={({ rendered, via }) => props.onOpened?.(rendered, via)}
            />
            <details class="profile">
              <summary>{t('panels_profile')}</summary>
              <ProfileForm
                profile={props.profile}
                onSave={(p) => props.onSaveProfile(p)}
                onInput={(p) => props.onEditProfile?.(p)}
              />
            </details>
            <p role="status" aria-live="polite">
              {props.sentStatus ?? ''}
            </p>
          </section>
        )}
      </Show>
      <div class="card details-card">
        <SummaryView
          analysis={props.result.analysis}
          items={verdict().details}
          flags={verdict().flags}
          watchItems={verdict().watchItems}
          watchInCard={watchInCard(verdict())}
          checklist={checklist()}
          collapsed
          onShowInPage={(e) => props.onShowInPage(e)}
          {...(props.result.changedSince ? { changedSince: props.result.changedSince } : {})}
        />
      </div>
      <ContactsView contacts={props.result.contacts} />
    </>
  );
}
