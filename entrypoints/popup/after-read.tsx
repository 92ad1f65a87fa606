import { DirectoryNote } from '@/components/directory/DirectoryNote';
import { PolicyPanels } from '@/components/popup/PolicyPanels';
import type { DocumentAnalysis } from '@/lib/app/analyze-document';
import type { PolicySource } from '@/lib/app/read-policy';
import type { PopupController } from '@/lib/ui/create-popup';
import { createDirectoryNote } from '@/lib/ui/create-directory-note';
import { createRequestPanel } from '@/lib/ui/create-request-panel';

/**
 * What follows a read policy: the verdict, the request and the directory note. Loaded with
 * import() once a policy is read (issue 12, weight): the composer, the letter templates and
 * libphonenumber stay out of the popup's first paint.
 */
export default function AfterRead(props: {
  popup: PopupController;
  source: PolicySource;
  result: DocumentAnalysis;
}) {
  // One popup controller for the popup's lifetime: read once.
  // eslint-disable-next-line solid/reactivity
  const panel = createRequestPanel(props.popup);
  const result = () => props.result;
  const directory = createDirectoryNote(result, () => props.popup.target()?.url ?? result().url);
  return (
    <PolicyPanels
      result={result()}
      source={props.source}
      progress={props.popup.progress()}
      onProgress={(progress) => props.popup.saveProgress(progress)}
      request={panel.context(result(), directory())}
      profile={panel.profile()}
      today={props.popup.today}
      onShowInPage={(evidence) => panel.showInPage(result(), evidence)}
      onSaveProfile={panel.saveProfile}
      onSent={(rendered, sentDate, channel) =>
        panel.sent(result(), rendered, sentDate, directory(), channel)
      }
      onCopy={panel.copy}
      onDownloadEml={panel.downloadEml}
      onFillForm={panel.fillForm}
      onPrint={(letter) => panel.print(result(), letter, directory())}
      onOpened={(rendered, via) => panel.opened(result(), rendered, via, directory())}
      onEditProfile={panel.editProfile}
      sentStatus={panel.status()}
      directoryNote={<DirectoryNote reconciled={directory()} loading={directory.loading} />}
    />
  );
}
