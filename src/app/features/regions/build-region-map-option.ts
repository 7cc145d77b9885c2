import type { IndicatorRecord } from "../../../schema/dataset";
import type { ChartOption } from "../../charts/chart-option";
import { pointOf } from "../../charts/chart-point";
import { describeChart } from "../../charts/describe-chart";
import { escapeHtml, formatPoint, tooltipLine } from "../../charts/format-tooltip";
import { formatAxisNumber, valueScale } from "../../charts/value-scale";
import { withAria } from "../../charts/with-aria";
import { regionName } from "../../i18n/region-name";
import { SEQUENTIAL } from "../../theme";
import type { Lang } from "../../view-props";
import { type MapFeatureRef, matchMapRegions } from "./match-map-regions";

export interface RegionMapInput {
  /** Records of one indicator, measure, period and unit. */
  records: readonly IndicatorRecord[];
  /** Registered ECharts map name ("zb-140000"). */
  mapName: string;
  features: readonly MapFeatureRef[];
  seriesName: string;
  lang: Lang;
  title: string;
}

function displayName(name: string, lang: Lang): string {
  return regionName(name, name.endsWith("县") || name.endsWith("区") ? "county" : "prefecture", lang);
}

/** Fill of prefectures without data: light, with a visible border, so "no data" never reads as "low". */
export const NO_DATA_COLOR = "#e5e7eb";

/**
 * A choropleth of the prefectures of one province: each prefecture with a
 * record is coloured on a light-to-dark blue ramp (values scaled like the
 * axes, 亿元), the others stay grey; the tooltip gives the value as reported.
 */
export function buildRegionMapOption({
  records,
  mapName,
  features,
  seriesName,
  lang,
  title,
}: RegionMapInput): ChartOption {
  const { matched } = matchMapRegions(records, features);
  const unit = records[0]?.unit ?? "item";
  const values = [...matched.values()].map((r) => r.value);
  const scale = valueScale(unit, Math.max(0, ...values.map(Math.abs)), lang);
  const min = values.length > 0 ? Math.min(...values) / scale.divisor : 0;
  const max = values.length > 0 ? Math.max(...values) / scale.divisor : 1;
  const byName = new Map<string, IndicatorRecord>();
  const data = features.map((f) => {
    const r = matched.get(f.code);
    const name = displayName(f.name, lang);
    if (!r) return { name, value: null as unknown as number };
    byName.set(name, r);
    return { name, value: r.value / scale.divisor };
  });
  const noData = lang === "zh" ? "无数据" : "no data";
  const description = describeChart(
    "map",
    title,
    [
      {
        name: seriesName,
        points: features
          .filter((f) => matched.has(f.code))
          .map((f) => {
            const r = matched.get(f.code);
            return { label: displayName(f.name, lang), value: r ? formatPoint(pointOf(r), lang) : null };
          }),
      },
    ],
    lang,
    40,
  );
  const missing = features.filter((f) => !matched.has(f.code)).map((f) => displayName(f.name, lang));
  const fullDescription =
    missing.length > 0 && matched.size > 0
      ? `${description}${lang === "zh" ? `${noData}：${missing.join("、")}。` : ` ${noData}: ${missing.join(", ")}.`}`
      : description;

  const option: ChartOption = {
    tooltip: {
      trigger: "item",
      confine: true,
      formatter: (params: unknown) => {
        const name = (params as { name?: string }).name ?? "";
        const r = byName.get(name);
        return `<b>${escapeHtml(name)}</b><br/>${r ? tooltipLine(seriesName, pointOf(r), lang) : escapeHtml(noData)}`;
      },
    },
    visualMap: {
      type: "continuous",
      min: min === max ? Math.min(0, min) : min,
      max,
      left: 16,
      calculable: false,
      text: [
        `${formatAxisNumber(max, lang)} ${scale.label}`,
        formatAxisNumber(min === max ? Math.min(0, min) : min, lang),
      ],
      // The palest step of the ramp is too close to the no-data grey: data starts one step darker.
      inRange: { color: SEQUENTIAL.slice(1) },
      textStyle: { fontSize: 11 },
      itemHeight: 100,
      formatter: (v: unknown) => `${formatAxisNumber(Number(v), lang)} ${scale.label}`,
    },
    series: [
      {
        type: "map",
        name: seriesName,
        map: mapName,
        roam: false,
        showLegendSymbol: false,
        // The boundary files name places in Chinese; English readers get romanised names.
        ...(lang === "zh"
          ? {}
          : { nameMap: Object.fromEntries(features.map((f) => [f.name, displayName(f.name, lang)])) }),
        // A white halo keeps names readable on the darkest fills.
        label: {
          show: features.length <= 24,
          fontSize: 10,
          color: "#1e293b",
          textBorderColor: "#ffffff",
          textBorderWidth: 2,
        },
        emphasis: { label: { show: true }, itemStyle: { areaColor: "#fde68a" } },
        select: { disabled: true },
        itemStyle: { areaColor: NO_DATA_COLOR, borderColor: "#64748b", borderWidth: 0.8 },
        data,
      },
    ],
  };
  return withAria(option, fullDescription);
}
