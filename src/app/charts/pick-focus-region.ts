import type { IndicatorRecord, Region } from "../../schema/dataset";
import { regionKey } from "../data/region-hierarchy";

export interface RegionChoice {
  key: string;
  region: Region;
  count: number;
}

const LEVEL_ORDER = { country: 0, province: 1, prefecture: 2, county: 3, zone: 4 } as const;

/**
 * The regions a view can focus on (those with records it draws), most
 * records first; a region the filters name comes first, so choosing 晋城市
 * in the filter bar shows 晋城市's series.
 */
export function listFocusRegions(records: readonly IndicatorRecord[], preferred: readonly string[]): RegionChoice[] {
  const byKey = new Map<string, RegionChoice>();
  for (const r of records) {
    const key = regionKey(r.region);
    const entry = byKey.get(key);
    if (entry) entry.count += 1;
    else byKey.set(key, { key, region: r.region, count: 1 });
  }
  const rank = (key: string) => {
    const i = preferred.indexOf(key);
    return i < 0 ? Number.POSITIVE_INFINITY : i;
  };
  return [...byKey.values()].sort(
    (a, b) =>
      rank(a.key) - rank(b.key) ||
      b.count - a.count ||
      LEVEL_ORDER[a.region.level] - LEVEL_ORDER[b.region.level] ||
      a.key.localeCompare(b.key),
  );
}
