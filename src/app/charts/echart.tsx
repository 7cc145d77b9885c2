import type { EChartsType } from "echarts/core";
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { ChartOption } from "./chart-option";
import { useEcharts } from "./load-echarts";
import { loadTooltip } from "./load-tooltip";

export interface EChartProps {
  option: ChartOption;
  /** Decal patterns on series (ECharts `aria.decal`), so series differ by texture as well as colour. */
  decals?: boolean;
  /** Called with the live instance once it has drawn. */
  onReady?: (instance: EChartsType) => void;
  /** Height of the chart box; the width always follows the container. */
  height: number | string;
  /**
   * The box's width when the caller has measured it: ECharts then starts at
   * this size instead of measuring the box itself, which forces the browser
   * to lay out the page in the middle of the first draw.
   */
  width?: number;
  className?: string;
  /** Identifies the chart in tests and exports ("projects-funnel"). */
  chartId?: string;
}

const FILL = { width: "100%", height: "100%" } as const;

/**
 * The one thin wrapper around ECharts: option in, instance out. It draws with
 * the SVG renderer once ECharts has loaded (an empty box of the given size
 * until then), follows its container's size (a ResizeObserver on its box),
 * turns decals on or off, and marks its box `data-chart-ready="true"` once
 * the first frame is drawn, which the browser tests wait for.
 *
 * It talks to ECharts directly rather than through echarts-for-react, whose
 * first draw goes through a throw-away instance and an extra frame, and
 * which re-sets the option after a deep comparison on every render.
 */
export function EChart({ option, decals = false, onReady, height, width, className, chartId }: EChartProps) {
  const echarts = useEcharts();
  const [ready, setReady] = useState(false);
  const instanceRef = useRef<EChartsType | null>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLDivElement>(null);
  /** The option last handed to ECharts, so an unchanged option is not drawn twice. */
  const drawnRef = useRef<ChartOption | null>(null);
  const onReadyRef = useRef(onReady);
  onReadyRef.current = onReady;

  const full = useMemo<ChartOption>(() => {
    const aria = Array.isArray(option.aria) ? option.aria[0] : option.aria;
    return { ...option, aria: { enabled: true, ...aria, decal: { show: decals } } };
  }, [option, decals]);
  const fullRef = useRef(full);
  fullRef.current = full;
  // Read when the chart is created (which may be after ECharts has loaded):
  // later sizes come from the observer below.
  const initialSize = useRef({ width, height: typeof height === "number" ? height : undefined });
  initialSize.current = { width, height: typeof height === "number" ? height : undefined };

  // Created and drawn in a layout effect, so the browser's first paint of
  // the box already holds the chart. The first draw has no animation: the
  // reader sees the figures at once instead of bars growing from zero,
  // and the page is not re-rendered every frame for a second while it loads.
  useLayoutEffect(() => {
    const el = canvasRef.current;
    if (!el || !echarts) return;
    const { width: knownWidth, height: knownHeight } = initialSize.current;
    const chart = echarts.init(el, undefined, {
      renderer: "svg",
      // Both or neither: one given alone still makes ECharts measure the box.
      ...(knownWidth !== undefined && knownHeight !== undefined ? { width: knownWidth, height: knownHeight } : {}),
    });
    instanceRef.current = chart;
    // Later options (filters, choices) carry no such override and animate as usual.
    chart.setOption({ ...fullRef.current, animation: false }, { notMerge: true });
    drawnRef.current = fullRef.current;
    setReady(true);
    onReadyRef.current?.(chart);
    // The tooltip joins the drawn chart once its code is in: a merge that
    // adds it and leaves the rest as drawn. Later options carry it anyway.
    let live = true;
    loadTooltip().then(
      () => {
        const { tooltip } = fullRef.current;
        if (live && !chart.isDisposed() && tooltip) chart.setOption({ tooltip });
      },
      // Without it the chart still reads; it only lacks the hover details.
      () => undefined,
    );
    return () => {
      live = false;
      chart.dispose();
      instanceRef.current = null;
      drawnRef.current = null;
    };
  }, [echarts]);

  useEffect(() => {
    const chart = instanceRef.current;
    if (!chart || chart.isDisposed() || drawnRef.current === full) return;
    chart.setOption(full, { notMerge: true });
    drawnRef.current = full;
  }, [full]);

  // Follows the box's size. An observer reports the size it first sees
  // too; the chart was created at that size, so only real changes resize.
  useEffect(() => {
    const box = boxRef.current;
    if (!box || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => {
      const chart = instanceRef.current;
      const el = canvasRef.current;
      if (!chart || chart.isDisposed() || !el) return;
      if (el.clientWidth === chart.getWidth() && el.clientHeight === chart.getHeight()) return;
      chart.resize({ width: "auto", height: "auto" });
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  return (
    <div
      ref={boxRef}
      className={className}
      style={{ width: "100%", height, minWidth: 0, overflow: "hidden" }}
      data-chart-ready={ready ? "true" : "false"}
      data-chart-id={chartId}
    >
      <div ref={canvasRef} style={FILL} />
    </div>
  );
}
