import { lazy, Suspense } from "react";
import { ChartViewFallback } from "../../charts/chart-view-fallback";
import type { ViewProps } from "../../view-props";

// The charts (and ECharts with them) load on demand, so the first load of
// the app, which opens on the overview, carries no charting code.
/** Starts loading the charts (tabs call it on hover, so the code is on its way before the click). */
export const loadTradeCharts = () => import("./trade-charts");
const TradeCharts = lazy(loadTradeCharts);

export function TradeView(props: ViewProps) {
  return (
    <Suspense fallback={<ChartViewFallback lang={props.lang} />}>
      <TradeCharts {...props} />
    </Suspense>
  );
}
