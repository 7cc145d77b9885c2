import type { DatasetIndex } from "../../data/dataset-index";
import { EMPTY_FILTERS, FILTER_ORDER, isFilterActive } from "../../data/filter-records";
import { formatCount } from "../../format/format-number";
import { indicatorLabel } from "../../i18n/labels";
import { t } from "../../i18n/messages";
import type { Filters, Lang } from "../../view-props";
import { CheckboxPicker } from "./checkbox-picker";
import { RegionPicker } from "./region-picker";

interface FilterBarProps {
  index: DatasetIndex;
  filters: Filters;
  lang: Lang;
  resultCount: number;
  noSectorCount: number;
  onChange: (filters: Filters) => void;
}

export function FilterBar({ index, filters, lang, resultCount, noSectorCount, onChange }: FilterBarProps) {
  const anyActive = FILTER_ORDER.some((f) => isFilterActive(filters, f));
  const sectorFiltered = filters.sectors.length > 0;
  const yearOptions = index.years;

  const setYear = (which: "from" | "to", raw: string) => {
    const value = raw === "" ? null : Number(raw);
    let from = which === "from" ? value : filters.from;
    let to = which === "to" ? value : filters.to;
    if (from !== null && to !== null && from > to) {
      if (which === "from") to = from;
      else from = to;
    }
    onChange({ ...filters, from, to });
  };

  return (
    <section aria-label={t(lang, "filters")} className="rounded-lg border border-slate-300 bg-white p-3">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-[repeat(3,minmax(0,1fr))_auto_auto]">
        <RegionPicker
          tree={index.tree}
          selected={filters.regions}
          lang={lang}
          onChange={(regions) => onChange({ ...filters, regions })}
        />
        <CheckboxPicker
          label={t(lang, "sector")}
          testId="filter-sector"
          lang={lang}
          options={index.sectors.map((s) => ({ value: s.name, label: s.name, count: s.count }))}
          selected={filters.sectors}
          note={t(lang, "sectorNoInfoAll", { n: formatCount(index.noSectorCount, lang) })}
          onChange={(sectors) => onChange({ ...filters, sectors })}
        />
        <CheckboxPicker
          label={t(lang, "indicator")}
          testId="filter-indicator"
          lang={lang}
          options={index.indicators.map((id) => ({
            value: id,
            label: indicatorLabel(id, lang),
            count: index.indicatorCounts.get(id) ?? 0,
          }))}
          selected={filters.indicators}
          onChange={(indicators) => onChange({ ...filters, indicators })}
        />
        <div className="flex gap-2">
          <label className="block">
            <span className="block text-sm font-medium text-slate-700">{t(lang, "periodFrom")}</span>
            <select
              value={filters.from ?? ""}
              onChange={(e) => setYear("from", e.target.value)}
              className="mt-1 rounded border border-slate-400 bg-white px-2 py-2"
              data-testid="filter-from"
            >
              <option value="">{t(lang, "anyYear")}</option>
              {yearOptions.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
          <label className="block">
            <span className="block text-sm font-medium text-slate-700">{t(lang, "periodTo")}</span>
            <select
              value={filters.to ?? ""}
              onChange={(e) => setYear("to", e.target.value)}
              className="mt-1 rounded border border-slate-400 bg-white px-2 py-2"
              data-testid="filter-to"
            >
              <option value="">{t(lang, "anyYear")}</option>
              {yearOptions.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div className="flex items-end">
          <button
            type="button"
            disabled={!anyActive}
            onClick={() => onChange(EMPTY_FILTERS)}
            className="w-full rounded border border-slate-500 px-3 py-2 font-medium hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-50"
          >
            {t(lang, "clearAll")}
          </button>
        </div>
      </div>
      <p className="mt-2 text-sm text-slate-700" aria-live="polite" data-testid="result-count">
        {t(lang, "records", { n: formatCount(resultCount, lang) })}
        {sectorFiltered && noSectorCount > 0 && (
          <span data-testid="no-sector-note">
            {" "}
            · {t(lang, "sectorNoInfo", { n: formatCount(noSectorCount, lang) })}
          </span>
        )}
      </p>
    </section>
  );
}
