import type { SourceSpan } from "../../../schema/dataset";
import { useQuotes } from "../../data/use-quotes";
import { t } from "../../i18n/messages";
import type { Lang } from "../../view-props";
import { splitQuote } from "./split-quote";

/** The sentence with the figure marked; all parts are text nodes, so markup in the quote stays inert. */
export function HighlightedQuote({ span, lang }: { span: SourceSpan; lang: Lang }) {
  const quotes = useQuotes();
  if (quotes !== "ready") {
    return (
      <blockquote
        className="rounded bg-slate-50 p-3 leading-relaxed break-words text-slate-600"
        data-testid="source-quote-pending"
        aria-busy={quotes === "loading"}
      >
        {t(lang, quotes === "loading" ? "quoteLoading" : "quoteError")}{" "}
        <mark className="source-highlight">{span.text}</mark>
      </blockquote>
    );
  }
  const parts = splitQuote(span.quote, span.text);
  if (!parts) {
    return (
      <blockquote className="rounded bg-slate-50 p-3 leading-relaxed break-words">
        {span.quote} <mark className="source-highlight">{span.text}</mark>
      </blockquote>
    );
  }
  return (
    <blockquote className="rounded bg-slate-50 p-3 leading-relaxed break-words" data-testid="source-quote">
      {parts.before}
      <mark className="source-highlight">{parts.match}</mark>
      {parts.after}
    </blockquote>
  );
}
