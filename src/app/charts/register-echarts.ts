import { BarChart, LineChart } from "echarts/charts";
import { AriaComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { measureChartText } from "./measure-text";

// Only what the first-load views draw. The map series, geo and visualMap are
// installed by register-map.ts inside the lazily loaded map chunk. SVG only:
// crisp at any zoom and on projectors, exportable as SVG, and it draws in
// jsdom, so the same renderer runs in tests and in the browser.
echarts.use([
  BarChart,
  LineChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  SVGRenderer,
]);

echarts.setPlatformAPI({ measureText: measureChartText });

export { echarts };
