/** Counts of one binary decision (a label) over many items. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 });

export function count(counts: Counts, predicted: boolean, gold: boolean): void {
  if (predicted && gold) {
    counts.tp++;
  } else if (predicted) {
    counts.fp++;
  } else if (gold) {
    counts.fn++;
  } else {
    counts.tn++;
  }
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

/** Precision, recall and F1; 0 where undefined (no prediction / no gold), as scikit-learn does. */
export function prf({ tp, fp, fn }: Counts): { precision: number; recall: number; f1: number } {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return { precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
}

export function accuracy({ tp, fp, fn, tn }: Counts): number {
  return ratio(tp + tn, tp + fp + fn + tn);
}

export const round3 = (x: number) => Math.round(x * 1000) / 1000;

export const mean = (xs: number[]) =>
  ratio(
    xs.reduce((a, b) => a + b, 0),
    xs.length,
  );
