import type { Dataset, DatasetWarning, DocumentEntry, IndicatorRecord } from "../../schema/dataset";
import { INDICATORS, type IndicatorId } from "../../schema/vocabulary";
import { compareZh } from "../format/compare-zh";
import { buildRegionTree, type RegionTree, regionKey } from "./region-hierarchy";

/** Everything derived once per dataset, so filter changes only scan arrays. */
export interface DatasetIndex {
  dataset: Dataset;
  records: readonly IndicatorRecord[];
  /** Region key of records[i], computed once. */
  regionKeys: readonly string[];
  /**
   * Columns for the filter loop, one entry per record: the region's number
   * in `regionKeyList`, the indicator's position in INDICATORS, the year,
   * and 1 when it names a sector. Typed arrays scan far faster than
   * property reads on 100,000 records of varied shape.
   */
  columns: { region: Uint32Array; indicator: Uint8Array; year: Int16Array; hasSector: Uint8Array };
  /** Distinct region keys; a record's number in columns.region points here. */
  regionKeyList: readonly string[];
  /** Built on first use (opening a record's source), not on load. */
  readonly recordById: ReadonlyMap<string, IndicatorRecord>;
  /** Records per indicator, for the indicator picker. */
  indicatorCounts: ReadonlyMap<IndicatorId, number>;
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
  const indicatorCounts = new Map<IndicatorId, number>();
  const years = new Set<number>();
  const sectorCounts = new Map<string, number>();
  let noSectorCount = 0;
  const n = records.length;
  const columns = {
    region: new Uint32Array(n),
    indicator: new Uint8Array(n),
    year: new Int16Array(n),
    hasSector: new Uint8Array(n),
  };
  const regionNumber = new Map<string, number>();
  const indicatorNumber = new Map<string, number>(INDICATORS.map((id, i) => [id, i]));
  // A decoded compact dataset shares one region object among the records
  // that name it: the key and number of the last one seen are reused while
  // records repeat it (as the records of one article do). Plain JSON gives
  // each record its own object; then this costs one comparison.
  let lastRegion: IndicatorRecord["region"] | null = null;
  let lastRegionKey = "";
  let lastRegionNumber = 0;
  const perIndicator = new Uint32Array(INDICATORS.length);
  // Sector lists counted per list object (shared in a compact dataset), then per name.
  const listCounts = new Map<readonly string[], number>();

  for (let i = 0; i < n; i++) {
    const r = records[i] as IndicatorRecord;
    if (r.region !== lastRegion) {
      lastRegion = r.region;
      lastRegionKey = regionKey(r.region);
      let number = regionNumber.get(lastRegionKey);
      if (number === undefined) {
        number = regionNumber.size;
        regionNumber.set(lastRegionKey, number);
      }
      lastRegionNumber = number;
    }
    regionKeys[i] = lastRegionKey;
    columns.region[i] = lastRegionNumber;
    const indicator = indicatorNumber.get(r.indicator) ?? 0;
    columns.indicator[i] = indicator;
    perIndicator[indicator] = (perIndicator[indicator] ?? 0) + 1;
    const year = r.period.year;
    columns.year[i] = year;
    years.add(year);
    const sectors = r.sectors;
    if (sectors.length === 0) {
      noSectorCount += 1;
      continue;
    }
    columns.hasSector[i] = 1;
    listCounts.set(sectors, (listCounts.get(sectors) ?? 0) + 1);
  }
  for (const [list, count] of listCounts) {
    for (const s of list.length === 1 ? list : new Set(list)) sectorCounts.set(s, (sectorCounts.get(s) ?? 0) + count);
  }
  INDICATORS.forEach((id, i) => {
    const count = perIndicator[i] ?? 0;
    if (count > 0) indicatorCounts.set(id, count);
  });

  const warningsByRecord = new Map<string, DatasetWarning[]>();
  for (const w of dataset.warnings) for (const id of new Set(w.records)) push(warningsByRecord, id, w);

  let recordById: Map<string, IndicatorRecord> | undefined;
  return {
    dataset,
    records,
    regionKeys,
    columns,
    regionKeyList: [...regionNumber.keys()],
    get recordById() {
      recordById ??= new Map(records.map((r) => [r.id, r]));
      return recordById;
    },
    indicatorCounts,
    tree: buildRegionTree(records),
    sectors: [...sectorCounts.entries()]
      .map(([name, count]) => ({ name, count }))
      .sort((a, b) => b.count - a.count || compareZh(a.name, b.name)),
    noSectorCount,
    years: [...years].sort((a, b) => a - b),
    indicators: INDICATORS.filter((id) => indicatorCounts.has(id)),
    documentById: new Map(dataset.documents.map((d) => [d.id, d])),
    warningsByRecord,
  };
}
