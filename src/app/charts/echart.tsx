import type { EChartsType } from "echarts/core";
import EChartsReactCore from "echarts-for-react/esm/core";
import { type CSSProperties, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ChartOption } from "./chart-option";
import { echarts } from "./register-echarts";

export interface EChartProps {
  option: ChartOption;
  /** Decal patterns on series (ECharts `aria.decal`), so series differ by texture as well as colour. */
  decals?: boolean;
  /** Called with the live instance once it has drawn, and again if it is re-created. */
  onReady?: (instance: EChartsType) => void;
  /** Height of the chart box; the width always follows the container. */
  height: number | string;
  className?: string;
  /** Identifies the chart in tests and exports ("projects-funnel"). */
  chartId?: string;
}

const FILL: CSSProperties = { width: "100%", height: "100%" };
const OPTS = { renderer: "svg" } as const;

/**
 * The one thin wrapper around ECharts: option in, instance out. It draws with
 * the SVG renderer, follows its container's size (a ResizeObserver on its
 * box), turns decals on or off, and marks its box `data-chart-ready="true"`
 * once the first frame is drawn, which the browser tests wait for.
 */
export function EChart({ option, decals = false, onReady, height, className, chartId }: EChartProps) {
  const [ready, setReady] = useState(false);
  const instanceRef = useRef<EChartsType | null>(null);
  const boxRef = useRef<HTMLDivElement>(null);

  // echarts-for-react skips the first size change it observes (to keep the
  // opening animation), so a box that grows right after mounting (the card
  // measures its width, the wrapped title needs more height) would keep a
  // chart of the old size. The wrapper watches its own box instead.
  useEffect(() => {
    const box = boxRef.current;
    if (!box || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => {
      const chart = instanceRef.current;
      // "auto": echarts-for-react creates the instance with a fixed initial size.
      if (chart && !chart.isDisposed()) chart.resize({ width: "auto", height: "auto" });
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  const full = useMemo<ChartOption>(() => {
    const aria = Array.isArray(option.aria) ? option.aria[0] : option.aria;
    return { ...option, aria: { enabled: true, ...aria, decal: { show: decals } } };
  }, [option, decals]);

  const handleReady = useCallback(
    (instance: EChartsType) => {
      instanceRef.current = instance;
      setReady(true);
      onReady?.(instance);
    },
    [onReady],
  );

  return (
    <div
      ref={boxRef}
      className={className}
      style={{ width: "100%", height, minWidth: 0, overflow: "hidden" }}
      data-chart-ready={ready ? "true" : "false"}
      data-chart-id={chartId}
    >
      <EChartsReactCore
        echarts={echarts}
        option={full}
        notMerge
        opts={OPTS}
        style={FILL}
        autoResize={false}
        onChartReady={handleReady}
      />
    </div>
  );
}
