import type { EChartsType } from "echarts/core";
import { createContext, type ReactNode } from "react";
import type { IndicatorRecord } from "../../schema/dataset";
import type { ChartContext } from "./chart-context";
import type { ChartOption } from "./chart-option";

/** Everything a chart's toolbar (export buttons) may need about one live chart. */
export interface ChartHandle {
  /** Stable id of the chart within the app: "trade-trend". */
  chartId: string;
  /** The live instance, null until the chart has drawn. */
  instance: EChartsType | null;
  context: ChartContext;
  /** The records the chart shows, for "data of this chart" downloads. */
  records: readonly IndicatorRecord[];
  /** The full option (context included) laid out for a given width, e.g. a slide preset's. */
  optionForWidth: (width: number) => ChartOption;
}

/**
 * Lets the app put a toolbar (the export menu) beside every chart without the
 * views knowing about it: the shell provides a render function, ChartCard
 * calls it with the chart's handle. Default: no toolbar.
 */
export const ChartToolbarContext = createContext<((chart: ChartHandle) => ReactNode) | null>(null);
