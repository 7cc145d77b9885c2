import { render, waitFor } from "@testing-library/react";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { buildCategoryChart } from "../../../src/app/charts/build-category-chart";
import { ChartCard } from "../../../src/app/charts/chart-card";
import { EChart } from "../../../src/app/charts/echart";
import { loadEcharts } from "../../../src/app/charts/load-echarts";

const option = buildCategoryChart({
  title: "太原市进出口",
  lang: "zh",
  unit: "CNY",
  categories: ["2020年", "2021年"],
  series: [
    {
      name: "进出口总额",
      color: "#0072B2",
      points: [
        { value: 1211e8, unit: "CNY", qualifier: "exact", measure: "value" },
        { value: 1852.35e8, unit: "CNY", qualifier: "exact", measure: "value" },
      ],
    },
  ],
});

// ECharts loads on demand (load-echarts.ts). Loaded here first, so the
// waits below time the draws and not the compiling of ECharts' modules,
// which takes seconds on a busy machine.
beforeAll(() => loadEcharts(), 30_000);

describe("EChart", () => {
  it("draws with the SVG renderer, marks itself ready, hands out the instance and carries the aria description", async () => {
    const onReady = vi.fn();
    const { container } = render(<EChart option={option} height={300} onReady={onReady} chartId="t" />);
    const box = container.querySelector("[data-chart-id=t]");
    await waitFor(() => expect(box).toHaveAttribute("data-chart-ready", "true"));
    expect(onReady).toHaveBeenCalledTimes(1);
    const instance = onReady.mock.calls[0]?.[0] as { getOption: () => { aria: { decal: { show: boolean } } } };
    expect(instance.getOption().aria.decal.show).toBe(false);
    expect(container.querySelector("svg")).not.toBeNull();
    expect(container.querySelector("[aria-label]")?.getAttribute("aria-label")).toBe(
      "柱状图：太原市进出口。进出口总额：2020年 1211亿元，2021年 1852.35亿元。",
    );
  });

  it("starts at the size it is given, without measuring its box (jsdom's boxes measure 0 × 0)", async () => {
    const onReady = vi.fn();
    render(<EChart option={option} height={300} width={640} onReady={onReady} chartId="s" />);
    await waitFor(() => expect(onReady).toHaveBeenCalledTimes(1));
    const instance = onReady.mock.calls[0]?.[0] as { getWidth: () => number; getHeight: () => number };
    expect([instance.getWidth(), instance.getHeight()]).toEqual([640, 300]);
  });

  it("turns decal patterns on when asked", async () => {
    const onReady = vi.fn();
    const { container } = render(<EChart option={option} height={300} decals onReady={onReady} chartId="d" />);
    await waitFor(() =>
      expect(container.querySelector("[data-chart-id=d]")).toHaveAttribute("data-chart-ready", "true"),
    );
    const instance = onReady.mock.calls[0]?.[0] as { getOption: () => { aria: { decal: { show: boolean } } } };
    expect(instance.getOption().aria.decal.show).toBe(true);
  });
});

describe("ChartCard", () => {
  it("renders the toolbar with the chart's handle and passes the live instance on", async () => {
    const onInstance = vi.fn();
    const toolbar = vi.fn((chart: { chartId: string; instance: unknown }) => (
      <button type="button">{chart.instance ? `export ${chart.chartId}` : "waiting"}</button>
    ));
    const { findByRole, container } = render(
      <ChartCard
        chartId="trade-trend"
        context={{
          title: "太原市进出口",
          subtitle: "太原市 · 全年",
          source: "数据来源：据 1 篇报道整理 — 太原日报 2022-02-27",
        }}
        option={option}
        records={[]}
        toolbar={toolbar}
        onInstance={onInstance}
      />,
    );
    expect(await findByRole("button", { name: "export trade-trend" })).toBeInTheDocument();
    expect(onInstance).toHaveBeenCalled();
    expect(container.querySelector("figcaption")?.textContent).toContain("数据来源：据 1 篇报道整理");
    const handle = toolbar.mock.calls.at(-1)?.[0] as unknown as {
      optionForWidth: (w: number) => { title: { text: string }[] };
    };
    expect(handle.optionForWidth(960).title[0]?.text).toBe("太原市进出口");
  });
});
