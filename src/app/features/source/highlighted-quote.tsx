import type { SourceSpan } from "../../../schema/dataset";
import { splitQuote } from "./split-quote";

/** The sentence with the figure marked; all parts are text nodes, so markup in the quote stays inert. */
export function HighlightedQuote({ span }: { span: SourceSpan }) {
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
