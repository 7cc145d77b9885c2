import { BarChart } from "echarts/charts";
import { AriaComponent, GridComponent, LegendPlainComponent, TitleComponent } from "echarts/components";
import { init, setPlatformAPI, use } from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { measureChartText } from "./measure-text";

// Only what a first draw needs, in the chunk every chart view loads. The
// rest installs itself where it is used: line series with the trade view
// (register-line.ts), map series, geo and visualMap with the map
// (register-map.ts), the tooltip after the first chart has painted
// (register-tooltip.ts). SVG only: crisp at any zoom and on
// projectors, exportable as SVG, and it draws in jsdom, so the same
// renderer runs in tests and in the browser.
use([BarChart, AriaComponent, GridComponent, LegendPlainComponent, TitleComponent, SVGRenderer]);

setPlatformAPI({ measureText: measureChartText });

// Only `init` goes out: the charts load this module with a dynamic import,
// and a whole namespace handed out that way keeps every export of
// echarts/core (map parsing, the graphic API) in the chunk.
export { init };
