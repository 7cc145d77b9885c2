import { lazy, Suspense, useMemo, useState } from "react";
import type { IndicatorId, MeasureId } from "../../../schema/vocabulary";
import { buildFooter, buildSourceLine } from "../../charts/build-source-line";
import { ChartCard } from "../../charts/chart-card";
import type { ChartContext } from "../../charts/chart-context";
import { ChartSelect } from "../../charts/chart-select";
import { chartSubtitle } from "../../charts/chart-subtitle";
import { DecalToggle } from "../../charts/decal-toggle";
import { PROVINCE_NAMES } from "../../data/province-names";
import { provinceCodeOf } from "../../data/region-hierarchy";
import { formatPeriod } from "../../format/format-period";
import { formatRecordValue } from "../../format/format-value";
import { indicatorLabel, measureLabel } from "../../i18n/labels";
import { regionName } from "../../i18n/region-name";
import { DECALS_ENABLED_BY_DEFAULT } from "../../theme";
import type { ViewProps } from "../../view-props";
import { buildRegionCompareOption, mainUnit } from "./build-region-compare-option";
import { mapProvinces } from "./pick-map-province";
import {
  type ComparisonSelection,
  comparisonRecords,
  indicatorChoices,
  measureChoices,
  periodChoices,
  resolveSelection,
  selectedRecords,
} from "./region-choices";

const RegionMap = lazy(() => import("./region-map"));

