import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../../src/extract/load/decode-bytes";

const fixture = (name: string): Buffer => readFileSync(new URL(`../fixtures/bad/${name}`, import.meta.url));
const JIANGXI = "今年前7个月，我省外贸进出口2028.9亿元";

describe("decodeBytes: encodings detected from the bytes", () => {
  it.each([
    ["utf8-bom.txt", "utf-8", true],
    ["gbk.txt", "gb18030", false],
    ["utf16le-bom.txt", "utf-16le", true],
    ["utf16le-no-bom.txt", "utf-16le", false],
    ["utf16be-no-bom.txt", "utf-16be", false],
  ] as const)("%s → %s", (name, encoding, bom) => {
    const d = decodeBytes(fixture(name));
    expect(d.encoding).toBe(encoding);
    expect(d.bom).toBe(bom);
    expect(d.text).toContain(JIANGXI);
    expect(d.text.startsWith("---\n")).toBe(true);
    expect(d.warnings).toEqual([]);
  });

  it("Big5 (traditional) → big5", () => {
    const d = decodeBytes(fixture("big5.txt"));
    expect(d.encoding).toBe("big5");
    expect(d.text).toContain("河南省外貿進出口總值3667.2億元人民幣");
  });

  it("UTF-16LE without BOM and without any ASCII (no NUL bytes) is still recognised", () => {
    const bytes = Buffer.from("今年前七个月，我省外贸进出口二千亿元，比去年同期增长百分之九。", "utf16le");
    expect(bytes.includes(0)).toBe(false);
    expect(decodeBytes(bytes)).toMatchObject({ encoding: "utf-16le" });
  });

  it("truncated UTF-8 at the end keeps the valid part and warns", () => {
    const d = decodeBytes(fixture("truncated-utf8.txt"));
    expect(d.encoding).toBe("utf-8");
    expect(d.text).toContain(JIANGXI);
    expect(d.text).not.toContain("\uFFFD");
    expect(d.warnings).toEqual(["truncated UTF-8 at the end of the file: 2 byte(s) dropped"]);
  });

  it("plain UTF-8 is decoded as is", () => {
    expect(decodeBytes(Buffer.from("太原市进出口总值1852.35亿元。"))).toEqual({
      text: "太原市进出口总值1852.35亿元。",
      encoding: "utf-8",
      bom: false,
      warnings: [],
    });
  });

  it("a few damaged bytes in a UTF-8 file are replaced and counted", () => {
    const good = Buffer.from("太原市进出口总值1852.35亿元，同比增长52.9%。".repeat(3));
    const d = decodeBytes(Buffer.concat([good, Buffer.from([0xff]), good]));
    expect(d.encoding).toBe("utf-8");
    expect(d.warnings).toEqual(["1 invalid UTF-8 byte sequence(s) replaced with U+FFFD"]);
  });
});

describe("decodeBytes: what is not text is refused with its reason", () => {
  it.each([
    ["empty.txt", "empty file"],
    ["whitespace-only.txt", "empty file (only whitespace)"],
    ["png-renamed.txt", "binary file (contains NUL bytes)"],
    ["latin1-unknown.txt", "unknown encoding (not UTF-8, UTF-16, GB18030/GBK or Big5)"],
  ])("%s → %s", (name, reason) => {
    expect(() => decodeBytes(fixture(name))).toThrow(reason);
  });

  it("control characters without NULs are binary", () => {
    expect(() => decodeBytes(Buffer.from("\u0001\u0002\u0003\u0004abc\u0005\u0006"))).toThrow(
      "binary file (control characters)",
    );
  });
});
