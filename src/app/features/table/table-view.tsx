import { useEffect, useMemo, useState } from "react";
import { formatDimensions } from "../../format/format-dimensions";
import { formatPlain } from "../../format/format-number";
import { formatPeriod } from "../../format/format-period";
import { formatRecordValue } from "../../format/format-value";
import { indicatorLabel, measureLabel, qualifierLabel, unitLabel } from "../../i18n/labels";
import { type MessageKey, t } from "../../i18n/messages";
import { regionName } from "../../i18n/region-name";
import type { ViewProps } from "../../view-props";
import { nextSort, type SortColumn, type SortState, sortRecords } from "./sort-records";

export const PAGE_SIZE = 50;

const COLUMNS: { id: SortColumn; label: MessageKey; numeric?: boolean }[] = [
  { id: "region", label: "colRegion" },
  { id: "indicator", label: "colIndicator" },
  { id: "measure", label: "colMeasure" },
  { id: "period", label: "colPeriod" },
  { id: "written", label: "colWritten" },
  { id: "value", label: "colValue", numeric: true },
  { id: "qualifier", label: "colQualifier" },
  { id: "unit", label: "colUnit" },
];

/**
 * Every record behind the current view. Paginated rather than rendering all
 * rows: with 100,000 records only one page of DOM exists at any time.
 */
export function TableView({ records, lang, onSelectRecord }: ViewProps) {
  const [sort, setSort] = useState<SortState | null>(null);
  const [page, setPage] = useState(0);
  const sorted = useMemo(() => sortRecords(records, sort), [records, sort]);
  const pages = Math.max(1, Math.ceil(sorted.length / PAGE_SIZE));

  // A new filter result starts on the first page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset on a new record list only
  useEffect(() => setPage(0), [records]);
  const current = Math.min(page, pages - 1);
  const rows = sorted.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);

  return (
    <div>
      <div className="rounded-lg border border-slate-300 bg-white sm:overflow-x-auto">
        <table className="records-table w-full border-collapse text-sm sm:min-w-[56rem]" data-testid="records-table">
          <caption className="sr-only">{t(lang, "table")}</caption>
          <thead className="bg-slate-100">
            <tr>
              {COLUMNS.map((c) => {
                const active = sort?.column === c.id;
                return (
                  <th
                    key={c.id}
                    scope="col"
                    aria-sort={active ? sort.direction : "none"}
                    className={`border-b border-slate-300 p-0 ${c.numeric ? "text-right" : "text-left"}`}
                  >
                    <button
                      type="button"
                      onClick={() => setSort((s) => nextSort(s, c.id))}
                      className={`flex w-full items-center gap-1 px-2 py-2 font-semibold ${c.numeric ? "justify-end" : ""}`}
                      aria-label={t(lang, "sortBy", { col: t(lang, c.label) })}
                    >
                      {t(lang, c.label)}
                      <span aria-hidden="true" className="text-slate-500">
                        {active ? (sort.direction === "ascending" ? "▲" : "▼") : "↕"}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr
                key={r.id}
                data-record-id={r.id}
                className="cursor-pointer border-b border-slate-200 hover:bg-sky-50"
                onClick={() => onSelectRecord(r.id)}
              >
                <td data-label={t(lang, "colRegion")} className="px-2 py-1.5">
                  {regionName(r.region.name, r.region.level, lang)}
                </td>
                <td data-label={t(lang, "colIndicator")} className="px-2 py-1.5">
                  {indicatorLabel(r.indicator, lang)}
                  {formatDimensions(r, lang) && (
                    <span className="block text-xs text-slate-600">{formatDimensions(r, lang)}</span>
                  )}
                </td>
                <td data-label={t(lang, "colMeasure")} className="px-2 py-1.5">
                  {measureLabel(r.measure, lang)}
                </td>
                <td data-label={t(lang, "colPeriod")} className="px-2 py-1.5 whitespace-nowrap">
                  {formatPeriod(r.period, lang)}
                </td>
                <td data-label={t(lang, "colWritten")} className="px-2 py-1.5">
                  <button
                    type="button"
                    onClick={(e) => {
                      e.stopPropagation();
                      onSelectRecord(r.id);
                    }}
                    className="text-left text-sky-800 underline decoration-dotted underline-offset-2"
                    title={t(lang, "openSource")}
                    data-testid="open-source"
                  >
                    {r.source.text}
                  </button>
                </td>
                <td data-label={t(lang, "colValue")} className="px-2 py-1.5 text-right tabular-nums">
                  <span className="block">{formatRecordValue(r, lang)}</span>
                  {formatRecordValue(r, lang) !== formatPlain(r.value, lang) && (
                    <span className="block text-xs text-slate-600">{formatPlain(r.value, lang)}</span>
                  )}
                </td>
                <td data-label={t(lang, "colQualifier")} className="px-2 py-1.5">
                  {qualifierLabel(r.qualifier, lang)}
                </td>
                <td data-label={t(lang, "colUnit")} className="px-2 py-1.5">
                  {unitLabel(r.unit, lang)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <nav className="mt-3 flex items-center justify-between gap-2" aria-label={t(lang, "table")}>
          <button
            type="button"
            disabled={current === 0}
            onClick={() => setPage(current - 1)}
            className="rounded border border-slate-400 px-3 py-1.5 disabled:opacity-50"
          >
            {t(lang, "prev")}
          </button>
          <span aria-live="polite">{t(lang, "page", { page: current + 1, pages })}</span>
          <button
            type="button"
            disabled={current >= pages - 1}
            onClick={() => setPage(current + 1)}
            className="rounded border border-slate-400 px-3 py-1.5 disabled:opacity-50"
          >
            {t(lang, "next")}
          </button>
        </nav>
      )}
    </div>
  );
}
