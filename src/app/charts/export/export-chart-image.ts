import type { ChartOption } from "../chart-option";
import { decodeSvgDataUrl, isSvgDataUrl, prepareSvg } from "./prepare-svg";
import { rasterizeSvg } from "./rasterize-svg";
import { type ImageSize, presetLayout, SLIDE_PRESETS, type SlidePresetId } from "./slide-presets";

/**
 * The part of an ECharts instance that export uses; an `EChartsType` fits it,
 * and tests can pass a fake.
 */
export interface ExportableChart {
  getWidth(): number;
  getHeight(): number;
  resize(opts?: { width?: number | "auto"; height?: number | "auto"; silent?: boolean }): void;
  getDataURL(opts?: {
    type?: "png" | "jpeg" | "svg";
    pixelRatio?: number;
    backgroundColor?: string;
    excludeComponents?: string[];
  }): string | undefined;
  setOption(option: ChartOption, opts?: { silent?: boolean }): void;
  getOption(): { animation?: unknown };
}

/** The chart's full option (title, legend, grid, footer) laid out for a width; from ChartHandle.optionForWidth. */
export type OptionForWidth = (width: number) => ChartOption;

export type ChartImageFormat = "png" | "svg";

export interface ChartImageRequest {
  format: ChartImageFormat;
  /** Device pixels per CSS pixel for PNG at the on-screen size (2 or 3); ignored for presets and SVG. */
  pixelRatio?: number;
  /** Lay the chart out at a slide preset instead of its on-screen size. */
  preset?: SlidePresetId;
}

export interface ChartImage {
  blob: Blob;
  format: ChartImageFormat;
  /** Pixel size (PNG) or declared size (SVG). */
  width: number;
  height: number;
}

export class ChartExportError extends Error {
  readonly reason: "svg-renderer-required" | "empty";
  constructor(reason: "svg-renderer-required" | "empty") {
    super(
      reason === "svg-renderer-required"
        ? "SVG export needs a chart drawn with the SVG renderer"
        : "the chart returned no image",
    );
    this.name = "ChartExportError";
    this.reason = reason;
  }
}

export const EXPORT_BACKGROUND = "#ffffff";

/**
 * Runs `draw` with the live chart laid out at `layout` (its title, legend,
 * grid and footer re-flowed for that width when `relayout` is given), then
 * gives the chart back its own size and layout. All of it happens in one
 * task, so the browser never paints the temporary size: the reader sees no
 * jump; animation is off meanwhile so nothing glides back afterwards.
 */
export function withLayout<T>(
  chart: ExportableChart,
  layout: ImageSize | null,
  draw: () => T,
  relayout?: OptionForWidth,
): T {
  if (!layout) return draw();
  const before = { width: chart.getWidth(), height: chart.getHeight() };
  const animation = chart.getOption().animation;
  chart.resize({ width: layout.width, height: layout.height, silent: true });
  if (relayout) chart.setOption({ ...relayout(layout.width), animation: false }, { silent: true });
  try {
    return draw();
  } finally {
    // "auto" hands sizing back to the container, as before the export; a
    // chart created with a fixed size gets that size back instead.
    chart.resize({ width: "auto", height: "auto", silent: true });
    if (chart.getWidth() !== before.width || chart.getHeight() !== before.height) {
      chart.resize({ ...before, silent: true });
    }
    if (relayout) {
      chart.setOption({ ...relayout(chart.getWidth()), animation: false }, { silent: true });
      chart.setOption({ animation: typeof animation === "boolean" ? animation : true }, { silent: true });
    }
  }
}

/** Blob of a base64 data URL, without fetch (the CSP allows no data: fetches). */
export function dataUrlToBlob(url: string): Blob {
  const match = /^data:(?<type>[^;,]+)(?:;[^,]*)?;base64,(?<body>.*)$/su.exec(url);
  if (!match?.groups) throw new ChartExportError("empty");
  const bytes = Uint8Array.from(atob(match.groups.body ?? ""), (c) => c.charCodeAt(0));
  return new Blob([bytes], { type: match.groups.type });
}

/**
 * An image of the live chart, drawn by ECharts itself (`getDataURL`): never a
 * page screenshot nor a hidden second chart. With the SVG renderer the SVG is
 * the source of both formats (PNG is rasterised from it at the target pixel
 * size); with the canvas renderer PNG comes straight from the canvas and SVG
 * is impossible.
 */
export async function exportChartImage(
  chart: ExportableChart,
  request: ChartImageRequest,
  options: { relayout?: OptionForWidth; background?: string } = {},
): Promise<ChartImage> {
  const background = options.background ?? EXPORT_BACKGROUND;
  const preset = request.preset ? SLIDE_PRESETS[request.preset] : null;
  const layout =
    request.preset !== undefined
      ? presetLayout(request.preset)
      : { width: chart.getWidth(), height: chart.getHeight() };
  const scale = preset ? preset.scale : request.format === "png" ? (request.pixelRatio ?? 2) : 1;
  const output = { width: Math.round(layout.width * scale), height: Math.round(layout.height * scale) };

  const url = withLayout(
    chart,
    request.preset !== undefined ? layout : null,
    () =>
      chart.getDataURL({
        type: request.format,
        pixelRatio: scale,
        backgroundColor: background,
        excludeComponents: ["toolbox"],
      }),
    options.relayout,
  );
  if (!url) throw new ChartExportError("empty");

  if (!isSvgDataUrl(url)) {
    if (request.format === "svg") throw new ChartExportError("svg-renderer-required");
    return { blob: dataUrlToBlob(url), format: "png", ...output };
  }
  const svg = prepareSvg(decodeSvgDataUrl(url), {
    layout,
    output: request.format === "svg" && !preset ? layout : output,
    background,
  });
  if (request.format === "svg") {
    const declared = preset ? output : layout;
    return { blob: new Blob([svg], { type: "image/svg+xml;charset=utf-8" }), format: "svg", ...declared };
  }
  return { blob: await rasterizeSvg(svg, output, background), format: "png", ...output };
}
