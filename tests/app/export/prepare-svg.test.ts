import { describe, expect, it } from "vitest";
import {
  decodeSvgDataUrl,
  isSvgDataUrl,
  prepareSvg,
  repairStyleQuotes,
} from "../../../src/app/charts/export/prepare-svg";

const ECHARTS_SVG =
  '<svg width="600" height="400" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" baseProfile="full" viewBox="0 0 600 400">\n<text>太原市</text>\n</svg>';

describe("decodeSvgDataUrl", () => {
  it("reads the percent-encoded data URL ECharts returns", () => {
    const url = `data:image/svg+xml;charset=UTF-8,${encodeURIComponent(ECHARTS_SVG)}`;
    expect(isSvgDataUrl(url)).toBe(true);
    expect(decodeSvgDataUrl(url)).toBe(ECHARTS_SVG);
  });

  it("reads a base64 data URL with UTF-8 text", () => {
    const bytes = new TextEncoder().encode(ECHARTS_SVG);
    const url = `data:image/svg+xml;base64,${btoa(String.fromCharCode(...bytes))}`;
    expect(decodeSvgDataUrl(url)).toBe(ECHARTS_SVG);
  });

  it("refuses a PNG data URL", () => {
    expect(isSvgDataUrl("data:image/png;base64,iVBOR")).toBe(false);
    expect(() => decodeSvgDataUrl("data:image/png;base64,iVBOR")).toThrow(/not an SVG/u);
  });
});

describe("prepareSvg", () => {
  const out = prepareSvg(ECHARTS_SVG, {
    layout: { width: 960, height: 540 },
    output: { width: 1920, height: 1080 },
    background: "#ffffff",
  });

  it("declares the output size and keeps the layout as the viewBox", () => {
    const doc = new DOMParser().parseFromString(out, "image/svg+xml");
    const root = doc.documentElement;
    expect(root.getAttribute("width")).toBe("1920");
    expect(root.getAttribute("height")).toBe("1080");
    expect(root.getAttribute("viewBox")).toBe("0 0 960 540");
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  });

  it("paints an opaque background before anything else", () => {
    const doc = new DOMParser().parseFromString(out, "image/svg+xml");
    const first = doc.documentElement.firstElementChild;
    expect(first?.tagName).toBe("rect");
    expect(first?.getAttribute("fill")).toBe("#ffffff");
    expect(first?.getAttribute("width")).toBe("960");
  });

  it("starts with an XML declaration and keeps the drawing", () => {
    expect(out.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    expect(out).toContain("<text>太原市</text>");
  });

  it("adds the namespace when missing and does not duplicate a declaration", () => {
    const bare = prepareSvg('<?xml version="1.0"?><svg width="1" height="1"><g/></svg>', {
      layout: { width: 10, height: 10 },
      output: { width: 10, height: 10 },
      background: "#fff",
    });
    expect(bare.match(/<\?xml/gu)).toHaveLength(1);
    expect(bare).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(bare).toContain('width="10"');
  });

  it("fails clearly on text that is not SVG", () => {
    expect(() =>
      prepareSvg("<html></html>", {
        layout: { width: 1, height: 1 },
        output: { width: 1, height: 1 },
        background: "#fff",
      }),
    ).toThrow(/no <svg>/u);
  });
});

describe("repairStyleQuotes", () => {
  const broken =
    '<svg xmlns="http://www.w3.org/2000/svg"><text style="font-size:12px;font-family:"Noto Sans CJK SC", "PingFang SC", sans-serif;" y="-6" fill="#475569">亿元</text><text style="font-size:11px;font-family:sans-serif;" x="1">ok</text></svg>';

  it("makes ECharts' quoted font names well-formed XML", () => {
    const fixed = repairStyleQuotes(broken);
    expect(fixed).toContain(`style="font-size:12px;font-family:'Noto Sans CJK SC', 'PingFang SC', sans-serif;" y="-6"`);
    const doc = new DOMParser().parseFromString(fixed, "image/svg+xml");
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(doc.getElementsByTagName("text")[0]?.getAttribute("fill")).toBe("#475569");
  });

  it("leaves well-formed styles and other attributes alone", () => {
    const ok = '<svg><text style="font-size:11px;font-family:sans-serif;" x="1">"quoted" text</text></svg>';
    expect(repairStyleQuotes(ok)).toBe(ok);
  });

  it("is applied by prepareSvg", () => {
    const out = prepareSvg(broken, {
      layout: { width: 1, height: 1 },
      output: { width: 1, height: 1 },
      background: "#fff",
    });
    expect(new DOMParser().parseFromString(out, "image/svg+xml").getElementsByTagName("parsererror")).toHaveLength(0);
  });
});
