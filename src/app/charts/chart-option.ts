import type { BarSeriesOption, LineSeriesOption, MapSeriesOption } from "echarts/charts";
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from "echarts/components";
import type { ComposeOption } from "echarts/core";

/**
 * The option type every builder returns: only the series and components that
 * `register-echarts.ts` (and, for the map, `register-map.ts`) install, so a
 * builder cannot ask for something that would silently not draw.
 */
export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | MapSeriesOption
  | AriaComponentOption
  | GridComponentOption
  | LegendComponentOption
  | TitleComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
>;

export type { BarSeriesOption, LineSeriesOption, MapSeriesOption };
