export interface QuoteParts {
  before: string;
  match: string;
  after: string;
}

/**
 * Splits a sentence around the figure it states, so the figure can be
 * highlighted with plain text nodes (never HTML). The span offsets in the
 * record refer to the document, not the sentence, so the figure is found by
 * its text; null when the sentence does not contain it verbatim.
 */
export function splitQuote(quote: string, text: string): QuoteParts | null {
  if (text.length === 0) return null;
  const at = quote.indexOf(text);
  if (at < 0) return null;
  return { before: quote.slice(0, at), match: text, after: quote.slice(at + text.length) };
}
