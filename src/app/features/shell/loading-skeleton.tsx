import { t } from "../../i18n/messages";
import type { Lang } from "../../view-props";

/** Grey placeholders in the shape of the dashboard while the dataset loads. */
export function LoadingSkeleton({ lang }: { lang: Lang }) {
  return (
    <div data-testid="loading" aria-busy="true" className="animate-pulse space-y-4 p-4">
      <span className="sr-only" role="status">
        {t(lang, "loading")}
      </span>
      <div className="h-10 w-full rounded bg-slate-200" />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {["a", "b", "c", "d"].map((k) => (
          <div key={k} className="h-24 rounded bg-slate-200" />
        ))}
      </div>
      <div className="h-72 rounded bg-slate-200" />
    </div>
  );
}
