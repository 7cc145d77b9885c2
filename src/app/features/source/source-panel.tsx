import { useEffect, useRef } from "react";
import type { IndicatorRecord, SourceSpan } from "../../../schema/dataset";
import type { DatasetIndex } from "../../data/dataset-index";
import { formatDimensions } from "../../format/format-dimensions";
import { formatPeriod } from "../../format/format-period";
import { formatRecordValue } from "../../format/format-value";
import { indicatorLabel, measureLabel, warningKindLabel } from "../../i18n/labels";
import { t } from "../../i18n/messages";
import { regionName } from "../../i18n/region-name";
import type { Lang } from "../../view-props";
import { HighlightedQuote } from "./highlighted-quote";
import { safeHttpUrl } from "./safe-url";

interface SourcePanelProps {
  index: DatasetIndex;
  record: IndicatorRecord;
  lang: Lang;
  onClose: () => void;
}

function SpanMeta({ index, span, lang }: { index: DatasetIndex; span: SourceSpan; lang: Lang }) {
  const doc = index.documentById.get(span.document);
  const article = doc?.articles.find((a) => a.id === span.article);
  const url = safeHttpUrl(doc?.url);
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1 text-sm">
      <dt className="text-slate-600">{t(lang, "publication")}</dt>
      <dd data-testid="source-publication">{doc?.source ?? t(lang, "unknown")}</dd>
      <dt className="text-slate-600">{t(lang, "date")}</dt>
      <dd>
        {doc?.date ?? t(lang, "unknown")}
        {doc?.inferred && <span className="text-slate-600"> {t(lang, "inferred")}</span>}
      </dd>
      <dt className="text-slate-600">{t(lang, "articleTitle")}</dt>
      <dd className="break-words">{article?.title || t(lang, "unknown")}</dd>
      <dt className="text-slate-600">{t(lang, "document")}</dt>
      <dd className="break-all font-mono text-xs">{doc?.file ?? span.document}</dd>
      {doc?.url && (
        <>
          <dt className="text-slate-600">URL</dt>
          <dd className="break-all">
            {url ? (
              <a
                href={url}
                target="_blank"
                rel="noopener noreferrer"
                className="text-sky-800 underline"
                data-testid="source-link"
              >
                {t(lang, "openOriginal")}
              </a>
            ) : (
              <span data-testid="source-unsafe-url">
                {t(lang, "unsafeUrl")} <code>{doc.url}</code>
              </span>
            )}
          </dd>
        </>
      )}
    </dl>
  );
}

/**
 * Side panel with where a figure came from. A modal dialog: focus moves in,
 * Tab stays inside, Escape closes, and focus returns to what opened it.
 */
export function SourcePanel({ index, record, lang, onClose }: SourcePanelProps) {
  const panelRef = useRef<HTMLDivElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    closeRef.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        event.preventDefault();
        onCloseRef.current();
        return;
      }
      if (event.key !== "Tab" || !panelRef.current) return;
      const focusable = panelRef.current.querySelectorAll<HTMLElement>("a[href], button, [tabindex='0']");
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      if (!first || !last) return;
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("keydown", onKey);
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  const warnings = index.warningsByRecord.get(record.id) ?? [];
  const dims = formatDimensions(record, lang);
  const title = `${regionName(record.region.name, record.region.level, lang)} · ${indicatorLabel(record.indicator, lang)} · ${measureLabel(record.measure, lang)}${dims ? ` · ${dims}` : ""}`;

  return (
    <div className="fixed inset-0 z-40 flex justify-end bg-slate-900/40">
      <button type="button" tabIndex={-1} aria-hidden="true" className="flex-1 cursor-default" onClick={onClose} />
      <div
        ref={panelRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby="source-panel-title"
        data-testid="source-panel"
        className="h-full w-full max-w-xl overflow-y-auto bg-white p-5 shadow-2xl"
      >
        <div className="flex items-start justify-between gap-3">
          <div>
            <p className="text-sm text-slate-600">{t(lang, "sourceTitle")}</p>
            <h2 id="source-panel-title" className="text-lg font-semibold">
              {title}
            </h2>
            <p className="mt-1 text-2xl font-semibold text-sky-900">
              {formatRecordValue(record, lang)}{" "}
              <span className="text-base font-normal text-slate-700">{formatPeriod(record.period, lang)}</span>
            </p>
          </div>
          <button
            ref={closeRef}
            type="button"
            onClick={onClose}
            className="rounded border border-slate-400 px-3 py-1.5 hover:bg-slate-100"
          >
            {t(lang, "close")}
          </button>
        </div>

        <h3 className="mt-5 font-semibold">{t(lang, "sentence")}</h3>
        <HighlightedQuote span={record.source} lang={lang} />
        <div className="mt-3">
          <SpanMeta index={index} span={record.source} lang={lang} />
        </div>

        {record.alsoIn && record.alsoIn.length > 0 && (
          <>
            <h3 className="mt-5 font-semibold">{t(lang, "alsoIn")}</h3>
            <ul className="mt-2 space-y-4" data-testid="source-also-in">
              {record.alsoIn.map((span) => (
                <li key={`${span.document}:${span.start}:${span.end}`} className="space-y-2">
                  <HighlightedQuote span={span} lang={lang} />
                  <SpanMeta index={index} span={span} lang={lang} />
                </li>
              ))}
            </ul>
          </>
        )}

        <h3 className="mt-5 font-semibold">{t(lang, "rule")}</h3>
        <p className="font-mono text-sm">{record.rule}</p>

        {warnings.length > 0 && (
          <>
            <h3 className="mt-5 font-semibold text-amber-900">{t(lang, "warningsForRecord")}</h3>
            <ul className="mt-2 space-y-2" data-testid="source-warnings">
              {warnings.map((w) => (
                <li key={`${w.kind}:${w.message}`} className="rounded border border-amber-600 bg-amber-50 p-2 text-sm">
                  <strong>{warningKindLabel(w.kind, lang)}</strong>: {w.message}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
