import { indexDirectory, type DirectoryIndex } from './lookup';
import type { DirectoryData } from './schema';

/**
 * The shipped directory's text → its index. The caller reads the text: the extension as a lazily
 * loaded chunk (lib/app/directory.ts, `?raw`), the CLI from disk. It is read as text, never
 * imported as a JSON module: typing 3,000 records costs tsc half a minute, and JSON.parse of a
 * string is faster than a JavaScript object literal. The file is our own build output, validated
 * by scripts/build-directory.ts and a unit test, so it is not checked again here (zod over 3,000
 * records would cost more than every lookup together).
 */
export function parseDirectory(text: string): DirectoryIndex {
  return indexDirectory(JSON.parse(text) as DirectoryData);
}
