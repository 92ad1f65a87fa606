import { Show } from 'solid-js';
import { renderComplaint } from '../../lib/letters/render-complaint';
import { renderFollowUp } from '../../lib/letters/render-follow-up';
import type { TrackedRequest } from '../../lib/deadlines/schema';
import { sentTo } from '../../lib/deadlines/sent-to';
import type { EscalationLetter as Letter } from '../../lib/letters/escalation-context';
import type { RequestState } from '../../lib/deadlines/timeline';
import { t, uiLanguage } from '../../lib/ui/i18n';
import { authorityName } from '../../lib/ui/legal-names';
import { languageName } from '../request/labels';
import { LetterView } from './LetterView';
import { safeHttpUrl } from './mailto';
import type { RecordEvent } from './RequestActions';

export interface EscalationProps {
  request: TrackedRequest;
  state: RequestState;
  today: string;
  onRecord: RecordEvent;
  onCopy: (text: string) => Promise<boolean>;
}

/**
 * For a request past its deadline: the follow-up to the controller and the complaint to the
 * supervisory authority of its country (GDPR Art. 77), both filled with the request's timeline.
 */
export function Escalation(props: EscalationProps) {
  const prefix = () => `esc-${props.request.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const followUp = () => renderFollowUp(props.request, props.today, uiLanguage());
  const complaint = () => renderComplaint(props.request, props.today, uiLanguage());
  // Issue 15: a letter that goes out in another language is shown in the user's too, to read.
  const ui = () => uiLanguage().split('-')[0] ?? 'en';
  const followUpOwn = () =>
    translation(followUp(), renderFollowUp(props.request, props.today, ui(), { language: ui() }));
  const complaintOwn = () =>
    translation(complaint(), renderComplaint(props.request, props.today, ui(), { language: ui() }));
  const mark = (to: 'controller' | 'authority', recipient: string) =>
    props.onRecord({ type: 'escalated', date: props.today, to, recipient });

  return (
    <section class="dash-escalation" aria-labelledby={`${prefix()}-title`}>
      <h4 id={`${prefix()}-title`}>{t('dash_escalation_title')}</h4>
      <p>{t('dash_escalation_intro')}</p>
      <LetterView
        title={t('dash_followup_title', props.request.controller)}
        letter={followUp()}
        translation={followUpOwn()}
        why={t('dash_letter_why_followup', languageName(followUp().language))}
        idPrefix={`${prefix()}-followup`}
        mailtoLabel={t('dash_mailto_followup')}
        markLabel={t('dash_mark_followup')}
        onMark={() => mark('controller', sentTo(props.request))}
        onCopy={props.onCopy}
      />
      <Show when={complaint().authority} fallback={<p>{t('dash_complaint_none')}</p>}>
        {(authority) => (
          <>
            <Show when={safeHttpUrl(authority().complaintUrl)}>
              {(href) => (
                <p class="dash-link-line">
                  <a href={href()} target="_blank" rel="noopener noreferrer">
                    {t('dash_complaint_page', authorityName(authority()))}
                  </a>
                </p>
              )}
            </Show>
            <LetterView
              title={t('dash_complaint_title', authorityName(authority()))}
              letter={complaint()}
              translation={complaintOwn()}
              why={t(
                'dash_letter_why_complaint',
                languageName(complaint().language),
                authorityName(authority()),
              )}
              idPrefix={`${prefix()}-complaint`}
              mailtoLabel={t('dash_mailto_complaint', authorityName(authority()))}
              markLabel={t('dash_mark_complaint')}
              onMark={() => mark('authority', authority().name)}
              onCopy={props.onCopy}
            />
          </>
        )}
      </Show>
    </section>
  );
}

/** The user's copy, unless the letter is already in that language (or we have no other). */
function translation(letter: Letter, own: Letter): Letter | undefined {
  return own.language === letter.language ? undefined : own;
}
