import { useMemo, useState } from "react";
import "../../charts/register-line";
import { buildFooter, buildSourceLine } from "../../charts/build-source-line";
import { ChartCard } from "../../charts/chart-card";
import type { ChartContext } from "../../charts/chart-context";
import { ChartSegmented } from "../../charts/chart-segmented";
import { ChartSelect } from "../../charts/chart-select";
import { chartSubtitle } from "../../charts/chart-subtitle";
import { DecalToggle } from "../../charts/decal-toggle";
import { listFocusRegions } from "../../charts/pick-focus-region";
import { regionKey } from "../../data/region-hierarchy";
import { formatPeriod, periodKey, periodKind } from "../../format/format-period";
import { regionName } from "../../i18n/region-name";
import { DECALS_ENABLED_BY_DEFAULT } from "../../theme";
import type { ViewProps } from "../../view-props";
import { buildTradeBalanceOption } from "./build-trade-balance-option";
import { type BreakdownDimension, breakdownPeriods, buildTradeBreakdownOption } from "./build-trade-breakdown-option";
import { buildTradeGrowthOption } from "./build-trade-growth-option";
import { buildTradeTrendOption, headlineTrade, sortedPeriods } from "./build-trade-trend-option";
import { listRanksAndShares } from "./list-ranks-and-shares";
import { periodKindLabel, TRADE_PERIOD_KINDS, type TradePeriodKind } from "./trade-series";

const TRADE_INDICATORS = new Set(["trade.total", "trade.export", "trade.import", "trade.balance"]);
/** What the balance chart draws from: the reported balance, or exports and imports. */
const BALANCE_INPUTS = new Set(["trade.balance", "trade.export", "trade.import"]);

interface BreakdownProps extends Pick<ViewProps, "dataset" | "filters" | "lang"> {
  records: ViewProps["records"];
  focusName: string;
  dimension: BreakdownDimension;
  decals: boolean;
}

function TradeBreakdown({ dataset, filters, lang, records, focusName, dimension, decals }: BreakdownProps) {
  const zh = lang === "zh";
  const periods = useMemo(() => breakdownPeriods(records, dimension), [records, dimension]);
  const [choice, setChoice] = useState<string | null>(null);
  const period = periods.find((p) => p.key === choice) ?? periods[0];
  const shown = useMemo(
    () => (period ? records.filter((r) => r[dimension] !== undefined && periodKey(r.period) === period.key) : []),
    [records, dimension, period],
  );
  const context = useMemo<ChartContext | null>(() => {
    if (!period) return null;
    const label = formatPeriod(period.period, lang);
    const what =
      dimension === "partner" ? (zh ? "按贸易伙伴" : "by partner") : zh ? "按企业与园区" : "by company and zone";
    return {
      title: zh ? `${focusName}${label}对外贸易${what}` : `${focusName}: foreign trade ${what}, ${label}`,
      subtitle: chartSubtitle([focusName, label], filters, lang),
      source: buildSourceLine(shown, dataset.documents, lang),
      footer: buildFooter(dataset.generatedAt, lang),
    };
  }, [period, lang, zh, dimension, focusName, filters, shown, dataset]);
  const option = useMemo(
    () =>
      period && context
        ? buildTradeBreakdownOption({ records, dimension, period: period.key, lang, title: context.title })
        : null,
    [period, context, records, dimension, lang],
  );
  if (!period || !context || !option) return null;
  const rows = new Set(shown.map((r) => r[dimension])).size;
  return (
    <div className="flex min-w-0 flex-col gap-2">
      {periods.length > 1 ? (
        <ChartSelect
          label={zh ? "时期" : "Period"}
          value={period.key}
          options={periods.map((p) => ({ value: p.key, label: formatPeriod(p.period, lang) }))}
          onChange={setChoice}
        />
      ) : null}
      <ChartCard
        chartId={`trade-${dimension}`}
        context={context}
        option={option}
        records={shown}
        decals={decals}
        plotHeight={Math.max(140, rows * 44)}
      />
    </div>
  );
}

