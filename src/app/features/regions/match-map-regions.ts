import type { IndicatorRecord } from "../../../schema/dataset";

export interface MapFeatureRef {
  code: string;
  name: string;
}

// Short forms for matching names when codes differ (renamed or re-coded
// divisions): 太原市 → 太原, 延边朝鲜族自治州 → 延边朝鲜族, 锡林郭勒盟 → 锡林郭勒.
const SUFFIX = /(?:特别行政区|自治州|自治县|地区|新区|市|盟|州|县|区)$/u;

export function shortRegionName(name: string): string {
  const short = name.replace(SUFFIX, "");
  return short.length >= 2 ? short : name;
}

/**
 * Which record colours which map feature: by GB/T 2260 code first, then by
 * short name (the boundary files name places fully, "太原市", but a renamed
 * county keeps its old code there). Records that match no feature are
 * returned apart, to be listed beside the map (the province itself, zones,
 * counties, places in other provinces).
 */
export function matchMapRegions(
  records: readonly IndicatorRecord[],
  features: readonly MapFeatureRef[],
): { matched: Map<string, IndicatorRecord>; unmatched: IndicatorRecord[] } {
  const byCode = new Map(features.map((f) => [f.code, f]));
  const byShort = new Map(features.map((f) => [shortRegionName(f.name), f]));
  const matched = new Map<string, IndicatorRecord>();
  const unmatched: IndicatorRecord[] = [];
  for (const r of records) {
    const feature =
      (r.region.code ? byCode.get(r.region.code) : undefined) ??
      (r.region.level === "prefecture" || r.region.level === "county"
        ? byShort.get(shortRegionName(r.region.name))
        : undefined);
    if (feature && !matched.has(feature.code)) matched.set(feature.code, r);
    else if (!feature) unmatched.push(r);
  }
  return { matched, unmatched };
}
