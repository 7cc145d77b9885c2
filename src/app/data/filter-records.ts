import type { IndicatorRecord } from "../../schema/dataset";
import type { Filters } from "../view-props";
import type { DatasetIndex } from "./dataset-index";
import { descendantsOf } from "./region-hierarchy";

/** Filters in the order they are applied; the empty state names the first that emptied the view. */
export const FILTER_ORDER = ["region", "sector", "indicator", "period"] as const;
export type FilterName = (typeof FILTER_ORDER)[number];

export interface FilterResult {
  records: readonly IndicatorRecord[];
  /** Records that pass every other filter but name no sector (hidden when a sector filter is set). */
  noSectorCount: number;
  /** The first filter after which nothing was left, or null when records remain (or the dataset is empty). */
  emptiedBy: FilterName | null;
}

export const EMPTY_FILTERS: Filters = { regions: [], sectors: [], indicators: [], from: null, to: null };

export function isFilterActive(filters: Filters, name: FilterName): boolean {
  switch (name) {
    case "region":
      return filters.regions.length > 0;
    case "sector":
      return filters.sectors.length > 0;
    case "indicator":
      return filters.indicators.length > 0;
    case "period":
      return filters.from !== null || filters.to !== null;
  }
}

/** The filters with one of them cleared. */
export function clearFilter(filters: Filters, name: FilterName): Filters {
  switch (name) {
    case "region":
      return { ...filters, regions: [] };
    case "sector":
      return { ...filters, sectors: [] };
    case "indicator":
      return { ...filters, indicators: [] };
    case "period":
      return { ...filters, from: null, to: null };
  }
}

/**
 * Applies all filters in one pass over the records. A selected region keeps
 * its own records and those of every region below it; a sector filter keeps
 * records that name at least one selected sector.
 */
export function filterRecords(index: DatasetIndex, filters: Filters): FilterResult {
  const regionSet =
    filters.regions.length > 0 ? new Set(filters.regions.flatMap((k) => descendantsOf(index.tree, k))) : null;
  const sectorSet = filters.sectors.length > 0 ? new Set(filters.sectors) : null;
  const indicatorSet = filters.indicators.length > 0 ? new Set(filters.indicators) : null;
  const from = filters.from ?? Number.NEGATIVE_INFINITY;
  const to = filters.to ?? Number.POSITIVE_INFINITY;

  const out: IndicatorRecord[] = [];
  // Survivors after each stage, to explain an empty view.
  let afterRegion = 0;
  let afterSector = 0;
  let afterIndicator = 0;
  let noSectorCount = 0;
  const { records, regionKeys } = index;
  for (let i = 0; i < records.length; i++) {
    const r = records[i] as IndicatorRecord;
    if (regionSet && !regionSet.has(regionKeys[i] as string)) continue;
    afterRegion += 1;
    const indicatorOk = !indicatorSet || indicatorSet.has(r.indicator);
    const periodOk = r.period.year >= from && r.period.year <= to;
    if (r.sectors.length === 0 && indicatorOk && periodOk) noSectorCount += 1;
    if (sectorSet && !r.sectors.some((s) => sectorSet.has(s))) continue;
    afterSector += 1;
    if (!indicatorOk) continue;
    afterIndicator += 1;
    if (!periodOk) continue;
    out.push(r);
  }

  let emptiedBy: FilterName | null = null;
  if (out.length === 0 && records.length > 0) {
    if (afterRegion === 0) emptiedBy = "region";
    else if (afterSector === 0) emptiedBy = "sector";
    else if (afterIndicator === 0) emptiedBy = "indicator";
    else emptiedBy = "period";
  }
  return { records: out, noSectorCount, emptiedBy };
}
