import { join } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compactRecord } from '../../../lib/directory/compact-record';
import { DirectoryData, SnapshotRecord } from '../../../lib/directory/schema';

const SNAPSHOT = '/work/shared/datasets/companies/companies.jsonl';
const data: unknown = JSON.parse(
  readFileSync(join(process.cwd(), 'lib/directory/companies.data.json'), 'utf8'),
);

describe.skipIf(!existsSync(SNAPSHOT))('the shipped directory is the build of the snapshot', () => {
  it('has every snapshot record, compacted, and nothing else (re-run npm run build:directory)', () => {
    const snapshot = readFileSync(SNAPSHOT, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => compactRecord(SnapshotRecord.parse(JSON.parse(line))))
      .sort((a, b) => a.slug.localeCompare(b.slug));
    expect(DirectoryData.parse(data).records).toEqual(snapshot);
  });
});
