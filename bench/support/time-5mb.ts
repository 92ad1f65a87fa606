/**
 * One family of hostile-families.ts at 5 MB, in a process of its own (run by bench/suites/hostile.ts):
 * as `npm run cli -- analyze` meets it, not after other 5 MB pages have filled the heap (linkedom
 * keeps a WeakMap entry per node, and a full heap made later parses several times slower).
 * Prints the CPU milliseconds of the whole read (`whole`: parse, blocks, analysis, contacts, links)
 * or of the parse and blocks alone (`parse`), each measured first in its process.
 *   node --import tsx bench/support/time-5mb.ts <family index> whole|parse
 */
import { analyze } from '../../cli/commands/analyze';
import { loadPolicy } from '../../cli/support/load-policy';
import { HOSTILE_FAMILIES } from './hostile-families';

const TODAY = '2026-01-01';
const URL_ = 'https://shop.example/privacy';

function cpu(work: () => unknown): number {
  const t0 = process.cpuUsage();
  work();
  const { user, system } = process.cpuUsage(t0);
  return (user + system) / 1000;
}

const family = HOSTILE_FAMILIES[Number(process.argv[2])];
if (!family) {
  throw new Error(`no family ${process.argv[2]}`);
}
const input = family.kind === 'text' ? 'policy.txt' : 'policy.html';
analyze(input, family.make(1000), URL_, TODAY); // warm-up: rule compilation, JIT
const content = family.make(5_000_000);
const ms =
  process.argv[3] === 'parse'
    ? cpu(() => loadPolicy(input, content))
    : cpu(() => analyze(input, content, URL_, TODAY));
process.stdout.write(`${ms}\n`);
