import { indexDirectory, type DirectoryIndex } from './lookup';
import type { DirectoryData } from './schema';

let loading: Promise<DirectoryIndex> | undefined;

/**
 * The shipped directory, indexed, loaded on first use (a separate chunk in the extension: 1.4 MB
 * of JSON stays out of the popup's first paint) and kept for the page's lifetime. The file is our
 * own build output, validated by scripts/build-directory.ts and a unit test, so it is not parsed
 * again here (zod over 3,000 records would cost more than the lookup saves).
 */
export function loadDirectory(): Promise<DirectoryIndex> {
  loading ??= import('./companies.data.json').then((m) =>
    indexDirectory(m.default as DirectoryData),
  );
  return loading;
}
