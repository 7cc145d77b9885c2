import { loadProjectsCharts } from "./features/projects/projects-view";
import { loadRegionsCharts } from "./features/regions/regions-view";
import { loadTableView } from "./features/shell/lazy-table-view";
import { loadTradeCharts } from "./features/trade/trade-view";
import type { ViewId } from "./view-props";

/**
 * Code of the views that load on demand. Fetched early when a link opens on
 * such a view (main.tsx) or the pointer rests on its tab, so the view does
 * not wait for its code after the data is in.
 */
export const VIEW_CODE: Partial<Record<ViewId, () => Promise<unknown>>> = {
  projects: loadProjectsCharts,
  trade: loadTradeCharts,
  regions: loadRegionsCharts,
  table: loadTableView,
};
