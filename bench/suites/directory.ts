/**
 * The company directory's size on disk and lookup time (issue 14 targets: ≤ 400 KB gzipped,
 * a lookup under 1 ms), and the injected form filler's size:   npm run bench -- --only=directory
 * CPU time of this process (process.cpuUsage), as in the other suites.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { indexDirectory, lookupCompany } from '../../lib/directory/lookup';
import type { DirectoryData } from '../../lib/directory/schema';

const FILE = new URL('../../lib/directory/companies.data.json', import.meta.url);

function cpuMs<T>(f: () => T): [T, number] {
  const t = process.cpuUsage();
  const out = f();
  const d = process.cpuUsage(t);
  return [out, (d.user + d.system) / 1000];
}

export function run(): Promise<void> {
  const text = readFileSync(FILE, 'utf8');
  const gz = gzipSync(text, { level: 9 }).byteLength;
  process.stdout.write(
    `companies.data.json: ${text.length} B raw, ${gz} B gzipped (target ≤ 409600 B gz)\n`,
  );
  const [data, parseMs] = cpuMs(() => JSON.parse(text) as DirectoryData);
  const [index, indexMs] = cpuMs(() => indexDirectory(data));
  process.stdout.write(
    `load: JSON.parse ${parseMs.toFixed(1)} ms + index ${indexMs.toFixed(1)} ms (cold: once per popup)\n`,
  );
  // Every record's web URL, a subdomain of it, its name and its first brand; plus misses.
  const queries = data.records.flatMap((r) => [
    ...(r.web ? [r.web, `https://shop.${new URL(r.web).hostname}/privacy`] : []),
    r.name,
    ...(r.runs?.slice(0, 1) ?? []),
  ]);
  queries.push('nobody-at-all.example', 'No Such Company Ltd');
  lookupCompany(index, queries[0] ?? '');
  let found = 0;
  const times = queries.map((q) => {
    const [matches, ms] = cpuMs(() => lookupCompany(index, q));
    found += matches.length > 0 ? 1 : 0;
    return ms;
  });
  times.sort((a, b) => a - b);
  const at = (p: number) => (times[Math.floor(p * (times.length - 1))] ?? 0).toFixed(3);
  process.stdout.write(
    `lookup: ${queries.length} queries (every web URL, a subdomain of it, name, first brand, 2 misses), ` +
      `${found} found; median ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms (target < 1 ms)\n`,
  );
  // The form filler injected on "Fill the form on this page", from the build when there is one.
  const dir = ['.output/chrome-mv3', '.output-e2e/chrome-mv3'].find((d) => existsSync(d));
  const filler = dir ? readFileSync(`${dir}/fill-form.js`) : undefined;
  process.stdout.write(
    filler
      ? `fill-form.js (injected on click): ${filler.byteLength} B, ${gzipSync(filler, { level: 9 }).byteLength} B gzipped [${dir}]\n`
      : 'fill-form.js: no build (npm run build first)\n',
  );
  return Promise.resolve();
}
