import type { FilterName } from "../../data/filter-records";
import { type MessageKey, t } from "../../i18n/messages";
import type { Lang } from "../../view-props";

const FILTER_LABEL: Record<FilterName, MessageKey> = {
  region: "region",
  sector: "sector",
  indicator: "indicator",
  period: "colPeriod",
};

interface EmptyStateProps {
  lang: Lang;
  /** The filter that removed the last records; null when the dataset itself is empty. */
  emptiedBy: FilterName | null;
  onClear: (name: FilterName) => void;
}

/** Names the filter that emptied the view and offers to clear just that one. */
export function EmptyState({ lang, emptiedBy, onClear }: EmptyStateProps) {
  const label = emptiedBy ? t(lang, FILTER_LABEL[emptiedBy]) : "";
  return (
    <section
      data-testid="empty-state"
      className="mx-auto my-8 max-w-2xl rounded-lg border border-slate-300 bg-white p-6 text-center"
    >
      <h2 className="text-lg font-semibold">{t(lang, "emptyTitle")}</h2>
      <p className="mt-2 text-slate-700">
        {emptiedBy ? t(lang, "emptyBecause", { filter: label }) : t(lang, "emptyDataset")}
      </p>
      {emptiedBy && (
        <button
          type="button"
          onClick={() => onClear(emptiedBy)}
          className="mt-4 rounded bg-sky-800 px-4 py-2 font-medium text-white hover:bg-sky-900"
        >
          {t(lang, "clearThis", { filter: label })}
        </button>
      )}
    </section>
  );
}
