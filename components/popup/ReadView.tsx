import { Match, Switch, type JSX } from 'solid-js';
import type { DocumentAnalysis } from '@/lib/app/analyze-document';
import type { PolicySource } from '@/lib/app/read-policy';
import type { ReadState } from '@/lib/ui/create-popup';
import { t } from '@/lib/ui/i18n';
import { ReadErrorView } from './ReadErrorView';

/** The policy once read: what follows (`children`: the verdict, the request), or why it failed. */
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
        {(done) => props.children?.(done())}
      </Match>
    </Switch>
  );
}

/** Where the policy was read from, in the reader's words. */
export function viaText(source: PolicySource): string {
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
