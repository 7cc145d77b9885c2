import { lazy, Suspense } from "react";
import { ChartViewFallback } from "../../charts/chart-view-fallback";
import type { ViewProps } from "../../view-props";

// The charts (and ECharts with them) load on demand, so the first load of
// the app, which opens on the overview, carries no charting code.
const TradeCharts = lazy(() => import("./trade-charts"));

export function TradeView(props: ViewProps) {
  return (
    <Suspense fallback={<ChartViewFallback lang={props.lang} />}>
      <TradeCharts {...props} />
    </Suspense>
  );
}
