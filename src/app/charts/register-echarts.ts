import { BarChart } from "echarts/charts";
import {
  AriaComponent,
  GridComponent,
  LegendPlainComponent,
  TitleComponent,
  TooltipComponent,
} from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { measureChartText } from "./measure-text";

// Only what the chart views draw first, in the chunk every chart view loads.
// Line series install themselves with the trade view (register-line.ts),
// the map series, geo and visualMap with the map (register-map.ts). The
// legend is the plain one (no scrolling legend is drawn). SVG only: crisp
// at any zoom and on projectors, exportable as SVG, and it draws in jsdom,
// so the same renderer runs in tests and in the browser.
echarts.use([
  BarChart,
  AriaComponent,
  GridComponent,
  LegendPlainComponent,
  TitleComponent,
  TooltipComponent,
  SVGRenderer,
]);

echarts.setPlatformAPI({ measureText: measureChartText });

export { echarts };
