import { useMemo } from "react";
import type { IndicatorRecord } from "../../../schema/dataset";
import type { IndicatorId, MeasureId } from "../../../schema/vocabulary";
import { MiniBarChart } from "../../charts/mini-bar-chart";
import { regionKey } from "../../data/region-hierarchy";
import { formatPeriod } from "../../format/format-period";
import { formatRecordValue } from "../../format/format-value";
import { indicatorLabel, measureLabel } from "../../i18n/labels";
import { t } from "../../i18n/messages";
import { regionName } from "../../i18n/region-name";
import { INDICATOR_COLORS } from "../../theme";
import type { Lang, ViewProps } from "../../view-props";
import {
  type CardValues,
  comparableFigures,
  latestPeriodCards,
  PROJECT_CARDS,
  pickOverviewRegion,
  TRADE_CARDS,
} from "./overview-data";

interface FigureProps {
  label: string;
  record: IndicatorRecord | undefined;
  lang: Lang;
  onSelect: (id: string) => void;
  large?: boolean;
}

function Figure({ label, record, lang, onSelect, large }: FigureProps) {
  return (
    <div>
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className={large ? "text-xl font-semibold break-words sm:text-3xl" : "text-base font-medium sm:text-lg"}>
        {record ? (
          <button
            type="button"
            onClick={() => onSelect(record.id)}
            className="text-left tabular-nums hover:underline"
            title={record.source.text}
          >
            {formatRecordValue(record, lang)}
          </button>
        ) : (
          <span className="text-slate-400">—</span>
        )}
      </dd>
    </div>
  );
}

function Card({
  id,
  values,
  lang,
  onSelect,
  second,
}: {
  id: IndicatorId;
  values: CardValues;
  lang: Lang;
  onSelect: (id: string) => void;
  second: "investment" | "growth";
}) {
  const main = values.count ?? values.value;
  return (
    <article
      className="min-w-0 rounded-lg border border-slate-300 bg-white p-3 shadow-sm sm:p-4"
      style={{ borderTop: `6px solid ${INDICATOR_COLORS[id]}` }}
      data-testid={`card-${id}`}
    >
      <h3 className="font-semibold">{indicatorLabel(id, lang)}</h3>
      <dl className="mt-2 space-y-2">
        <Figure
          label={values.count ? t(lang, "count") : measureLabel("value", lang)}
          record={main}
          lang={lang}
          onSelect={onSelect}
          large
        />
        <Figure
          label={t(lang, second === "investment" ? "investment" : "growth")}
          record={values[second]}
          lang={lang}
          onSelect={onSelect}
        />
      </dl>
    </article>
  );
}

/** Bars for one measure across the section's cards, or nothing when fewer than two compare. */
function CardsChart<K extends IndicatorId>({
  cards,
  indicators,
  measure,
  title,
  chartId,
  lang,
}: {
  cards: Record<K, CardValues>;
  indicators: readonly K[];
  measure: MeasureId;
  title: string;
  chartId: string;
  lang: Lang;
}) {
  const figures = comparableFigures(cards, indicators, measure);
  if (!figures) return null;
  const bars = figures.map(({ indicator, record }) => ({
    key: indicator,
    label: indicatorLabel(indicator, lang),
    value: record.value,
    text: formatRecordValue(record, lang),
    color: INDICATOR_COLORS[indicator],
  }));
  return (
    <div className="mt-3 lg:max-w-3xl">
      <MiniBarChart title={title} bars={bars} chartId={chartId} />
    </div>
  );
}

/** Headline cards for one region's latest project batch and latest trade figures, with a bar comparison each. */
export function OverviewView({ records, regionCounts, filters, lang, onSelectRecord }: ViewProps) {
  const region = useMemo(
    () => pickOverviewRegion(records, filters.regions, regionCounts),
    [records, filters.regions, regionCounts],
  );
  // One pass for the region's records; the cards then look at those only.
  const own = useMemo(() => (region ? records.filter((r) => regionKey(r.region) === region) : []), [records, region]);
  const projects = useMemo(() => (region ? latestPeriodCards(own, region, PROJECT_CARDS) : null), [own, region]);
  const trade = useMemo(() => (region ? latestPeriodCards(own, region, TRADE_CARDS) : null), [own, region]);
  const regionRecord = own[0];
  const title = regionRecord ? regionName(regionRecord.region.name, regionRecord.region.level, lang) : "";

  return (
    <div className="space-y-6" data-testid="overview">
      <h2 className="text-xl font-semibold sm:text-2xl">{t(lang, "overviewFor", { region: title })}</h2>
      <section>
        <h3 className="mb-2 text-lg font-semibold text-slate-800">
          {projects
            ? t(lang, "projectsLatest", { period: formatPeriod(projects.period, lang) })
            : t(lang, "noProjects")}
        </h3>
        {projects && (
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
            {PROJECT_CARDS.map((id) => (
              <Card
                key={id}
                id={id}
                values={projects.cards[id]}
                lang={lang}
                onSelect={onSelectRecord}
                second="investment"
              />
            ))}
          </div>
        )}
        {projects && (
          <CardsChart
            cards={projects.cards}
            indicators={PROJECT_CARDS}
            measure="investment"
            title={t(lang, "investmentByStage")}
            chartId="overview-investment"
            lang={lang}
          />
        )}
      </section>
      <section>
        <h3 className="mb-2 text-lg font-semibold text-slate-800">
          {trade ? t(lang, "tradeLatest", { period: formatPeriod(trade.period, lang) }) : t(lang, "noTrade")}
        </h3>
        {trade && (
          <div className="grid grid-cols-2 gap-2 sm:gap-3 lg:grid-cols-4">
            {TRADE_CARDS.map((id) => (
              <Card key={id} id={id} values={trade.cards[id]} lang={lang} onSelect={onSelectRecord} second="growth" />
            ))}
          </div>
        )}
        {trade && (
          <CardsChart
            cards={trade.cards}
            indicators={["trade.export", "trade.import"] as const}
            measure="value"
            title={t(lang, "exportsAndImports")}
            chartId="overview-trade"
            lang={lang}
          />
        )}
      </section>
    </div>
  );
}
