import { createSignal, onCleanup } from 'solid-js';
import type { DocumentAnalysis } from '../app/analyze-document';
import { withDirectory } from '../app/directory';
import { fillFormInTab } from '../app/fill-form';
import { describeError, trackSentRequest } from '../app/ledger-service';
import { copyText, saveEml, showInPage } from '../app/page-actions';
import {
  draftKey,
  forgetOpenedDraft,
  rememberOpenedDraft,
  type OpenedVia,
} from '../app/opened-drafts';
import { openPrintableLetter } from '../app/print-letter';
import { requestContext, sentRequest, type RequestContext } from '../app/request-flow';
import type { Channel } from '../deadlines/schema';
import { deriveState } from '../deadlines/timeline';
import type { Reconciled } from '../directory/reconcile';
import type { RenderedRequest } from '../letters/render-request';
import { EMPTY_PROFILE, readProfile, saveProfile, watchProfile } from '../storage/profile';
import type { Profile } from '../rights-requests/schema';
import type { Evidence } from '../shared/policy-text';
import type { PopupController } from './create-popup';
import { fillStatus } from './fill-status';
import { say, t, userLocale } from './i18n';

/** The popup's request side: the profile, the composer's context, and what "sent" does. */
export function createRequestPanel(popup: PopupController) {
  const [profile, setProfile] = createSignal<Profile>(EMPTY_PROFILE);
  const [status, setStatus] = createSignal<string>();
  void readProfile().then(setProfile);
  onCleanup(watchProfile(setProfile));

  // The directory's email stands in when the policy gives none (lib/app/directory.ts).
  const context = (result: DocumentAnalysis, directory?: Reconciled): RequestContext => {
    const pageUrl = popup.target()?.url ?? result.url;
    const ctx = requestContext(
      result,
      pageUrl,
      // The language the user reads Rightful in (their setting, else the browser's).
      userLocale(),
      { ...(profile().residence ? { residence: profile().residence } : {}), today: popup.today },
    );
    return withDirectory(ctx, directory, pageUrl);
  };

  return {
    profile,
    status,
    context,
    saveProfile: (p: Profile) => void saveProfile(p).then(setProfile),
    showInPage: (result: DocumentAnalysis, evidence: Evidence) => {
      const sentence = result.analysis.segments[evidence.segment]?.text ?? evidence.quote;
      void showInPage(result.url, sentence, popup.target());
    },
    copy: (text: string) =>
      void copyText(text).then((done) =>
        setStatus(done ? t('panels_copied') : t('panels_copyFailed')),
      ),
    downloadEml: saveEml,
    /** Fills the company's form in the tab with the letter and the profile's name and email. */
    fillForm: async (letter: { subject: string; body: string }) => {
      const p = profile();
      const outcome = await fillFormInTab(popup.target(), {
        message: letter.body,
        subject: letter.subject,
        ...(p.name?.trim() ? { name: p.name.trim() } : {}),
        ...(p.email?.trim() ? { email: p.email.trim() } : {}),
      });
      return fillStatus(outcome);
    },
    /** Live values of the profile form: the letter follows them before any Save. */
    editProfile: (p: Profile) => setProfile(p),
    print: (
      result: DocumentAnalysis,
      letter: { subject: string; body: string; language: string },
      directory?: Reconciled,
    ) => {
      const ctx = context(result, directory);
      const p = profile();
      void openPrintableLetter({
        sender: {
          ...(p.name ? { name: p.name } : {}),
          ...(p.postalAddress ? { postalAddress: p.postalAddress } : {}),
          ...(p.email ? { email: p.email } : {}),
        },
        recipient: {
          ...(ctx.facts.controllerName ? { name: ctx.facts.controllerName } : {}),
          ...(ctx.postalAddress ? { postalAddress: ctx.postalAddress } : {}),
        },
        date: popup.today,
        ...letter,
      });
    },
    /** The letter went to a mail app and the popup may close: the dashboard can confirm it. */
    opened: (
      result: DocumentAnalysis,
      rendered: RenderedRequest,
      via: OpenedVia,
      directory?: Reconciled,
    ) => {
      // The date is the one the user confirms later (rememberOpenedDraft keeps the rest).
      const request = sentRequest(rendered, popup.today, context(result, directory));
      const tabId = popup.target()?.tabId;
      void rememberOpenedDraft({
        key: draftKey(request),
        ...(tabId !== undefined ? { tabId } : {}),
        opened: popup.today,
        via,
        subject: rendered.subject,
        request,
      });
    },
    sent: (
      result: DocumentAnalysis,
      rendered: RenderedRequest,
      sentDate: string,
      directory?: Reconciled,
      channel?: Channel,
    ) => {
      const request = sentRequest(rendered, sentDate, context(result, directory), channel);
      void forgetOpenedDraft(draftKey(request));
      void trackSentRequest(request).then((tracked) => {
        setStatus(
          tracked.ok
            ? t('panels_tracked', deriveState(tracked.value, popup.today).due)
            : t('panels_notTracked', say(describeError(tracked.error))),
        );
      });
    },
  };
}
