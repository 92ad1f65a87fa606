/**
 * Builds lib/directory/companies.data.json, the company directory the extension ships, from the
 * Datenanfragen.de company database snapshot (CC0-1.0; see its PROVENANCE.md):
 *
 *   npm run build:directory [-- <companies.jsonl> [<PROVENANCE.md>]]
 *
 * Every record is checked against SnapshotRecord; one that fails stops the build (never dropped
 * silently). The output is one record per line, so a new snapshot reads as a diff. Never fetched
 * at run time: re-run after updating the snapshot, and commit the result.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { compactRecord } from '../lib/directory/compact-record';
import { DirectoryData, SnapshotRecord } from '../lib/directory/schema';

const DEFAULT_DIR = '/work/shared/datasets/companies';
const OUT = new URL('../lib/directory/companies.data.json', import.meta.url);

function origin(provenance: string): DirectoryData['origin'] {
  const commit = /commit ([0-9a-f]{40})/.exec(provenance)?.[1];
  const date = /commit [0-9a-f]{40} \((\d{4}-\d{2}-\d{2})\)/.exec(provenance)?.[1];
  if (!commit || !date) {
    throw new Error('PROVENANCE.md names no "commit <sha> (<date>)"');
  }
  return { repository: 'https://github.com/datenanfragen/data', commit, date };
}

function main(args: string[]): void {
  const input = args[0] ?? `${DEFAULT_DIR}/companies.jsonl`;
  const provenance = args[1] ?? input.replace(/[^/]*$/, 'PROVENANCE.md');
  const lines = readFileSync(input, 'utf8').split('\n').filter(Boolean);
  const records = lines.map((line, i) => {
    const parsed = SnapshotRecord.safeParse(JSON.parse(line));
    if (!parsed.success) {
      throw new Error(`${input}:${i + 1}: ${parsed.error.message.slice(0, 300)}`);
    }
    return compactRecord(parsed.data);
  });
  records.sort((a, b) => a.slug.localeCompare(b.slug));
  const data = DirectoryData.parse({
    origin: origin(readFileSync(provenance, 'utf8')),
    license: 'CC0-1.0',
    records,
  });
  const body = data.records.map((r) => JSON.stringify(r)).join(',\n');
  const head = JSON.stringify({ origin: data.origin, license: data.license });
  const text = `${head.slice(0, -1)},"records":[\n${body}\n]}\n`;
  writeFileSync(OUT, text);
  process.stdout.write(
    `${records.length} records → ${OUT.pathname}: ${text.length} B, ${gzipSync(text, { level: 9 }).byteLength} B gzipped\n`,
  );
}

main(process.argv.slice(2));
