import { ChartViewFallback } from "../../charts/chart-view-fallback";
import { loadEcharts } from "../../charts/load-echarts";
import type { ViewProps } from "../../view-props";
import { LazyViewSlot, lazyView } from "../shell/lazy-view";

// The charts (and ECharts with them: the line series install themselves on
// it) load on demand, so the first load of the app, which opens on the
// overview, carries no charting code.
const charts = lazyView<ViewProps>(() => {
  void loadEcharts().catch(() => undefined);
  return import("./trade-charts");
});
/** Starts loading the charts (tabs call it on hover, so the code is on its way before the click). */
export const loadTradeCharts = charts.load;

export function TradeView(props: ViewProps) {
  return <LazyViewSlot view={charts} props={props} fallback={<ChartViewFallback lang={props.lang} />} />;
}
