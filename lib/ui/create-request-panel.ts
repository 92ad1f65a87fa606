import { createSignal, onCleanup } from 'solid-js';
import { browser } from 'wxt/browser';
import type { DocumentAnalysis } from '../app/analyze-document';
import { describeError, trackSentRequest } from '../app/ledger-service';
import { copyText, saveEml, showInPage } from '../app/page-actions';
import { openPrintableLetter } from '../app/print-letter';
import { requestContext, sentRequest, type RequestContext } from '../app/request-flow';
import { deriveState } from '../deadlines/timeline';
import type { RenderedRequest } from '../rights-requests/render';
import { EMPTY_PROFILE, readProfile, saveProfile, watchProfile } from '../storage/profile';
import type { Profile } from '../rights-requests/schema';
import type { Evidence } from '../shared/policy-text';
import type { PopupController } from './create-popup';
import { t } from './i18n';

/** The popup's request side: the profile, the composer's context, and what "sent" does. */
export function createRequestPanel(popup: PopupController) {
  const [profile, setProfile] = createSignal<Profile>(EMPTY_PROFILE);
  const [status, setStatus] = createSignal<string>();
  void readProfile().then(setProfile);
  onCleanup(watchProfile(setProfile));

  const context = (result: DocumentAnalysis): RequestContext =>
    requestContext(result, popup.target()?.url ?? result.url, browser.i18n.getUILanguage());

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
    /** Live values of the profile form: the letter follows them before any Save. */
    editProfile: (p: Profile) => setProfile(p),
    print: (
      result: DocumentAnalysis,
      letter: { subject: string; body: string; language: string },
    ) => {
      const ctx = context(result);
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
    sent: (result: DocumentAnalysis, rendered: RenderedRequest, sentDate: string) => {
      void trackSentRequest(sentRequest(rendered, sentDate, context(result))).then((tracked) => {
        setStatus(
          tracked.ok
            ? t('panels_tracked', deriveState(tracked.value, popup.today).due)
            : t('panels_notTracked', describeError(tracked.error)),
        );
      });
    },
  };
}
