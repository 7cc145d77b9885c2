import type { IndicatorRecord } from "../../../schema/dataset";
import type { ChartHandle } from "../../charts/chart-toolbar-context";
import { buildFileName } from "../../charts/export/build-file-name";
import { exportChartImage } from "../../charts/export/export-chart-image";
import { presetSlug, type SlidePresetId } from "../../charts/export/slide-presets";
import type { DataDownload } from "./data-download";

export const CHART_DOWNLOADS = ["png2", "png3", "svg", "png-16:9", "svg-16:9", "png-4:3", "svg-4:3"] as const;
export type ChartDownloadKind = (typeof CHART_DOWNLOADS)[number];

interface ChartDownloadSpec {
  format: "png" | "svg";
  pixelRatio?: number;
  preset?: SlidePresetId;
}

export const CHART_DOWNLOAD_SPECS: Record<ChartDownloadKind, ChartDownloadSpec> = {
  png2: { format: "png", pixelRatio: 2 },
  png3: { format: "png", pixelRatio: 3 },
  svg: { format: "svg" },
  "png-16:9": { format: "png", preset: "16:9" },
  "svg-16:9": { format: "svg", preset: "16:9" },
  "png-4:3": { format: "png", preset: "4:3" },
  "svg-4:3": { format: "svg", preset: "4:3" },
};

function one<T>(values: Iterable<T>): T | null {
  const set = new Set(values);
  return set.size === 1 ? ([...set][0] ?? null) : null;
}

/**
 * What a chart's file name says: its single indicator (else the chart id),
 * its single region, and its year or year span — `trade.total-太原市-2021`.
 */
export function chartFileParts(chartId: string, records: readonly IndicatorRecord[]): string[] {
  const years = records.map((r) => r.period.year);
  const min = Math.min(...years);
  const max = Math.max(...years);
  return [
    one(records.map((r) => r.indicator)) ?? chartId,
    one(records.map((r) => r.region.name)) ?? "",
    records.length === 0 ? "" : min === max ? String(min) : `${min}-${max}`,
  ];
}

/** One image file of a live chart, named after what it shows. */
export async function buildChartDownload(
  kind: ChartDownloadKind,
  chart: ChartHandle,
  generatedAt: string,
): Promise<DataDownload> {
  if (!chart.instance) throw new Error("the chart has not drawn yet");
  const spec = CHART_DOWNLOAD_SPECS[kind];
  const image = await exportChartImage(chart.instance, spec, { relayout: chart.optionForWidth });
  const variant = spec.preset ? presetSlug(spec.preset) : spec.pixelRatio ? `${spec.pixelRatio}x` : "";
  const parts = [...chartFileParts(chart.chartId, chart.records), variant];
  return { content: image.blob, fileName: buildFileName({ parts, generatedAt, ext: spec.format }) };
}
