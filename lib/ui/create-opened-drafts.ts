import { createSignal, onCleanup } from 'solid-js';
import { describeError } from '../app/ledger-service';
import {
  confirmOpenedDraft,
  forgetOpenedDraft,
  openedDraftsItem,
  readOpenedDrafts,
  type OpenedDraft,
} from '../app/opened-drafts';
import { say, t } from './i18n';

/**
 * The drafts waiting for "I sent it", kept current as the popup and the dashboard change them,
 * with the dashboard's two actions on them.
 */
export function createOpenedDrafts() {
  const [drafts, setDrafts] = createSignal<OpenedDraft[]>([]);
  const refresh = () => void readOpenedDrafts().then(setDrafts);
  onCleanup(openedDraftsItem.watch(refresh));
  refresh();
  return {
    opened: drafts,
    /** Resolves to an error message, or undefined once the request is in the ledger. */
    onConfirmOpened: async (key: string, sentDate: string) => {
      const tracked = await confirmOpenedDraft(key, sentDate);
      if (tracked.ok) {
        return undefined;
      }
      return tracked.error === 'gone' ? t('dash_opened_gone') : say(describeError(tracked.error));
    },
    onForgetOpened: (key: string) => void forgetOpenedDraft(key),
  };
}
