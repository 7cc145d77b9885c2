import type { IndicatorRecord } from "../../schema/dataset";
import { regionKey } from "../data/region-hierarchy";

/**
 * Keeps regions of comparable size: when at least two prefectures, counties
 * or zones are present, provinces and the country (an order of magnitude
 * larger) are left out rather than flattening every other bar.
 */
export function comparableRegions(records: readonly IndicatorRecord[]): readonly IndicatorRecord[] {
  const noCountry = records.filter((r) => r.region.level !== "country");
  const lower = noCountry.filter((r) => r.region.level !== "province");
  const lowerRegions = new Set(lower.map((r) => regionKey(r.region)));
  return lowerRegions.size >= 2 ? lower : noCountry;
}
