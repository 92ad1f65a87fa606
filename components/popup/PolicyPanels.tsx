import { createSignal, Show } from 'solid-js';
import { ProfileForm } from '@/components/request/ProfileForm';
import { RequestComposer } from '@/components/request/RequestComposer';
import { SummaryView } from '@/components/summary/summary-view';
import type { DocumentAnalysis } from '@/lib/app/analyze-document';
import type { RequestContext } from '@/lib/app/request-flow';
import type { RenderedRequest } from '@/lib/rights-requests/render';
import type { Profile } from '@/lib/rights-requests/schema';
import type { Evidence } from '@/lib/shared/policy-text';
import { t } from '@/lib/ui/i18n';

export interface PolicyPanelsProps {
  result: DocumentAnalysis;
  request: RequestContext;
  profile: Profile;
  today: string;
  onShowInPage: (evidence: Evidence) => void;
  onSaveProfile: (profile: Profile) => void;
  onSent: (rendered: RenderedRequest, sentDate: string) => void;
  onCopy: (text: string) => void;
  onDownloadEml: (file: { filename: string; content: string }) => void;
  /** Set once the request is in the ledger (or could not be saved), announced politely. */
  sentStatus?: string;
}

/** What a read policy declares, then the request drafted from it. */
export function PolicyPanels(props: PolicyPanelsProps) {
  const [composing, setComposing] = createSignal(false);
  return (
    <>
      <div class="card">
        <SummaryView
          analysis={props.result.analysis}
          onShowInPage={(e) => props.onShowInPage(e)}
          {...(props.result.changedSince ? { changedSince: props.result.changedSince } : {})}
        />
      </div>
      <section class="card" aria-labelledby="request-heading">
        <h2 id="request-heading">{t('panels_requestHeading')}</h2>
        <p class="muted small">{t('panels_requestIntro')}</p>
        <Show
          when={composing()}
          fallback={
            <button type="button" class="primary" onClick={() => setComposing(true)}>
              {t('panels_writeRequest')}
            </button>
          }
        >
          <details class="profile">
            <summary>{t('panels_profile')}</summary>
            <ProfileForm profile={props.profile} onSave={(p) => props.onSaveProfile(p)} />
          </details>
          <RequestComposer
            to={props.request.to}
            facts={props.request.facts}
            profile={props.profile}
            defaults={props.request.choice}
            today={props.today}
            {...(props.request.requiredFields
              ? { requiredFields: props.request.requiredFields }
              : {})}
            onSent={({ rendered, sentDate }) => props.onSent(rendered, sentDate)}
            onCopy={(text) => props.onCopy(text)}
            onDownloadEml={(file) => props.onDownloadEml(file)}
          />
        </Show>
        <p role="status" aria-live="polite">
          {props.sentStatus ?? ''}
        </p>
      </section>
    </>
  );
}
