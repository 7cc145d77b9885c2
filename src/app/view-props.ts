import type { Dataset, IndicatorRecord } from "../schema/dataset";

// The contract between the app shell (data, filters, URL state) and each view
// (overview, projects, trade, regions, table, quality): a view receives the
// records the filters let through and renders; it never fetches or filters.

export type Lang = "zh" | "en";

export const VIEWS = ["overview", "projects", "trade", "regions", "table", "quality"] as const;
export type ViewId = (typeof VIEWS)[number];

export interface Filters {
  /** GB/T 2260 codes, or zone names for zones (level "zone"). Empty = all. */
  regions: string[];
  /** Sector names as they appear in records. Empty = all. */
  sectors: string[];
  /** Indicator ids. Empty = all. */
  indicators: string[];
  /** Inclusive year range. */
  from: number | null;
  to: number | null;
}

export interface ViewProps {
  dataset: Dataset;
  /** Records after all filters. */
  records: readonly IndicatorRecord[];
  /** Records per region key among `records`, when the shell has counted them (views count themselves otherwise). */
  regionCounts?: ReadonlyMap<string, number>;
  filters: Filters;
  lang: Lang;
  /** Opens the source panel of one record. */
  onSelectRecord: (id: string) => void;
}
