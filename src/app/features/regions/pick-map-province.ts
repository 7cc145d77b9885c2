import type { IndicatorRecord } from "../../../schema/dataset";
import { provinceCodeOf } from "../../data/region-hierarchy";

/**
 * Provinces a map can be drawn for, best first: one the region filter
 * names, then those with the most prefecture or county figures in the
 * current selection, then in all the records in view.
 */
export function mapProvinces(
  selection: readonly IndicatorRecord[],
  all: readonly IndicatorRecord[],
  filterRegions: readonly string[],
): string[] {
  const score = new Map<string, number>();
  const add = (r: IndicatorRecord, weight: number) => {
    if (!r.region.code || r.region.level === "country") return;
    const province = provinceCodeOf(r.region.code);
    const lower = r.region.level === "prefecture" || r.region.level === "county" ? 1 : 0.01;
    score.set(province, (score.get(province) ?? 0) + weight * lower);
  };
  for (const r of all) add(r, 1);
  for (const r of selection) add(r, 1000);
  for (const code of filterRegions) {
    if (/^\d{6}$/u.test(code) && !code.startsWith("10")) {
      const province = provinceCodeOf(code);
      score.set(province, (score.get(province) ?? 0) + 1e9);
    }
  }
  return [...score.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([code]) => code);
}
