import { Match, Switch, type JSX } from 'solid-js';
import type { DocumentAnalysis } from '@/lib/app/analyze-document';
import type { PolicySource } from '@/lib/app/read-policy';
import type { ReadState } from '@/lib/ui/create-popup';
import { t } from '@/lib/ui/i18n';
import { ContactsView } from './ContactsView';
import { ReadErrorView } from './ReadErrorView';

/** The policy once read: where it came from, who to write to, and what follows (`children`). */
export function ReadView(props: {
  state: ReadState;
  onAllow: (origin: string) => void;
  children?: (done: { source: PolicySource; result: DocumentAnalysis }) => JSX.Element;
}) {
  return (
    <Switch>
      <Match when={props.state.status === 'reading'}>
        <p role="status">{t('read_reading')}</p>
      </Match>
      <Match when={props.state.status === 'error' && props.state.error}>
        {(error) => <ReadErrorView error={error()} onAllow={props.onAllow} />}
      </Match>
      <Match when={props.state.status === 'done' && props.state}>
        {(done) => (
          <>
            <p class="muted small" role="status">
              {viaText(done().source)}
            </p>
            <ContactsView contacts={done().result.contacts} />
            {props.children?.(done())}
          </>
        )}
      </Match>
    </Switch>
  );
}

function viaText(source: PolicySource): string {
  const origin = new URL(source.url).origin;
  switch (source.via) {
    case 'page':
      return t('read_via_page');
    case 'same-origin':
      return t('read_via_sameOrigin', origin);
    case 'other-origin':
      return t('read_via_otherOrigin', origin);
  }
}
