import { ChartViewFallback } from "../../charts/chart-view-fallback";
import { loadEcharts } from "../../charts/load-echarts";
import type { ViewProps } from "../../view-props";
import { LazyViewSlot, lazyView } from "../shell/lazy-view";

// The charts load on demand, so the first load of the app, which opens on
// the overview, carries no charting code. ECharts starts loading with them
// but is not part of them: the view renders without waiting for it.
const charts = lazyView<ViewProps>(() => {
  void loadEcharts().catch(() => undefined);
  return import("./projects-charts");
});
/** Starts loading the charts (tabs call it on hover, so the code is on its way before the click). */
export const loadProjectsCharts = charts.load;

export function ProjectsView(props: ViewProps) {
  return <LazyViewSlot view={charts} props={props} fallback={<ChartViewFallback lang={props.lang} />} />;
}
