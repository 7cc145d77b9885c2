import { type ComponentType, useCallback, useEffect } from "react";
import { clearFilter, type FilterName } from "./data/filter-records";
import { useDataset, useDatasetIndex, useFilteredRecords } from "./data/use-dataset";
import { ChartExportProvider } from "./features/export/chart-export-provider";
import { DataExportMenu } from "./features/export/data-export-menu";
import { FilterBar } from "./features/filters/filter-bar";
import { OverviewView } from "./features/overview/overview-view";
import { ProjectsView } from "./features/projects/projects-view";
import { QualityView } from "./features/quality/quality-view";
import { RegionsView } from "./features/regions/regions-view";
import { EmptyState } from "./features/shell/empty-state";
import { ErrorPanel } from "./features/shell/error-panel";
import { LazyTableView } from "./features/shell/lazy-table-view";
import { LoadingSkeleton } from "./features/shell/loading-skeleton";
import { panelId, tabId, ViewTabs } from "./features/shell/view-tabs";
import { SourcePanel } from "./features/source/source-panel";
import { TradeView } from "./features/trade/trade-view";
import { t } from "./i18n/messages";
import { loadPinyin, usePinyin } from "./i18n/pinyin";
import type { AppState } from "./state/url-state";
import { useUrlState } from "./state/use-url-state";
import { VIEW_CODE } from "./view-code";
import type { Filters, ViewId, ViewProps } from "./view-props";

const VIEW_COMPONENTS: Record<ViewId, ComponentType<ViewProps>> = {
  overview: OverviewView,
  projects: ProjectsView,
  trade: TradeView,
  regions: RegionsView,
  table: LazyTableView,
  quality: QualityView,
};

export function App() {
  const [state, setState] = useUrlState();
  const { lang, view, filters } = state;
  const query = useDataset();
  const index = useDatasetIndex();
  const result = useFilteredRecords(index, filters);
  // English region names come from the pinyin dictionary, loaded on demand:
  // until it is there the views wait rather than show Chinese names.
  const namesReady = usePinyin(lang === "en") || lang === "zh";

  useEffect(() => {
    document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
    document.title = lang === "zh" ? "指标 zhibiao" : "zhibiao 指标";
  }, [lang]);

  const update = useCallback((patch: Partial<AppState>) => setState({ ...state, ...patch }), [state, setState]);
  const setFilters = (next: Filters) => update({ filters: next });
  const onSelectRecord = useCallback((id: string) => update({ record: id }), [update]);
  const selected = state.record && index ? index.recordById.get(state.record) : undefined;

  const View = VIEW_COMPONENTS[view];

  return (
    <div className="min-h-screen">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:bg-white focus:p-2"
      >
        {t(lang, "skipToContent")}
      </a>
      <header className="border-b border-slate-300 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <div>
            <h1 className="text-2xl font-bold tracking-wide text-sky-900">
              {lang === "zh" ? "指标" : "zhibiao"}{" "}
              <span className="text-base font-normal text-slate-600">{lang === "zh" ? "zhibiao" : "指标"}</span>
            </h1>
            <p className="text-sm text-slate-700">{t(lang, "appSubtitle")}</p>
          </div>
          <button
            type="button"
            onClick={() => update({ lang: lang === "zh" ? "en" : "zh" })}
            onPointerEnter={() => void loadPinyin()}
            onFocus={() => void loadPinyin()}
            aria-label={t(lang, "langToggleLabel")}
            lang={lang === "zh" ? "en" : "zh-CN"}
            className="rounded border border-slate-500 px-3 py-1.5 font-medium hover:bg-slate-100"
            data-testid="lang-toggle"
          >
            {t(lang, "langToggle")}
          </button>
        </div>
      </header>

      <main id="main" className="mx-auto max-w-7xl space-y-4 px-3 py-4 sm:px-4">
        {(query.isPending || (query.isSuccess && !namesReady)) && <LoadingSkeleton lang={lang} />}
        {query.isError && <ErrorPanel error={query.error} lang={lang} onRetry={() => void query.refetch()} />}
        {index && result && namesReady && (
          <>
            <FilterBar
              index={index}
              filters={filters}
              lang={lang}
              resultCount={result.records.length}
              noSectorCount={result.noSectorCount}
              onChange={setFilters}
            />
            <div className="flex flex-wrap items-end justify-between gap-2">
              <ViewTabs
                view={view}
                lang={lang}
                onChange={(v) => update({ view: v })}
                onIntent={(v) => void VIEW_CODE[v]?.()}
              />
              <DataExportMenu dataset={index.dataset} records={result.records} filters={filters} lang={lang} />
            </div>
            <ChartExportProvider lang={lang} generatedAt={index.dataset.generatedAt}>
              <div role="tabpanel" id={panelId(view)} aria-labelledby={tabId(view)} tabIndex={-1} className="pt-2">
                {result.records.length === 0 ? (
                  <EmptyState
                    lang={lang}
                    emptiedBy={result.emptiedBy}
                    onClear={(name: FilterName) => setFilters(clearFilter(filters, name))}
                  />
                ) : (
                  <View
                    dataset={index.dataset}
                    records={result.records}
                    regionCounts={result.regionCounts}
                    filters={filters}
                    lang={lang}
                    onSelectRecord={onSelectRecord}
                  />
                )}
              </div>
            </ChartExportProvider>
            {selected && (
              <SourcePanel index={index} record={selected} lang={lang} onClose={() => update({ record: null })} />
            )}
          </>
        )}
      </main>
    </div>
  );
}
