import type { IndicatorRecord } from "../../schema/dataset";

const PRECISION = { exact: 0, about: 1, more_than: 2, less_than: 2 } as const;

/**
 * One figure per chart point. Several reports may state the same figure; the
 * exact one wins over a bounded one, then the one with more restatements,
 * then the first, so the choice does not depend on file order beyond that.
 */
export function pickRecord(candidates: readonly IndicatorRecord[]): IndicatorRecord | undefined {
  let best: IndicatorRecord | undefined;
  for (const r of candidates) {
    if (!best) {
      best = r;
      continue;
    }
    const byPrecision = PRECISION[r.qualifier] - PRECISION[best.qualifier];
    if (byPrecision < 0 || (byPrecision === 0 && (r.alsoIn?.length ?? 0) > (best.alsoIn?.length ?? 0))) best = r;
  }
  return best;
}

/** Groups records by a key and keeps one per key (see pickRecord). */
export function pickByKey<K>(
  records: readonly IndicatorRecord[],
  key: (r: IndicatorRecord) => K,
): Map<K, IndicatorRecord> {
  const groups = new Map<K, IndicatorRecord[]>();
  for (const r of records) {
    const k = key(r);
    const list = groups.get(k);
    if (list) list.push(r);
    else groups.set(k, [r]);
  }
  const out = new Map<K, IndicatorRecord>();
  for (const [k, list] of groups) {
    const best = pickRecord(list);
    if (best) out.set(k, best);
  }
  return out;
}
