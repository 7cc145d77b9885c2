import { t } from "../../i18n/messages";
import type { ViewProps } from "../../view-props";

/** Stands in for a view whose component has not landed yet. */
export function PlaceholderView({ lang, records }: ViewProps) {
  return (
    <p className="rounded border border-dashed border-slate-400 p-6 text-slate-700" data-testid="placeholder-view">
      {t(lang, "placeholderView")} {t(lang, "records", { n: records.length })}
    </p>
  );
}
