import { useQuery } from "@tanstack/react-query";
import { datasetKeys, ensureQuotes, quotesLoaded } from "./dataset-query";
import { useDataset } from "./use-dataset";

export type QuotesState = "ready" | "loading" | "error";

/**
 * Whether the records' source quotes can be shown. A large dataset's quotes
 * are a file of their own, fetched the first time a view asks for them.
 */
export function useQuotes(): QuotesState {
  const { data } = useDataset();
  const pending = data !== undefined && !quotesLoaded(data);
  const query = useQuery({
    queryKey: [...datasetKeys.all, "quotes"] as const,
    queryFn: async () => {
      if (data) await ensureQuotes(data);
      return true;
    },
    enabled: pending,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
  if (!pending || query.isSuccess) return "ready";
  return query.isError ? "error" : "loading";
}