/** Regions view: one indicator, measure and period across regions, as sorted bars and as a map of a province's prefectures. */
export default function RegionsCharts({ dataset, records, filters, lang }: ViewProps) {
  const zh = lang === "zh";
  const [decals, setDecals] = useState(DECALS_ENABLED_BY_DEFAULT);
  const usable = useMemo(() => comparisonRecords(records), [records]);
  const [wanted, setWanted] = useState<Partial<ComparisonSelection>>({});
  const sel = useMemo(() => resolveSelection(usable, wanted), [usable, wanted]);
  const chosen = useMemo(() => (sel ? selectedRecords(usable, sel) : []), [usable, sel]);
  const unit = mainUnit(chosen);
  const sameUnit = useMemo(() => chosen.filter((r) => r.unit === unit), [chosen, unit]);
  const periods = useMemo(() => (sel ? periodChoices(usable, sel.indicator, sel.measure) : []), [usable, sel]);
  const period = periods.find((p) => p.key === sel?.period);
  const footer = buildFooter(dataset.generatedAt, lang);

  const provinces = useMemo(() => mapProvinces(sameUnit, usable, filters.regions), [sameUnit, usable, filters.regions]);
  const [provinceChoice, setProvince] = useState<string | null>(null);
  const province = provinceChoice && provinces.includes(provinceChoice) ? provinceChoice : provinces[0];
  const provinceName = province ? (PROVINCE_NAMES[province]?.[lang] ?? province) : "";

  const compare = useMemo(() => {
    if (!sel || !period) return null;
    const label = formatPeriod(period.period, lang);
    const what = `${indicatorLabel(sel.indicator, lang)}${zh ? "" : " — "}${measureLabel(sel.measure, lang)}`;
    const context: ChartContext = {
      title: zh ? `${label}各地区${what}比较` : `${what} by region, ${label}`,
      subtitle: chartSubtitle([label, zh ? "按数值从高到低" : "largest first"], filters, lang),
      source: buildSourceLine(sameUnit, dataset.documents, lang),
      footer,
    };
    return {
      context,
      option: buildRegionCompareOption({ records: sameUnit, indicator: sel.indicator, lang, title: context.title }),
    };
  }, [sel, period, lang, zh, filters, sameUnit, dataset.documents, footer]);

  const mapRecords = useMemo(
    () => (province ? sameUnit.filter((r) => r.region.code && provinceCodeOf(r.region.code) === province) : []),
    [sameUnit, province],
  );
  const mapContext = useMemo<ChartContext | null>(() => {
    if (!sel || !period || !province) return null;
    const label = formatPeriod(period.period, lang);
    const what = `${indicatorLabel(sel.indicator, lang)}${zh ? "" : " — "}${measureLabel(sel.measure, lang)}`;
    return {
      title: zh ? `${provinceName}各市${what}（${label}）` : `${provinceName}: ${what} by prefecture, ${label}`,
      subtitle: chartSubtitle([provinceName, label, zh ? "灰色为无数据" : "grey: no data"], filters, lang),
      source: buildSourceLine(mapRecords, dataset.documents, lang),
      footer,
    };
  }, [sel, period, province, provinceName, lang, zh, filters, mapRecords, dataset.documents, footer]);

  // Beside the map: the figures a prefecture map cannot show.
  const beside = useMemo(
    () =>
      sameUnit
        .filter(
          (r) =>
            r.region.level === "zone" ||
            (r.region.code !== null &&
              provinceCodeOf(r.region.code) === province &&
              (r.region.level === "province" || r.region.level === "county")),
        )
        .sort((a, b) => (a.region.level === "province" ? -1 : b.region.level === "province" ? 1 : b.value - a.value)),
    [sameUnit, province],
  );

  if (!sel || !compare) {
    return (
      <p className="rounded border border-slate-200 bg-white p-4 text-slate-700" data-testid="regions-empty">
        {zh ? "当前筛选下没有可比较的地区数据。" : "No regional figures to compare for the current filters."}
      </p>
    );
  }

  const indicators = indicatorChoices(usable);
  const measures = measureChoices(usable, sel.indicator);
  return (
    <section className="flex min-w-0 flex-col gap-4" aria-label={zh ? "地区比较" : "Regions"}>
      <div className="flex flex-wrap items-end gap-3">
        <ChartSelect
          label={zh ? "指标" : "Indicator"}
          value={sel.indicator}
          options={indicators.map((i) => ({ value: i, label: indicatorLabel(i, lang) }))}
          onChange={(indicator: IndicatorId) =>
            setWanted({ ...wanted, indicator, measure: undefined, period: undefined })
          }
        />
        <ChartSelect
          label={zh ? "度量" : "Measure"}
          value={sel.measure}
          options={measures.map((m) => ({ value: m, label: measureLabel(m, lang) }))}
          onChange={(measure: MeasureId) =>
            setWanted({ ...wanted, indicator: sel.indicator, measure, period: undefined })
          }
        />
        <ChartSelect
          label={zh ? "时期" : "Period"}
          value={sel.period}
          options={periods.map((p) => ({
            value: p.key,
            label: zh
              ? `${formatPeriod(p.period, lang)}（${p.regions}个地区）`
              : `${formatPeriod(p.period, lang)} (${p.regions} regions)`,
          }))}
          onChange={(p) => setWanted({ ...sel, period: p })}
        />
        <DecalToggle on={decals} onChange={setDecals} lang={lang} />
      </div>
      <ChartCard
        chartId="regions-compare"
        context={compare.context}
        option={compare.option}
        records={sameUnit}
        decals={decals}
        plotHeight={Math.max(140, new Set(sameUnit.map((r) => r.region.name)).size * 34)}
      />
      {province && mapContext ? (
        <div className="flex min-w-0 flex-col gap-2">
          {provinces.length > 1 ? (
            <div className="self-start">
              <ChartSelect
                label={zh ? "地图省份" : "Province on the map"}
                value={province}
                options={provinces.map((p) => ({ value: p, label: PROVINCE_NAMES[p]?.[lang] ?? p }))}
                onChange={setProvince}
              />
            </div>
          ) : null}
          <div className="grid min-w-0 grid-cols-1 gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
            <Suspense
              fallback={
                <div className="h-[420px] animate-pulse rounded-lg border border-slate-200 bg-slate-100" role="status">
                  <span className="sr-only">{zh ? "正在加载地图…" : "Loading the map…"}</span>
                </div>
              }
            >
              <RegionMap
                provinceCode={province}
                provinceName={provinceName}
                records={mapRecords}
                seriesName={`${indicatorLabel(sel.indicator, lang)} · ${measureLabel(sel.measure, lang)}`}
                context={mapContext}
                lang={lang}
                decals={decals}
              />
            </Suspense>
            <aside
              className="rounded-lg border border-slate-200 bg-white p-4 text-sm"
              aria-labelledby="regions-beside-heading"
            >
              <h3 id="regions-beside-heading" className="mb-2 font-semibold">
                {zh ? "地图外的全省、县区与园区数据" : "Province, counties and zones (not on the map)"}
              </h3>
              {beside.length === 0 ? (
                <p className="text-slate-600">{zh ? "本时期没有此类数据。" : "None for this period."}</p>
              ) : (
                <ul className="flex flex-col gap-1" data-testid="regions-beside">
                  {beside.map((r) => (
                    <li key={r.id} className="flex justify-between gap-3">
                      <span>{regionName(r.region.name, r.region.level, lang)}</span>
                      <span className="font-medium tabular-nums">{formatRecordValue(r, lang)}</span>
                    </li>
                  ))}
                </ul>
              )}
            </aside>
          </div>
        </div>
      ) : null}
    </section>
  );
}
