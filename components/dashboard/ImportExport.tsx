import { createSignal } from 'solid-js';
import type { ImportOutcome } from '../../lib/app/ledger-service';
import { t } from '../../lib/ui/i18n';

export interface ImportExportProps {
  onExportJson: () => void;
  onExportIcs: () => void;
  onImport: (text: string) => Promise<ImportOutcome>;
}

function importDone(added: number, updated: number, rejected: number, duplicates = 0): string {
  const done = t('dash_import_done', added, updated);
  const parts = [done];
  if (rejected > 0) {
    parts.push(t('dash_import_rejected', rejected));
  }
  // Issue 10, item 11: two entries with one id are reported, never merged silently.
  if (duplicates > 0) {
    parts.push(t('dash_import_duplicates', duplicates));
  }
  return parts.join(' ');
}

/** Export buttons and the import file picker; the import result is announced (aria-live). */
export function ImportExport(props: ImportExportProps) {
  const [result, setResult] = createSignal<{ text: string; error: boolean }>();

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) {
      return;
    }
    const outcome = await props.onImport(await file.text());
    setResult(
      outcome.ok
        ? {
            text: importDone(outcome.added, outcome.updated, outcome.rejected, outcome.duplicates),
            error: false,
          }
        : { text: t('dash_import_error', outcome.error), error: true },
    );
    // The same file can be chosen again after fixing it.
    input.value = '';
  };

  return (
    <section class="dash-import-export" aria-labelledby="dash-io-title">
      <h2 id="dash-io-title">{t('dash_io_title')}</h2>
      <div class="dash-buttons">
        <button type="button" onClick={() => props.onExportJson()}>
          {t('dash_export')}
        </button>
        <button type="button" onClick={() => props.onExportIcs()}>
          {t('dash_export_ics')}
        </button>
      </div>
      <label>
        {t('dash_import')}
        <input
          type="file"
          accept="application/json,.json"
          onChange={(e) => void importFile(e.currentTarget)}
        />
      </label>
      <p role="status" aria-live="polite" classList={{ 'dash-error': result()?.error === true }}>
        {result()?.text ?? ''}
      </p>
    </section>
  );
}