/** Trade view: totals, exports and imports over time by period kind, growth, balance, breakdowns, ranks and shares. */
export default function TradeCharts({ dataset, records, filters, lang }: ViewProps) {
  const zh = lang === "zh";
  const [decals, setDecals] = useState(DECALS_ENABLED_BY_DEFAULT);
  const tradeRecords = useMemo(() => records.filter((r) => TRADE_INDICATORS.has(r.indicator)), [records]);
  const regions = useMemo(
    () =>
      listFocusRegions(
        tradeRecords.filter((r) => r.measure === "value" || r.measure === "growth"),
        filters.regions,
      ),
    [tradeRecords, filters.regions],
  );
  const [regionChoice, setRegion] = useState<string | null>(null);
  const focus = regions.find((r) => r.key === regionChoice) ?? regions[0];
  const focusRecords = useMemo(
    () => (focus ? tradeRecords.filter((r) => regionKey(r.region) === focus.key) : []),
    [tradeRecords, focus],
  );

  const kinds = useMemo(() => {
    const counts = TRADE_PERIOD_KINDS.map((k) => ({
      kind: k,
      periods: sortedPeriods([...headlineTrade(focusRecords, "value", k), ...headlineTrade(focusRecords, "growth", k)])
        .length,
    })).filter((k) => k.periods > 0);
    return counts;
  }, [focusRecords]);
  const defaultKind = [...kinds].sort((a, b) => b.periods - a.periods)[0]?.kind ?? "year";
  const [kindChoice, setKind] = useState<TradePeriodKind | null>(null);
  const kind = kinds.some((k) => k.kind === kindChoice) && kindChoice ? kindChoice : defaultKind;

  const valueRecords = useMemo(() => headlineTrade(focusRecords, "value", kind), [focusRecords, kind]);
  const currencies = useMemo(() => {
    const counts = new Map<"CNY" | "USD", number>();
    for (const r of valueRecords)
      if (r.unit === "CNY" || r.unit === "USD") counts.set(r.unit, (counts.get(r.unit) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
  }, [valueRecords]);
  const [currencyChoice, setCurrency] = useState<"CNY" | "USD" | null>(null);
  const currency = currencyChoice && currencies.includes(currencyChoice) ? currencyChoice : (currencies[0] ?? "CNY");

  const footer = buildFooter(dataset.generatedAt, lang);
  const focusName = focus ? regionName(focus.region.name, focus.region.level, lang) : "";
  const kindLabel = periodKindLabel(kind, lang);

  const charts = useMemo(() => {
    if (!focus) return [];
    const ofKind = focusRecords.filter((r) => periodKind(r.period) === kind && !r.partner && !r.entity);
    const values = ofKind.filter(
      (r) => r.measure === "value" && r.unit === currency && r.indicator !== "trade.balance",
    );
    const growth = ofKind.filter((r) => r.measure === "growth" && r.indicator !== "trade.balance");
    const balance = ofKind.filter(
      (r) => r.measure === "value" && r.unit === currency && BALANCE_INPUTS.has(r.indicator),
    );
    const periodsOf = (rs: typeof ofKind) => {
      const ps = sortedPeriods(rs);
      const first = ps[0];
      const last = ps.at(-1);
      if (!first || !last) return undefined;
      const a = formatPeriod(first, lang);
      const b = formatPeriod(last, lang);
      return a === b ? a : `${a}${zh ? " 至 " : " – "}${b}`;
    };
    const context = (title: string, rs: typeof ofKind): ChartContext => ({
      title,
      subtitle: chartSubtitle([focusName, kindLabel, periodsOf(rs)], filters, lang),
      source: buildSourceLine(rs, dataset.documents, lang),
      footer,
    });
    const out = [];
    if (values.length > 0) {
      const c = context(
        zh
          ? `${focusName}进出口、出口与进口（${kindLabel}）`
          : `${focusName}: total trade, exports and imports (${kindLabel.toLowerCase()})`,
        values,
      );
      out.push({
        id: "trade-trend",
        context: c,
        records: values,
        option: buildTradeTrendOption({ records: focusRecords, kind, currency, lang, title: c.title }),
      });
    }
    if (growth.length > 0) {
      const c = context(
        zh
          ? `${focusName}对外贸易同比增长（${kindLabel}）`
          : `${focusName}: trade growth year on year (${kindLabel.toLowerCase()})`,
        growth,
      );
      out.push({
        id: "trade-growth",
        context: c,
        records: growth,
        option: buildTradeGrowthOption({ records: focusRecords, kind, lang, title: c.title }),
      });
    }
    const balanceOption = buildTradeBalanceOption({ records: focusRecords, kind, currency, lang, title: "" });
    const hasBalance =
      Array.isArray(balanceOption.series) &&
      balanceOption.series.some((s) => Array.isArray(s.data) && s.data.length > 0);
    if (hasBalance) {
      const c = context(
        zh
          ? `${focusName}贸易差额（${kindLabel}，顺差为正）`
          : `${focusName}: trade balance (${kindLabel.toLowerCase()}, surplus positive)`,
        balance,
      );
      out.push({
        id: "trade-balance",
        context: c,
        records: balance,
        option: buildTradeBalanceOption({ records: focusRecords, kind, currency, lang, title: c.title }),
      });
    }
    return out;
  }, [focus, focusRecords, kind, currency, lang, zh, focusName, kindLabel, filters, dataset.documents, footer]);

  const ranks = useMemo(() => listRanksAndShares(focusRecords, lang), [focusRecords, lang]);
  const hasPartner = focusRecords.some((r) => r.partner !== undefined);
  const hasEntity = focusRecords.some((r) => r.entity !== undefined);

  if (!focus) {
    return (
      <p className="rounded border border-slate-200 bg-white p-4 text-slate-700" data-testid="trade-empty">
        {zh ? "当前筛选下没有对外贸易数据。" : "No foreign-trade figures for the current filters."}
      </p>
    );
  }

  return (
    <section className="flex min-w-0 flex-col gap-4" aria-label={zh ? "对外贸易" : "Foreign trade"}>
      <div className="flex flex-wrap items-end gap-3">
        <ChartSelect
          label={zh ? "地区" : "Region"}
          value={focus.key}
          options={regions.map((r) => ({ value: r.key, label: regionName(r.region.name, r.region.level, lang) }))}
          onChange={setRegion}
        />
        {kinds.length > 0 ? (
          <ChartSegmented
            legend={zh ? "时期类型" : "Period kind"}
            value={kind}
            options={kinds.map((k) => ({ value: k.kind, label: periodKindLabel(k.kind, lang) }))}
            onChange={setKind}
          />
        ) : null}
        {currencies.length > 1 ? (
          <ChartSegmented
            legend={zh ? "币种" : "Currency"}
            value={currency}
            options={currencies.map((c) => ({ value: c, label: zh ? (c === "CNY" ? "人民币" : "美元") : c }))}
            onChange={setCurrency}
          />
        ) : null}
        <DecalToggle on={decals} onChange={setDecals} lang={lang} />
      </div>
      <div className="grid min-w-0 grid-cols-1 gap-4 xl:grid-cols-2">
        {charts.map((c) => (
          <ChartCard
            key={c.id}
            chartId={c.id}
            context={c.context}
            option={c.option}
            records={c.records}
            decals={decals}
          />
        ))}
        {hasPartner ? (
          <TradeBreakdown
            dataset={dataset}
            filters={filters}
            lang={lang}
            records={focusRecords}
            focusName={focusName}
            dimension="partner"
            decals={decals}
          />
        ) : null}
        {hasEntity ? (
          <TradeBreakdown
            dataset={dataset}
            filters={filters}
            lang={lang}
            records={focusRecords}
            focusName={focusName}
            dimension="entity"
            decals={decals}
          />
        ) : null}
      </div>
      {ranks.length > 0 ? (
        <section className="rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="trade-ranks-heading">
          <h3 id="trade-ranks-heading" className="mb-2 font-semibold">
            {zh ? `${focusName}的排名与占比（如报道）` : `${focusName}: ranks and shares as reported`}
          </h3>
          <ul className="flex flex-col gap-1 text-sm" data-testid="trade-ranks">
            {ranks.map((r) => (
              <li key={r.recordId} className="flex flex-wrap gap-x-2">
                <span className="text-slate-500">{r.period}</span>
                <span className="font-medium">{r.indicator}</span>
                <span>{r.statement}</span>
                <span className="text-slate-500">{zh ? `（原文：${r.written}）` : `(as written: ${r.written})`}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}
