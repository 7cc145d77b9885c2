import { t } from "../../i18n/messages";
import type { ViewProps } from "../../view-props";
import { LazyViewSlot, lazyView } from "./lazy-view";

// The records table (sorting, paging, every column's formatting) loads when
// the table view opens, not with the first page.
const table = lazyView<ViewProps>(() => import("../table/table-view").then((m) => ({ default: m.TableView })));
/** Starts loading the table's code (tabs call it on hover). */
export const loadTableView = table.load;

export function LazyTableView(props: ViewProps) {
  return (
    <LazyViewSlot
      view={table}
      props={props}
      fallback={
        <div role="status" aria-live="polite" className="h-96 animate-pulse rounded-lg bg-slate-100">
          <span className="sr-only">{t(props.lang, "loading")}</span>
        </div>
      }
    />
  );
}
