import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  ChartExportError,
  type ExportableChart,
  exportChartImage,
} from "../../../src/app/charts/export/export-chart-image";

const rasterize = vi.hoisted(() => vi.fn(async () => new Blob(["png"], { type: "image/png" })));
vi.mock("../../../src/app/charts/export/rasterize-svg", () => ({ rasterizeSvg: rasterize }));

/** A chart that records its sizes and returns what its renderer would. */
function fakeChart(renderer: "svg" | "canvas", size = { width: 600, height: 400 }) {
  const container = { ...size };
  let current: { width: number; height: number } = { ...size };
  const sizesSeenAtExport: { width: number; height: number }[] = [];
  const chart: ExportableChart & { calls: unknown[]; options: unknown[] } = {
    calls: [],
    options: [],
    setOption(option) {
      chart.options.push(option);
    },
    getOption: () => ({ animation: "auto" }),
    getWidth: () => current.width,
    getHeight: () => current.height,
    resize(opts) {
      const w = opts?.width;
      const h = opts?.height;
      current = {
        width: w === undefined || w === "auto" ? container.width : w,
        height: h === undefined || h === "auto" ? container.height : h,
      };
    },
    getDataURL(opts) {
      chart.calls.push(opts);
      sizesSeenAtExport.push({ ...current });
      if (renderer === "svg") {
        const svg = `<svg width="${current.width}" height="${current.height}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${current.width} ${current.height}"><text>标题</text></svg>`;
        return `data:image/svg+xml;charset=UTF-8,${encodeURIComponent(svg)}`;
      }
      return `data:image/png;base64,${btoa("PNGDATA")}`;
    },
  };
  return { chart, sizesSeenAtExport, current: () => current };
}

beforeEach(() => rasterize.mockClear());

describe("exportChartImage", () => {
  it("exports SVG of the live chart at its own size, white background first", async () => {
    const { chart, sizesSeenAtExport } = fakeChart("svg");
    const image = await exportChartImage(chart, { format: "svg" });
    expect(image).toMatchObject({ format: "svg", width: 600, height: 400 });
    expect(sizesSeenAtExport).toEqual([{ width: 600, height: 400 }]);
    const text = await image.blob.text();
    expect(text).toContain('<rect x="0" y="0" width="600" height="400" fill="#ffffff"/>');
    expect(text).toContain("<text>标题</text>");
  });

  it.each([
    ["16:9", { width: 960, height: 540 }, { width: 1920, height: 1080 }],
    ["4:3", { width: 800, height: 600 }, { width: 1600, height: 1200 }],
  ] as const)("lays the chart out at the %s preset, then gives it its size back", async (preset, layout, pixels) => {
    const { chart, sizesSeenAtExport, current } = fakeChart("svg");
    const svg = await exportChartImage(chart, { format: "svg", preset });
    expect(sizesSeenAtExport).toEqual([layout]);
    expect(svg).toMatchObject(pixels);
    expect(await svg.blob.text()).toContain(`width="${pixels.width}" height="${pixels.height}"`);
    expect(current()).toEqual({ width: 600, height: 400 });

    const png = await exportChartImage(chart, { format: "png", preset });
    expect(png).toMatchObject({ format: "png", ...pixels });
    expect(rasterize).toHaveBeenCalledWith(
      expect.stringContaining(`viewBox="0 0 ${layout.width} ${layout.height}"`),
      pixels,
      "#ffffff",
    );
    expect(current()).toEqual({ width: 600, height: 400 });
  });

  it.each([2, 3])("rasterises PNG at %i× the on-screen size with the SVG renderer", async (ratio) => {
    const { chart } = fakeChart("svg");
    const png = await exportChartImage(chart, { format: "png", pixelRatio: ratio });
    expect(png).toMatchObject({ width: 600 * ratio, height: 400 * ratio });
    expect(rasterize).toHaveBeenCalledWith(expect.any(String), { width: 600 * ratio, height: 400 * ratio }, "#ffffff");
  });

  it("takes PNG straight from a canvas-rendered chart, with pixel ratio and white background", async () => {
    const { chart } = fakeChart("canvas");
    const png = await exportChartImage(chart, { format: "png", pixelRatio: 3 });
    expect(chart.calls).toEqual([
      { type: "png", pixelRatio: 3, backgroundColor: "#ffffff", excludeComponents: ["toolbox"] },
    ]);
    expect(rasterize).not.toHaveBeenCalled();
    expect(png.blob.type).toBe("image/png");
    expect(await png.blob.text()).toBe("PNGDATA");
  });

  it("says SVG needs the SVG renderer instead of returning a PNG", async () => {
    const { chart } = fakeChart("canvas");
    await expect(exportChartImage(chart, { format: "svg" })).rejects.toBeInstanceOf(ChartExportError);
  });

  it("re-flows title and footer for the preset width, then for the chart's own width", async () => {
    const { chart } = fakeChart("svg");
    const relayout = vi.fn((width: number) => ({ title: { text: `at ${width}` } }));
    await exportChartImage(chart, { format: "svg", preset: "16:9" }, { relayout });
    expect(relayout.mock.calls).toEqual([[960], [600]]);
    expect(chart.options).toEqual([
      { title: { text: "at 960" }, animation: false },
      { title: { text: "at 600" }, animation: false },
      { animation: true },
    ]);
  });

  it("leaves the option alone at the on-screen size", async () => {
    const { chart } = fakeChart("svg");
    const relayout = vi.fn(() => ({}));
    await exportChartImage(chart, { format: "png", pixelRatio: 2 }, { relayout });
    expect(relayout).not.toHaveBeenCalled();
    expect(chart.options).toEqual([]);
  });

  it("restores the size even when drawing fails", async () => {
    const { chart, current } = fakeChart("svg");
    chart.getDataURL = () => {
      throw new Error("boom");
    };
    await expect(exportChartImage(chart, { format: "svg", preset: "4:3" })).rejects.toThrow("boom");
    expect(current()).toEqual({ width: 600, height: 400 });
  });
});
