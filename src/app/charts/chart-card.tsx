import type { EChartsType } from "echarts/core";
import { type ReactNode, useCallback, useContext, useId, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { IndicatorRecord } from "../../schema/dataset";
import type { ChartContext } from "./chart-context";
import type { ChartOption } from "./chart-option";
import { type ChartHandle, ChartToolbarContext } from "./chart-toolbar-context";
import { requestDrawTurn } from "./draw-queue";
import { EChart } from "./echart";
import { useEcharts } from "./load-echarts";
import { chartHeightFor, withChartContext } from "./with-chart-context";

export interface ChartCardProps {
  chartId: string;
  context: ChartContext;
  /** The builder's option, without title or source: the card adds them for its width. */
  option: ChartOption;
  /** Records behind the chart (for the toolbar's data download). */
  records: readonly IndicatorRecord[];
  decals?: boolean;
  /** Height of the plot area itself; the card adds the header and footer. */
  plotHeight?: number;
  /** Buttons beside the chart; defaults to what ChartToolbarContext provides. */
  toolbar?: ReactNode | ((chart: ChartHandle) => ReactNode);
  onInstance?: (instance: EChartsType) => void;
}

// Width used before the first measurement and where layout is unavailable (jsdom).
const FALLBACK_WIDTH = 640;

/**
 * A titled figure around one chart. The chart draws its own title, subtitle,
 * unit and source line (so an exported image carries them); the card lays
 * them out for its measured width, offers the toolbar slot, and repeats the
 * context in a caption for screen readers.
 */
export function ChartCard({
  chartId,
  context,
  option,
  records,
  decals = false,
  plotHeight = 280,
  toolbar,
  onInstance,
}: ChartCardProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  // Null until measured: the chart is laid out for the card's real width
  // from its first draw, rather than drawn at a guess and again at once.
  const [measured, setMeasured] = useState<number | null>(null);
  const width = measured ?? FALLBACK_WIDTH;
  // Charts of a view draw one per frame (see draw-queue.ts).
  const [turn, setTurn] = useState(false);
  const [instance, setInstance] = useState<EChartsType | null>(null);
  const captionId = useId();
  const provided = useContext(ChartToolbarContext);

  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const measure = () => {
      const w = Math.round(box.clientWidth);
      setMeasured((last) => (w > 0 ? w : (last ?? FALLBACK_WIDTH)));
    };
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  // Turns are taken once ECharts is in: before that the card lays out at its
  // final height, and the charts that load together still draw one a frame.
  const echartsLoaded = useEcharts() !== null;
  useLayoutEffect(() => (echartsLoaded ? requestDrawTurn(() => setTurn(true)) : undefined), [echartsLoaded]);

  // The full option is built once the card is measured and either ECharts is
  // still loading (the text measuring is done while the page would wait
  // anyway) or the chart is about to draw: not at the fallback width, nor
  // for a chart waiting its turn behind one being drawn.
  const building = measured !== null && (turn || !echartsLoaded);
  const full = useMemo(
    () => (building ? withChartContext(option, context, width) : null),
    [building, option, context, width],
  );
  const height = useMemo(
    () => chartHeightFor(option, context, width, plotHeight),
    [option, context, width, plotHeight],
  );

  const handleReady = useCallback(
    (chart: EChartsType) => {
      setInstance(chart);
      onInstance?.(chart);
    },
    [onInstance],
  );

  const handle = useMemo<ChartHandle>(
    () => ({
      chartId,
      instance,
      context,
      records,
      optionForWidth: (w: number) => withChartContext(option, context, w),
    }),
    [chartId, instance, context, records, option],
  );

  const renderToolbar = toolbar ?? provided;
  const bar = typeof renderToolbar === "function" ? renderToolbar(handle) : renderToolbar;

  return (
    <figure
      className="m-0 min-w-0 rounded-lg border border-slate-200 bg-white shadow-sm"
      aria-labelledby={captionId}
      data-chart-card={chartId}
    >
      <figcaption id={captionId} className="sr-only">
        {[context.title, context.subtitle, context.unit, context.source].filter(Boolean).join(" — ")}
      </figcaption>
      {bar ? <div className="flex flex-wrap justify-end gap-2 px-3 pt-2">{bar}</div> : null}
      <div ref={boxRef} className="w-full min-w-0">
        {full === null || !turn ? (
          <div style={{ height }} />
        ) : (
          <EChart option={full} decals={decals} height={height} width={width} onReady={handleReady} chartId={chartId} />
        )}
      </div>
    </figure>
  );
}
