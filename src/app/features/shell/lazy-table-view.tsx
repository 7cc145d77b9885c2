import { lazy, Suspense } from "react";
import { t } from "../../i18n/messages";
import type { ViewProps } from "../../view-props";

// The records table (sorting, paging, every column's formatting) loads when
// the table view opens, not with the first page.
/** Starts loading the table's code (tabs call it on hover). */
export const loadTableView = () => import("../table/table-view");
const TableView = lazy(() => loadTableView().then((m) => ({ default: m.TableView })));

export function LazyTableView(props: ViewProps) {
  return (
    <Suspense
      fallback={
        <div role="status" aria-live="polite" className="h-96 animate-pulse rounded-lg bg-slate-100">
          <span className="sr-only">{t(props.lang, "loading")}</span>
        </div>
      }
    >
      <TableView {...props} />
    </Suspense>
  );
}
