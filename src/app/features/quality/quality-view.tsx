import { useMemo } from "react";
import type { IndicatorRecord } from "../../../schema/dataset";
import { formatDimensions } from "../../format/format-dimensions";
import { formatPeriod } from "../../format/format-period";
import { formatRecordValue } from "../../format/format-value";
import { indicatorLabel, measureLabel, warningKindLabel } from "../../i18n/labels";
import { t } from "../../i18n/messages";
import { regionName } from "../../i18n/region-name";
import type { ViewProps } from "../../view-props";

/** The dataset's warnings that concern the records in view, each linked to its records. */
export function QualityView({ dataset, records, lang, onSelectRecord }: ViewProps) {
  const byId = useMemo(() => new Map(dataset.records.map((r) => [r.id, r])), [dataset]);
  const inView = useMemo(() => new Set(records.map((r) => r.id)), [records]);
  const warnings = dataset.warnings.filter((w) => w.records.some((id) => inView.has(id)));

  return (
    <div className="space-y-4" data-testid="quality">
      <h2 className="text-xl font-semibold">
        {t(lang, "qualityTitle")} ({warnings.length}/{dataset.warnings.length})
      </h2>
      {warnings.length === 0 && <p className="text-slate-700">{t(lang, "qualityNone")}</p>}
      <ul className="space-y-3">
        {warnings.map((w, i) => (
          <li
            // Warnings have no id; their position in the dataset is stable for a loaded file.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            key={i}
            className="rounded-lg border border-amber-600 bg-amber-50 p-3"
            data-testid="quality-warning"
          >
            <p>
              <strong>{warningKindLabel(w.kind, lang)}</strong>: <span className="break-words">{w.message}</span>
            </p>
            <p className="mt-2 text-sm text-slate-700">{t(lang, "qualityRecords")}:</p>
            <ul className="mt-1 flex flex-wrap gap-2">
              {w.records
                .map((id) => byId.get(id))
                .filter((r): r is IndicatorRecord => r !== undefined)
                .map((r) => (
                  <li key={r.id}>
                    <button
                      type="button"
                      onClick={() => onSelectRecord(r.id)}
                      className="rounded border border-slate-400 bg-white px-2 py-1 text-sm hover:bg-slate-100"
                    >
                      {regionName(r.region.name, r.region.level, lang)} · {indicatorLabel(r.indicator, lang)}{" "}
                      {measureLabel(r.measure, lang)}
                      {formatDimensions(r, lang) ? ` (${formatDimensions(r, lang)})` : ""} ·{" "}
                      {formatPeriod(r.period, lang)} · {formatRecordValue(r, lang)}
                    </button>
                  </li>
                ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
