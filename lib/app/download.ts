/**
 * Saves a file the user asked for (ledger export, calendar, set-aside data) through an
 * `<a download>` on an object URL: no `downloads` permission needed (PERMISSIONS.md).
 */
export function download(
  filename: string,
  content: string | Blob,
  type = 'application/json',
): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Firefox cancels a download whose URL is revoked in the same task; a minute is ample.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
