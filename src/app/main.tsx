import "./zod-without-eval";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app";
import { loadPinyin } from "./i18n/pinyin";
import "./styles.css";

// A link to a chart view: fetch the chart code alongside the dataset, not after it (npm run bench: −1.1 s on slow 4G).
if (/[?&]view=(?:projects|trade|regions)\b/u.test(location.search)) void import("./charts/register-echarts");

// English names need the pinyin dictionary: fetch it alongside the dataset.
if (/[?&]lang=en\b/u.test(location.search)) void loadPinyin();

const queryClient = new QueryClient({
  // The dataset is a static build artefact: fetch once, never refetch on focus.
  defaultOptions: { queries: { staleTime: Number.POSITIVE_INFINITY, refetchOnWindowFocus: false, retry: false } },
});

const root = document.getElementById("root");
if (!root) throw new Error("missing #root element");
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
