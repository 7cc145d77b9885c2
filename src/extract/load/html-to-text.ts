import { decodeHtmlEntities } from "./html-entities";

export interface HtmlText {
  /** Visible text of the body: block elements on their own lines, paragraphs separated by a blank line. */
  text: string;
  /** `<meta name="…" content="…">` pairs from the page, names lower-cased, values entity-decoded. */
  meta: Record<string, string>;
}

/** Elements whose content is never visible text. */
const HIDDEN = new Set(["noscript", "template", "svg", "math", "iframe", "object", "canvas", "head", "title"]);
/** Elements whose content is raw text up to their end tag. */
const RAW_TEXT = new Set(["script", "style", "textarea", "xmp"]);
/** Elements that start a new paragraph (a blank line, as between paragraphs of a .txt page). */
const BLOCK = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "center",
  "dd",
  "details",
  "dialog",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "thead",
  "tfoot",
  "tr",
  "ul",
]);
/** Elements that end a line without starting a paragraph. */
const LINE = new Set(["br"]);
/** Table cells are kept apart by a space so neighbouring numbers do not merge. */
const CELL = new Set(["td", "th"]);

// One token of HTML, tried in order at the current position:
//   <!-- comment -->          (an unclosed comment runs to the end)
//   <!DOCTYPE html>, <?xml …?>, <![CDATA[ … ]]>
//   <tag attr="a>b" x='y' z>  or </tag>
// Real example: <meta name="date" content="2022-02-27"><p class="t">全省进出口&nbsp;1852.35亿元</p>
const TOKEN =
  /<!--[\s\S]*?(?:-->|$)|<![^>]*>|<\?[^>]*>|<(?<close>\/)?(?<tag>[A-Za-z][A-Za-z0-9:-]*)(?<attrs>(?:[^>"']|"[^"]*"|'[^']*')*)>/gu;

// Attribute shapes: name="value", name='value', name=value, bare name.
// Real example: name="date" content="2022-02-27"
const ATTRIBUTE = /(?<name>[^\s"'>/=]+)(?:\s*=\s*(?:"(?<dq>[^"]*)"|'(?<sq>[^']*)'|(?<bare>[^\s"'=<>`]+)))?/gu;

/**
 * Visible text of an HTML page, without running or loading anything: a
 * single pass over tags and text; scripts, styles, comments and the head are
 * dropped; entities decoded; whitespace collapsed as a browser would, except
 * that a line break between two Chinese characters vanishes instead of
 * turning into a space (source HTML wraps long Chinese lines anywhere).
 */
export function htmlToText(html: string): HtmlText {
  const meta: Record<string, string> = {};
  const parts: string[] = [];
  const hasBody = /<body[\s>]/iu.test(html);
  let inBody = !hasBody;
  let hiddenUntil: string | null = null;
  let preDepth = 0;
  let last = 0;

  const pushText = (raw: string): void => {
    if (!inBody || hiddenUntil !== null || raw === "") return;
    const decoded = decodeHtmlEntities(raw).replace(/\u00A0/gu, " ");
    parts.push(preDepth > 0 ? decoded : collapseWhitespace(decoded));
  };

  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m !== null; m = TOKEN.exec(html)) {
    pushText(html.slice(last, m.index));
    last = m.index + m[0].length;
    const tag = m.groups?.tag?.toLowerCase();
    if (!tag) continue; // comment, doctype, processing instruction
    const closing = m.groups?.close !== undefined;
    const attrs = m.groups?.attrs ?? "";
    if (tag === "meta" && !closing) readMeta(attrs, meta);
    if (hiddenUntil !== null) {
      if (closing && tag === hiddenUntil) hiddenUntil = null;
      continue;
    }
    if (tag === "body") {
      inBody = !closing;
      continue;
    }
    if (RAW_TEXT.has(tag) && !closing) {
      // Script and style bodies are not HTML: skip straight to their end tag
      // so a "<" or a quote inside them cannot swallow the page.
      const end = html.slice(last).search(new RegExp(`</${tag}\\s*>`, "iu"));
      last = end === -1 ? html.length : last + end;
      TOKEN.lastIndex = last;
      continue;
    }
    if (HIDDEN.has(tag) && !closing && !/\/\s*$/u.test(attrs)) {
      hiddenUntil = tag;
      continue;
    }
    if (tag === "pre") preDepth = Math.max(0, preDepth + (closing ? -1 : 1));
    if (BLOCK.has(tag)) parts.push("\n\n");
    else if (LINE.has(tag)) parts.push("\n");
    else if (CELL.has(tag)) parts.push(" ");
  }
  pushText(html.slice(last));
  return { text: tidyLines(parts.join("")), meta };
}

function readMeta(attrs: string, meta: Record<string, string>): void {
  let name: string | undefined;
  let content: string | undefined;
  for (const a of attrs.matchAll(ATTRIBUTE)) {
    const key = a.groups?.name?.toLowerCase();
    const value = a.groups?.dq ?? a.groups?.sq ?? a.groups?.bare ?? "";
    if (key === "name") name = value.trim().toLowerCase();
    else if (key === "content") content = value;
  }
  if (name && content !== undefined && !(name in meta)) meta[name] = decodeHtmlEntities(content).trim();
}

const CJK = "\\p{Script=Han}\\u3000-\\u303F\\uFF00-\\uFFEF";
// A whitespace run with a line break between two CJK characters or CJK punctuation.
// Real example: "全省开发区\n    2022年" keeps its space, "全省\n开发区" becomes "全省开发区".
const CJK_WRAP = new RegExp(`(?<=[${CJK}])[ \\t\\f\\r]*\\n\\s*(?=[${CJK}])`, "gu");

function collapseWhitespace(text: string): string {
  return text.replace(CJK_WRAP, "").replace(/[ \t\n\r\f]+/gu, " ");
}

function tidyLines(text: string): string {
  return text
    .split("\n")
    .map((line) => line.replace(/^ +| +$/gu, ""))
    .join("\n")
    .replace(/\n{3,}/gu, "\n\n")
    .trim();
}
