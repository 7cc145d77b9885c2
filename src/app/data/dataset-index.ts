import type { Dataset, DatasetWarning, DocumentEntry, IndicatorRecord } from "../../schema/dataset";
import { INDICATORS, type IndicatorId } from "../../schema/vocabulary";
import { buildRegionTree, type RegionTree, regionKey } from "./region-hierarchy";

/** Everything derived once per dataset, so filter changes only scan arrays. */
export interface DatasetIndex {
  dataset: Dataset;
  records: readonly IndicatorRecord[];
  /** Region key of records[i], computed once. */
  regionKeys: readonly string[];
  recordById: ReadonlyMap<string, IndicatorRecord>;
  recordsByRegion: ReadonlyMap<string, readonly IndicatorRecord[]>;
  recordsByIndicator: ReadonlyMap<IndicatorId, readonly IndicatorRecord[]>;
  recordsByYear: ReadonlyMap<number, readonly IndicatorRecord[]>;
  tree: RegionTree;
  /** Sector names with their record counts, most frequent first. */
  sectors: readonly { name: string; count: number }[];
  /** Records that name no sector. */
  noSectorCount: number;
  years: readonly number[];
  indicators: readonly IndicatorId[];
  documentById: ReadonlyMap<string, DocumentEntry>;
  warningsByRecord: ReadonlyMap<string, readonly DatasetWarning[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildDatasetIndex(dataset: Dataset): DatasetIndex {
  const records = dataset.records;
  const regionKeys: string[] = new Array(records.length);
  const recordById = new Map<string, IndicatorRecord>();
  const recordsByRegion = new Map<string, IndicatorRecord[]>();
  const recordsByIndicator = new Map<IndicatorId, IndicatorRecord[]>();
  const recordsByYear = new Map<number, IndicatorRecord[]>();
  const sectorCounts = new Map<string, number>();
  let noSectorCount = 0;

  records.forEach((r, i) => {
    const key = regionKey(r.region);
    regionKeys[i] = key;
    recordById.set(r.id, r);
    push(recordsByRegion, key, r);
    push(recordsByIndicator, r.indicator, r);
    push(recordsByYear, r.period.year, r);
    if (r.sectors.length === 0) noSectorCount += 1;
    for (const s of new Set(r.sectors)) sectorCounts.set(s, (sectorCounts.get(s) ?? 0) + 1);
  });

  const warningsByRecord = new Map<string, DatasetWarning[]>();
  for (const w of dataset.warnings) for (const id of new Set(w.records)) push(warningsByRecord, id, w);

  return {
    dataset,
    records,
    regionKeys,
    recordById,
    recordsByRegion,
    recordsByIndicator,
    recordsByYear,
    tree: buildRegionTree(records),
    sectors: [...sectorCounts.entries()]
      .map(([name, count]) => ({ name, count }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "zh-CN")),
    noSectorCount,
    years: [...recordsByYear.keys()].sort((a, b) => a - b),
    indicators: INDICATORS.filter((id) => recordsByIndicator.has(id)),
    documentById: new Map(dataset.documents.map((d) => [d.id, d])),
    warningsByRecord,
  };
}
