import { lazy, Suspense } from "react";
import { ChartViewFallback } from "../../charts/chart-view-fallback";
import type { ViewProps } from "../../view-props";

// The charts (and ECharts with them) load on demand, so the first load of
// the app, which opens on the overview, carries no charting code.
const RegionsCharts = lazy(() => import("./regions-charts"));

export function RegionsView(props: ViewProps) {
  return (
    <Suspense fallback={<ChartViewFallback lang={props.lang} />}>
      <RegionsCharts {...props} />
    </Suspense>
  );
}
