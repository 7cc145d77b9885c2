import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app";
import { datasetQueryOptions } from "./data/dataset-query";
import { loadPinyin } from "./i18n/pinyin";
import { parseUrlState } from "./state/url-state";
import "./styles.css";
import { VIEW_CODE } from "./view-code";

// A link to a chart or table view: fetch that view's code (with ECharts) alongside the dataset, not after it.
const viewCode = VIEW_CODE[parseUrlState(location.search).view]?.();

// English names need the pinyin dictionary: fetch it alongside the dataset.
if (/[?&]lang=en\b/u.test(location.search)) void loadPinyin();

const queryClient = new QueryClient({
  // The dataset is a static build artefact: fetch once, never refetch on focus.
  // A failed load stays failed until the reader asks again (the error panel's retry button).
  defaultOptions: {
    queries: { staleTime: Number.POSITIVE_INFINITY, refetchOnWindowFocus: false, retry: false, retryOnMount: false },
  },
});

/** How long the static shell in index.html may stand in for React's loading state. */
const SHELL_WAIT_MS = 1000;
/** How long the first render waits for a linked view's code before rendering the page without it. */
const VIEW_CODE_WAIT_MS = 250;

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const root = document.getElementById("root");
if (!root) throw new Error("missing #root element");
const container = root;
// The dataset request starts before the first render, and the first render
// waits for it (or SHELL_WAIT_MS) while index.html's shell shows the same
// loading state: one render and one layout with the data instead of a
// skeleton rendered, laid out and replaced at once (−0.3 s at 4× CPU).
// A linked view's code (ECharts) is waited for briefly too: when it is
// close, page and chart render and lay out once (−0.1 s at desktop speed);
// when it is far (a slow phone), the page renders while it downloads and
// the view follows it (lazy-view.tsx; −0.4 s at 4× CPU on slow 4G).
const viewCodeSoon = viewCode ? Promise.race([viewCode.catch(() => undefined), delay(VIEW_CODE_WAIT_MS)]) : undefined;
const loaded = Promise.all([queryClient.prefetchQuery(datasetQueryOptions()), viewCodeSoon]);
void Promise.race([loaded, delay(SHELL_WAIT_MS)]).then(() =>
  createRoot(container).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  ),
);
