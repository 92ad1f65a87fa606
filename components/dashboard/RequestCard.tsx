import { For, Show } from 'solid-js';
import type { ChannelKind, TrackedRequest } from '../../lib/deadlines/schema';
import { sentTo } from '../../lib/deadlines/sent-to';
import type { RequestState } from '../../lib/deadlines/timeline';
import { formatDate, t } from '../../lib/ui/i18n';
import { localCitation } from '../../lib/ui/legal-names';
import { Escalation } from './Escalation';
import { explain } from './explanations';
import { daysLeftLabel, lawLabel, rightLabel, statusLabel } from './labels';
import { RequestActions, type RecordEvent } from './RequestActions';
import { RequestTimeline } from './RequestTimeline';

/** How it was sent, said at a glance (ledger v2's channel). */
const CHANNEL_KEY: Record<ChannelKind, string> = {
  email: 'dash_channel_email',
  'web-form': 'dash_channel_webform',
  postal: 'dash_channel_postal',
};

/** Statuses where the clock no longer matters to the user. */
const SETTLED = new Set(['answered', 'closed']);

export interface RequestCardProps {
  request: TrackedRequest;
  state: RequestState;
  today: string;
  onRecord: RecordEvent;
  /** Past its deadline without an answer: the follow-up and the complaint are offered. */
  late: boolean;
  onCopy: (text: string) => Promise<boolean>;
  /** Deletes this request (the dashboard offers to undo); no button when absent. */
  onDelete?: () => void;
  onDeleteEvent?: (eventId: string) => void;
}

/** One request: who, what, its status and due date, why the date is what it is, its history. */
export function RequestCard(props: RequestCardProps) {
  const prefix = () => `req-${props.request.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  return (
    <article
      class={`dash-request${SETTLED.has(props.state.status) ? ' dash-settled' : ''}`}
      aria-labelledby={`${prefix()}-title`}
    >
      <h3 id={`${prefix()}-title`}>
        {props.request.controller} — {rightLabel(props.request.right)}
      </h3>
      {/* At a glance: status and due date; the next step when it is late; the rest on demand. */}
      <dl class="dash-facts dash-glance">
        <dt>{t('dash_status')}</dt>
        <dd class={`dash-status dash-status-${props.state.status}`}>
          {statusLabel(props.state.status)}
        </dd>
        <dt>{t('dash_due_date')}</dt>
        <dd>
          <time datetime={props.state.due}>{formatDate(props.state.due)}</time>
          <Show when={!SETTLED.has(props.state.status)}>
            {' '}
            ({daysLeftLabel(props.state.daysLeft)})
          </Show>
        </dd>
        <dt>{t('dash_sent')}</dt>
        <dd class="dash-channel" data-channel={props.request.channel.kind}>
          {formatDate(props.request.sentDate)}, {t(CHANNEL_KEY[props.request.channel.kind])}
        </dd>
      </dl>
      <Show when={props.late}>
        <Escalation
          request={props.request}
          state={props.state}
          today={props.today}
          onRecord={props.onRecord}
          onCopy={props.onCopy}
        />
      </Show>
      <details class="dash-more">
        <summary>{t('dash_compact_details')}</summary>
        <dl class="dash-facts">
          <Show when={props.state.extendedDue}>
            <dt>{t('dash_original_due')}</dt>
            <dd>
              <time datetime={props.state.originalDue}>{formatDate(props.state.originalDue)}</time>
            </dd>
          </Show>
          <Show when={props.state.acknowledgeBy}>
            {(by) => (
              <>
                <dt>{t('dash_acknowledge_by')}</dt>
                <dd>
                  <time datetime={by()}>{formatDate(by())}</time>
                </dd>
              </>
            )}
          </Show>
          <dt>{t('dash_law')}</dt>
          <dd>{lawLabel(props.request.law)}</dd>
          <dt>{t('dash_deadline_rule')}</dt>
          <dd>{localCitation(props.state.deadline.citation)}</dd>
          <dt>{t('dash_sent')}</dt>
          <dd>{t('dash_sent_to', formatDate(props.request.sentDate), sentTo(props.request))}</dd>
          <dt>{t('dash_site')}</dt>
          <dd>{props.request.site}</dd>
        </dl>
        <Show when={explain(props.state).length > 0}>
          <ul class="dash-explanations" aria-label={t('dash_explanations')}>
            <For each={explain(props.state)}>{(line) => <li>{line}</li>}</For>
          </ul>
        </Show>
        <Show when={props.request.notes}>{(notes) => <p class="dash-note">{notes()}</p>}</Show>
        <RequestTimeline
          events={props.request.events}
          headingId={`${prefix()}-history`}
          onDelete={props.onDeleteEvent}
        />
        <RequestActions today={props.today} idPrefix={prefix()} onRecord={props.onRecord} />
        <Show when={props.onDelete}>
          {(onDelete) => (
            <button type="button" class="dash-delete" onClick={() => onDelete()()}>
              {t('dash_delete_request')}
            </button>
          )}
        </Show>
      </details>
    </article>
  );
}
