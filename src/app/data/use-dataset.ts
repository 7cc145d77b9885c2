import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import type { Filters } from "../view-props";
import { buildDatasetIndex, type DatasetIndex } from "./dataset-index";
import { datasetQueryOptions } from "./dataset-query";
import { type FilterResult, filterRecords } from "./filter-records";

export function useDataset() {
  return useQuery(datasetQueryOptions());
}

/** The dataset's indexes, built once per loaded dataset. */
export function useDatasetIndex(): DatasetIndex | undefined {
  const { data } = useDataset();
  return useMemo(() => (data ? buildDatasetIndex(data) : undefined), [data]);
}

/** Records after the filters; recomputed only when the index or a filter value changes. */
export function useFilteredRecords(index: DatasetIndex | undefined, filters: Filters): FilterResult | undefined {
  const { regions, sectors, indicators, from, to } = filters;
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on filter values, not object identity
  return useMemo(
    () => (index ? filterRecords(index, { regions, sectors, indicators, from, to }) : undefined),
    [index, regions.join("\u0000"), sectors.join("\u0000"), indicators.join("\u0000"), from, to],
  );
}
