import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DirectoryIndex } from '../../lib/directory/lookup';
import { parseDirectory } from '../../lib/directory/parse-directory';

let loading: Promise<DirectoryIndex> | undefined;

/** Next to this file in Node; from the project root where a test environment serves modules over http. */
function dataPath(): string {
  const url = new URL('../../lib/directory/companies.data.json', import.meta.url);
  return url.protocol === 'file:'
    ? fileURLToPath(url)
    : resolve(process.cwd(), 'lib/directory/companies.data.json');
}

/** The shipped company directory, read from the repository once per process. */
export function loadDirectory(): Promise<DirectoryIndex> {
  loading ??= readFile(dataPath(), 'utf8').then(parseDirectory);
  return loading;
}
