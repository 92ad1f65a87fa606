import { createSignal, onCleanup, type Accessor } from 'solid-js';
import type { TrackedRequest } from '../deadlines/schema';
import { ledgerItem, readLedger, type LedgerProblem } from '../storage/ledger';
import { quarantineItem, readQuarantine, type QuarantinedValue } from '../storage/quarantine';

export interface LedgerSignals {
  requests: Accessor<TrackedRequest[]>;
  /** What the last read found wrong (set aside already); shown until the page is reloaded. */
  problems: Accessor<LedgerProblem[]>;
  /** Everything set aside so far, whatever the key; the dashboard offers to export it. */
  quarantine: Accessor<QuarantinedValue[]>;
  loaded: Accessor<boolean>;
  refresh: () => Promise<void>;
}

/**
 * The ledger as Solid signals, kept current when any part of the extension writes it (storage
 * watch). Call inside a component or a root: the watch is removed on cleanup.
 */
export function createLedger(): LedgerSignals {
  const [requests, setRequests] = createSignal<TrackedRequest[]>([]);
  const [problems, setProblems] = createSignal<LedgerProblem[]>([]);
  const [quarantine, setQuarantine] = createSignal<QuarantinedValue[]>([]);
  const [loaded, setLoaded] = createSignal(false);

  const refresh = async () => {
    const read = await readLedger();
    setRequests(read.requests);
    // Keep earlier problems: a repair read is followed by clean reads, the user must still know.
    if (read.problems.length > 0) {
      setProblems((earlier) => {
        const seen = new Set(earlier.map((p) => JSON.stringify(p)));
        return [...earlier, ...read.problems.filter((p) => !seen.has(JSON.stringify(p)))];
      });
    }
    setQuarantine(await readQuarantine());
    setLoaded(true);
  };

  const unwatch = ledgerItem.watch(() => void refresh());
  // Set-aside data changes alone too (an import's rejected entries, the user clearing it).
  const unwatchAside = quarantineItem.watch(() => void readQuarantine().then(setQuarantine));
  onCleanup(() => {
    unwatch();
    unwatchAside();
  });
  void refresh();
  return { requests, problems, quarantine, loaded, refresh };
}
