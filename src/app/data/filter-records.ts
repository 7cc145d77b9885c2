import type { IndicatorRecord } from "../../schema/dataset";
import { INDICATORS } from "../../schema/vocabulary";
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
  /** How many of `records` each region key has (counted in the same pass, for the overview's choice of region). */
  regionCounts: ReadonlyMap<string, number>;
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
  const { records, columns, regionKeyList } = index;
  // Each active filter becomes a lookup table over the numbers in `columns`.
  let regionOk: Uint8Array | null = null;
  if (filters.regions.length > 0) {
    const keys = new Set(filters.regions.flatMap((k) => descendantsOf(index.tree, k)));
    regionOk = new Uint8Array(regionKeyList.length);
    regionKeyList.forEach((key, i) => {
      if (keys.has(key)) (regionOk as Uint8Array)[i] = 1;
    });
  }
  let indicatorOk: Uint8Array | null = null;
  if (filters.indicators.length > 0) {
    const wanted = new Set(filters.indicators);
    indicatorOk = Uint8Array.from(INDICATORS, (id) => (wanted.has(id) ? 1 : 0));
  }
  const sectorSet = filters.sectors.length > 0 ? new Set(filters.sectors) : null;
  const from = filters.from ?? Number.NEGATIVE_INFINITY;
  const to = filters.to ?? Number.POSITIVE_INFINITY;

  const out: IndicatorRecord[] = [];
  // Survivors after each stage, to explain an empty view.
  let afterRegion = 0;
  let afterSector = 0;
  let afterIndicator = 0;
  let noSectorCount = 0;
  const { region, indicator, year, hasSector } = columns;
  const perRegion = new Uint32Array(regionKeyList.length);
  for (let i = 0; i < records.length; i++) {
    if (regionOk && regionOk[region[i] as number] === 0) continue;
    afterRegion += 1;
    const indicatorPasses = !indicatorOk || indicatorOk[indicator[i] as number] === 1;
    const y = year[i] as number;
    const periodPasses = y >= from && y <= to;
    const named = hasSector[i] === 1;
    if (!named && indicatorPasses && periodPasses) noSectorCount += 1;
    if (sectorSet && (!named || !(records[i] as IndicatorRecord).sectors.some((s) => sectorSet.has(s)))) continue;
    afterSector += 1;
    if (!indicatorPasses) continue;
    afterIndicator += 1;
    if (!periodPasses) continue;
    out.push(records[i] as IndicatorRecord);
    const r = region[i] as number;
    perRegion[r] = (perRegion[r] as number) + 1;
  }
  const regionCounts = new Map<string, number>();
  perRegion.forEach((count, i) => {
    if (count > 0) regionCounts.set(regionKeyList[i] as string, count);
  });

  let emptiedBy: FilterName | null = null;
  if (out.length === 0 && records.length > 0) {
    if (afterRegion === 0) emptiedBy = "region";
    else if (afterSector === 0) emptiedBy = "sector";
    else if (afterIndicator === 0) emptiedBy = "indicator";
    else emptiedBy = "period";
  }
  return { records: out, noSectorCount, emptiedBy, regionCounts };
}
