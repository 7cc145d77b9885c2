import type { ImageSize } from "./slide-presets";

const SVG_DATA_URL = /^data:image\/svg\+xml(?<base64>;base64)?(?:;charset=[\w-]+)?,(?<body>.*)$/su;

/** True when a data URL from `getDataURL` holds SVG (the chart uses the SVG renderer). */
export function isSvgDataUrl(url: string): boolean {
  return url.startsWith("data:image/svg+xml");
}

/**
 * SVG text of an ECharts SVG data URL. Accepted shapes:
 * `data:image/svg+xml;charset=UTF-8,%3Csvg…` (what ECharts returns) and
 * `data:image/svg+xml;base64,PHN2Zy…`.
 */
export function decodeSvgDataUrl(url: string): string {
  const match = SVG_DATA_URL.exec(url);
  if (!match?.groups) throw new Error("not an SVG data URL");
  const body = match.groups.body ?? "";
  if (match.groups.base64) {
    const bytes = Uint8Array.from(atob(body), (c) => c.charCodeAt(0));
    return new TextDecoder().decode(bytes);
  }
  return decodeURIComponent(body);
}

// The opening tag of the root element, e.g.
// `<svg width="960" height="540" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 960 540">`.
const SVG_OPEN = /<svg\b(?<attrs>[^>]*)>/u;
const ATTR = (name: string) => new RegExp(`\\s${name}="[^"]*"`, "u");

function setAttr(attrs: string, name: string, value: string): string {
  const re = ATTR(name);
  return re.test(attrs) ? attrs.replace(re, ` ${name}="${value}"`) : `${attrs} ${name}="${value}"`;
}

// ECharts writes a style attribute as `key:value;` pairs and does not escape
// the double quotes of a quoted font name inside it, e.g.
// `style="font-size:12px;font-family:"Noto Sans CJK SC", sans-serif;" y="3"`:
// fine inline in HTML, but not well-formed XML, so a standalone file (or an
// <img> of it) fails to load. The attribute is found by its shape (pairs that
// each end in ";", closed by a quote before a space, "/" or ">").
const STYLE_ATTR = /\sstyle="(?<body>(?:[^;<>]*;)*?)"(?=[\s/>])/gu;

/** Turns double quotes inside style attributes into single quotes, which CSS reads the same. */
export function repairStyleQuotes(svg: string): string {
  return svg.replace(STYLE_ATTR, (_whole, body: string) => ` style="${body.replace(/"/gu, "'")}"`);
}

export interface PrepareSvgOptions {
  /** Layout size the chart was drawn at (becomes the viewBox). */
  layout: ImageSize;
  /** Width and height the file declares; larger than layout for slide presets. */
  output: ImageSize;
  background: string;
}

/**
 * Makes the live chart's SVG a standalone file: an XML declaration, the
 * namespace, a viewBox of the layout size with the declared size of the
 * output (so a slide preset opens at 1920×1080 and scales without blur), and
 * an opaque background drawn first, style quotes made well-formed, since a chart with a transparent
 * background turns black or checkered in some slide tools.
 */
export function prepareSvg(source: string, { layout, output, background }: PrepareSvgOptions): string {
  const svg = repairStyleQuotes(source);
  const match = SVG_OPEN.exec(svg);
  if (!match?.groups || match.index === undefined) throw new Error("no <svg> root element");
  let attrs = match.groups.attrs ?? "";
  attrs = setAttr(attrs, "xmlns", "http://www.w3.org/2000/svg");
  attrs = setAttr(attrs, "width", String(output.width));
  attrs = setAttr(attrs, "height", String(output.height));
  attrs = setAttr(attrs, "viewBox", `0 0 ${layout.width} ${layout.height}`);
  const open = `<svg${attrs}>`;
  const rect = `<rect x="0" y="0" width="${layout.width}" height="${layout.height}" fill="${background}"/>`;
  const start = match.index;
  const rest = svg.slice(start + match[0].length);
  const declaration = '<?xml version="1.0" encoding="UTF-8"?>\n';
  const before = svg.slice(0, start).replace(/^\s*<\?xml[^>]*\?>\s*/u, "");
  return `${declaration}${before}${open}${rect}${rest}`;
}
