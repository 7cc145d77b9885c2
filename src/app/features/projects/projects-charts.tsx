import { useMemo, useState } from "react";
import { buildFooter, buildSourceLine } from "../../charts/build-source-line";
import { ChartCard } from "../../charts/chart-card";
import type { ChartContext } from "../../charts/chart-context";
import { ChartSelect } from "../../charts/chart-select";
import { chartSubtitle } from "../../charts/chart-subtitle";
import { DecalToggle } from "../../charts/decal-toggle";
import { listFocusRegions } from "../../charts/pick-focus-region";
import { regionKey } from "../../data/region-hierarchy";
import { formatPeriod, periodKey } from "../../format/format-period";
import { indicatorLabel, measureLabel } from "../../i18n/labels";
import { regionName } from "../../i18n/region-name";
import { DECALS_ENABLED_BY_DEFAULT } from "../../theme";
import type { ViewProps } from "../../view-props";
import { buildBatchCompareOption, comparablePeriods } from "./build-batch-compare-option";
import { buildFunnelOption, funnelPeriods } from "./build-funnel-option";
import { PROJECT_MEASURES, PROJECT_STAGES, type ProjectMeasure, type ProjectStage, STAGE_IDS } from "./project-stages";

/** Projects view: the 三个一批 funnel of one region per batch over time, and one batch across regions. */
export default function ProjectsCharts({ dataset, records, filters, lang }: ViewProps) {
  const zh = lang === "zh";
  const [decals, setDecals] = useState(DECALS_ENABLED_BY_DEFAULT);
  const stageRecords = useMemo(
    () => records.filter((r) => STAGE_IDS.includes(r.indicator) && !r.partner && !r.entity),
    [records],
  );
  const measures = PROJECT_MEASURES.filter((m) => stageRecords.some((r) => r.measure === m));
  const [measureChoice, setMeasure] = useState<ProjectMeasure>("count");
  const measure = measures.includes(measureChoice) ? measureChoice : (measures[0] ?? "count");

  const regions = useMemo(
    () =>
      listFocusRegions(
        stageRecords.filter((r) => r.measure === measure),
        filters.regions,
      ),
    [stageRecords, measure, filters.regions],
  );
  const [regionChoice, setRegion] = useState<string | null>(null);
  const focus = regions.find((r) => r.key === regionChoice) ?? regions[0];
  const focusRecords = useMemo(
    () => (focus ? stageRecords.filter((r) => r.measure === measure && regionKey(r.region) === focus.key) : []),
    [stageRecords, measure, focus],
  );

  const periods = useMemo(() => comparablePeriods(stageRecords, measure), [stageRecords, measure]);
  const defaultPeriod = [...periods].sort((a, b) => b.regions - a.regions)[0]?.key;
  const [periodChoice, setPeriod] = useState<string | null>(null);
  const period = periods.find((p) => p.key === periodChoice) ?? periods.find((p) => p.key === defaultPeriod);
  const [sortBy, setSortBy] = useState<ProjectStage>("projects.signed");
  const compareRecords = useMemo(
    () => (period ? stageRecords.filter((r) => r.measure === measure && periodKey(r.period) === period.key) : []),
    [stageRecords, measure, period],
  );

  const footer = buildFooter(dataset.generatedAt, lang);
  const measureName = measureLabel(measure, lang);
  const focusName = focus ? regionName(focus.region.name, focus.region.level, lang) : "";

  const funnelContext = useMemo<ChartContext | null>(() => {
    if (!focus) return null;
    const ps = funnelPeriods(focusRecords, measure);
    const first = ps[0];
    const last = ps.at(-1);
    const range =
      first && last
        ? [formatPeriod(first, lang), formatPeriod(last, lang)]
            .filter((v, i, a) => a.indexOf(v) === i)
            .join(zh ? " 至 " : " – ")
        : undefined;
    return {
      title: zh
        ? `${focusName}“三个一批”项目${measureName}（按批次）`
        : `${focusName}: projects signed, started and in production — ${measureName.toLowerCase()} by batch`,
      subtitle: chartSubtitle([focusName, range], filters, lang),
      source: buildSourceLine(focusRecords, dataset.documents, lang),
      footer,
    };
  }, [focus, focusName, focusRecords, measure, measureName, lang, zh, filters, dataset.documents, footer]);

  const funnelOption = useMemo(
    () =>
      funnelContext ? buildFunnelOption({ records: focusRecords, measure, lang, title: funnelContext.title }) : null,
    [focusRecords, measure, lang, funnelContext],
  );

  const compareContext = useMemo<ChartContext | null>(() => {
    if (!period) return null;
    const label = formatPeriod(period.period, lang);
    return {
      title: zh
        ? `${label}“三个一批”项目${measureName}：各地区比较`
        : `${label}: ${measureName.toLowerCase()} of projects by region`,
      subtitle: chartSubtitle(
        [
          label,
          zh ? `按${indicatorLabel(sortBy, lang)}排序` : `sorted by ${indicatorLabel(sortBy, lang).toLowerCase()}`,
        ],
        filters,
        lang,
      ),
      source: buildSourceLine(compareRecords, dataset.documents, lang),
      footer,
    };
  }, [period, lang, zh, measureName, sortBy, filters, compareRecords, dataset.documents, footer]);

  const compareOption = useMemo(
    () =>
      compareContext && period
        ? buildBatchCompareOption({
            records: compareRecords,
            period: period.key,
            measure,
            sortBy,
            lang,
            title: compareContext.title,
          })
        : null,
    [compareContext, period, compareRecords, measure, sortBy, lang],
  );
  const compareRegions = useMemo(() => new Set(compareRecords.map((r) => regionKey(r.region))).size, [compareRecords]);

  if (stageRecords.length === 0) {
    return (
      <p className="rounded border border-slate-200 bg-white p-4 text-slate-700" data-testid="projects-empty">
        {zh ? "当前筛选下没有“三个一批”项目数据。" : "No project figures for the current filters."}
      </p>
    );
  }

  return (
    <section className="flex min-w-0 flex-col gap-4" aria-label={zh ? "三个一批项目" : "Projects"}>
      <div className="flex flex-wrap items-end gap-3">
        <ChartSelect
          label={zh ? "地区" : "Region"}
          value={focus?.key ?? ""}
          options={regions.map((r) => ({ value: r.key, label: regionName(r.region.name, r.region.level, lang) }))}
          onChange={setRegion}
        />
        <ChartSelect
          label={zh ? "度量" : "Measure"}
          value={measure}
          options={measures.map((m) => ({ value: m, label: measureLabel(m, lang) }))}
          onChange={(m) => setMeasure(m)}
        />
        <DecalToggle on={decals} onChange={setDecals} lang={lang} />
      </div>
      {funnelOption && funnelContext ? (
        <ChartCard
          chartId="projects-funnel"
          context={funnelContext}
          option={funnelOption}
          records={focusRecords}
          decals={decals}
        />
      ) : null}
      {compareOption && compareContext && period ? (
        <>
          <div className="flex flex-wrap items-end gap-3">
            <ChartSelect
              label={zh ? "批次" : "Batch"}
              value={period.key}
              options={periods.map((p) => ({
                value: p.key,
                label: zh
                  ? `${formatPeriod(p.period, lang)}（${p.regions}个地区）`
                  : `${formatPeriod(p.period, lang)} (${p.regions} regions)`,
              }))}
              onChange={setPeriod}
            />
            <ChartSelect
              label={zh ? "排序依据" : "Sort by"}
              value={sortBy}
              options={PROJECT_STAGES.map((s) => ({ value: s.indicator, label: indicatorLabel(s.indicator, lang) }))}
              onChange={(s) => setSortBy(s)}
            />
          </div>
          <ChartCard
            chartId="projects-compare"
            context={compareContext}
            option={compareOption}
            records={compareRecords}
            decals={decals}
            plotHeight={Math.max(160, compareRegions * 54)}
          />
        </>
      ) : null}
    </section>
  );
}
