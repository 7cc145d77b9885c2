// Text measuring for ECharts (its platform `measureText`), as ECharts does it
// by default but without asking the canvas about control characters. To wrap
// a title ECharts measures every ASCII code once per font, 0–31 included; no
// font has glyphs for those, so each one sends the browser through its whole
// font fallback list (~30 ms on a cold page, before the first chart can draw).
// None of them is ever drawn: a newline splits lines before measuring.

const DEFAULT_FONT = "12px sans-serif";

let context: CanvasRenderingContext2D | null | undefined;
let contextFont = "";

/** Width of `text` in `font` (a CSS font shorthand), as the canvas measures it. */
export function measureChartText(text: string, font: string = DEFAULT_FONT): { width: number } {
  if (text.length === 1 && text.charCodeAt(0) < 32) return { width: 0 };
  if (context === undefined)
    context = typeof document === "undefined" ? null : document.createElement("canvas").getContext("2d");
  if (!context) return { width: estimateWidth(text, font) };
  if (contextFont !== font) {
    context.font = font;
    contextFont = font;
  }
  return context.measureText(text);
}

// Where there is no canvas (jsdom in the component tests): about half an em
// per character, a full em for wide (CJK) ones.
function estimateWidth(text: string, font: string): number {
  const size = Number(/(?<px>\d+(?:\.\d+)?)px/u.exec(font)?.groups?.px ?? 12);
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) > 0x2e7f ? size : size * 0.55;
  return width;
}
