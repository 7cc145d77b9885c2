import { cleanup, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { EChartsType } from "echarts/core";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ChartHandle } from "../../../src/app/charts/chart-toolbar-context";
import { ChartExportMenu } from "../../../src/app/features/export/chart-export-menu";
import { records } from "./export-fixture";

const saved = vi.hoisted(() => [] as { content: Blob; fileName: string }[]);
vi.mock("../../../src/app/features/export/save-file", () => ({
  saveFile: (content: Blob, fileName: string) => saved.push({ content, fileName }),
}));

/** A live chart as the SVG renderer would answer export calls. */
function fakeInstance(): EChartsType {
  let size = { width: 640, height: 400 };
  const fake = {
    getWidth: () => size.width,
    getHeight: () => size.height,
    resize: (o?: { width?: number | "auto"; height?: number | "auto" }) => {
      size = {
        width: typeof o?.width === "number" ? o.width : 640,
        height: typeof o?.height === "number" ? o.height : 400,
      };
    },
    setOption: () => undefined,
    getOption: () => ({}),
    getDataURL: () =>
      `data:image/svg+xml;charset=UTF-8,${encodeURIComponent(
        `<svg width="${size.width}" height="${size.height}" xmlns="http://www.w3.org/2000/svg"><text>太原市进出口</text></svg>`,
      )}`,
  };
  return fake as unknown as EChartsType;
}

function handle(instance: EChartsType | null): ChartHandle {
  return {
    chartId: "trade-trend",
    instance,
    context: { title: "太原市进出口" },
    records: records.slice(0, 1),
    optionForWidth: (width) => ({ title: { text: `w${width}` } }),
  };
}

afterEach(cleanup);
beforeEach(() => {
  saved.length = 0;
});

describe("ChartExportMenu", () => {
  it("offers every image export, labelled in the UI language and named after the chart", async () => {
    const user = userEvent.setup();
    render(<ChartExportMenu chart={handle(fakeInstance())} lang="en" generatedAt="2026-11-28T03:00:00Z" />);
    await user.click(screen.getByLabelText("Export chart: 太原市进出口"));
    expect(screen.getAllByRole("button").map((b) => b.textContent)).toEqual([
      "PNG 2×",
      "PNG 3×",
      "SVG",
      "Slide 16:9 PNG",
      "Slide 16:9 SVG",
      "Slide 4:3 PNG",
      "Slide 4:3 SVG",
      "Copy image",
    ]);
  });

  it("saves an SVG of the live chart at a slide preset", async () => {
    const user = userEvent.setup();
    render(<ChartExportMenu chart={handle(fakeInstance())} lang="zh" generatedAt="2026-11-28T03:00:00Z" />);
    await user.click(screen.getByText("导出图表"));
    await user.click(screen.getByText("幻灯片 16:9 SVG"));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.fileName).toBe("zhibiao-trade.total-太原市-2021-16x9-20261128.svg");
    const svg = await saved[0]?.content.text();
    expect(svg).toContain('width="1920" height="1080"');
    expect(svg).toContain("太原市进出口");
    expect(screen.getByRole("status").textContent).toBe("已下载 zhibiao-trade.total-太原市-2021-16x9-20261128.svg");
  });

  it("says the chart is not ready instead of failing silently", async () => {
    const user = userEvent.setup();
    render(<ChartExportMenu chart={handle(null)} lang="en" generatedAt="2026-11-28T03:00:00Z" />);
    await user.click(screen.getByText("Export chart"));
    await user.click(screen.getByText("SVG"));
    expect(screen.getByRole("status").textContent).toBe("The chart has not finished drawing");
    expect(saved).toHaveLength(0);
  });

  it("explains when the browser cannot copy images", async () => {
    vi.stubGlobal("ClipboardItem", undefined);
    const user = userEvent.setup();
    render(<ChartExportMenu chart={handle(fakeInstance())} lang="en" generatedAt="2026-11-28T03:00:00Z" />);
    await user.click(screen.getByText("Export chart"));
    await user.click(screen.getByText("Copy image"));
    await waitFor(() =>
      expect(screen.getByRole("status").textContent).toBe("This browser cannot copy images; download the PNG instead"),
    );
    vi.unstubAllGlobals();
  });
});
