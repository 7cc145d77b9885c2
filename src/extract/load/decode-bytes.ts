import { isUtf8 } from "node:buffer";
import { COMMON_HAN } from "./common-han";
import { LoadError } from "./load-error";

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030" | "big5";

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** Whether a byte order mark was found (and dropped). */
  bom: boolean;
  /** Things the user should know although the file was decoded (one line each). */
  warnings: string[];
}

/** Detection looks at the start of the file; 64 KiB is many paragraphs of news text. */
const SAMPLE_BYTES = 64 * 1024;
/** A legacy CJK reading is accepted when this share of its Han characters is common news vocabulary. */
const MIN_COMMON_SHARE = 0.3;

/**
 * Decodes an article file. The encoding is decided from the bytes (BOM, NUL
 * pattern, UTF-8 validity, then a frequency score for GB18030 against Big5),
 * never by decoding and silently keeping whatever came out; anything that is
 * not text throws a LoadError with the reason.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new LoadError("empty file");
  const decoded = decodeDetected(bytes);
  if (/^[\s\uFEFF\u200B]*$/u.test(decoded.text)) throw new LoadError("empty file (only whitespace)");
  return decoded;
}

function decodeDetected(bytes: Uint8Array): DecodedText {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return decodeUtf8(buf.subarray(3), true);
  if (buf[0] === 0xff && buf[1] === 0xfe) return decodeUtf16(buf.subarray(2), "utf-16le", true);
  if (buf[0] === 0xfe && buf[1] === 0xff) return decodeUtf16(buf.subarray(2), "utf-16be", true);

  const sample = buf.subarray(0, SAMPLE_BYTES);
  if (buf.indexOf(0) !== -1) {
    // NUL bytes: either UTF-16 without a BOM (ASCII letters, digits and line
    // breaks leave a NUL in every other byte) or not text at all.
    const utf16 = nulPatternEncoding(sample) ?? unitPatternEncoding(sample);
    if (utf16) return decodeUtf16(buf, utf16, false);
    throw new LoadError("binary file (contains NUL bytes)");
  }
  if (controlShare(sample) > 0.02) {
    // Low bytes of CJK code units in UTF-16 often fall in the C0 range.
    const utf16 = unitPatternEncoding(sample);
    if (utf16) return decodeUtf16(buf, utf16, false);
    throw new LoadError("binary file (control characters)");
  }
  if (isUtf8(buf)) return decodeUtf8(buf, false);

  const truncated = truncatedUtf8Tail(buf);
  if (truncated > 0) {
    const head = buf.subarray(0, buf.length - truncated);
    if (isUtf8(head)) {
      const result = decodeUtf8(head, false);
      result.warnings.push(`truncated UTF-8 at the end of the file: ${truncated} byte(s) dropped`);
      return result;
    }
  }
  const stats = utf8Stats(buf);
  if (stats.valid >= 8 && stats.valid >= 10 * stats.invalid) {
    // Mostly UTF-8 with a few damaged bytes (a bad copy, a mangled mirror):
    // keep the text and say how much was lost.
    const result = decodeUtf8(buf, false);
    result.warnings.push(`${stats.invalid} invalid UTF-8 byte sequence(s) replaced with U+FFFD`);
    return result;
  }
  const utf16 = unitPatternEncoding(sample);
  if (utf16) return decodeUtf16(buf, utf16, false);
  const legacy = legacyCjkEncoding(sample);
  if (legacy) return decodeLegacy(buf, legacy);
  throw new LoadError("unknown encoding (not UTF-8, UTF-16, GB18030/GBK or Big5)");
}

function decodeUtf8(buf: Buffer, bom: boolean): DecodedText {
  return { text: new TextDecoder("utf-8").decode(buf), encoding: "utf-8", bom, warnings: [] };
}

function decodeUtf16(buf: Buffer, encoding: "utf-16le" | "utf-16be", bom: boolean): DecodedText {
  const warnings: string[] = [];
  let body = buf;
  if (body.length % 2 === 1) {
    body = body.subarray(0, body.length - 1);
    warnings.push("truncated UTF-16 at the end of the file: 1 byte dropped");
  }
  const text = new TextDecoder(encoding).decode(body);
  if (text.includes("\u0000")) throw new LoadError("binary file (NUL characters in UTF-16 text)");
  const bad = countReplacements(text);
  if (bad > 0) warnings.push(`${bad} invalid UTF-16 sequence(s) replaced with U+FFFD`);
  return { text, encoding, bom, warnings };
}

function decodeLegacy(buf: Buffer, encoding: "gb18030" | "big5"): DecodedText {
  const text = new TextDecoder(encoding).decode(buf);
  const bad = countReplacements(text);
  const warnings = bad > 0 ? [`${bad} byte sequence(s) invalid in ${encoding.toUpperCase()} replaced with U+FFFD`] : [];
  return { text, encoding, bom: false, warnings };
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\uFFFD"); i !== -1; i = text.indexOf("\uFFFD", i + 1)) n++;
  return n;
}

/** 1 for C0 controls other than tab, line breaks, form feed and escape, and for DEL. */
const CONTROL = new Uint8Array(256);
for (let b = 0; b < 0x20; b++) CONTROL[b] = 1;
for (const b of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b]) CONTROL[b] = 0;
CONTROL[0x7f] = 1;

/** The control byte values, each looked for with indexOf (memchr) before any byte is counted. */
const CONTROL_BYTES = Array.from(CONTROL.keys()).filter((b) => CONTROL[b] === 1);

/**
 * Share of bytes that are control characters. This runs on every file and
 * nearly every file has none, which a search per control value tells several
 * times faster than a table lookup per byte; the count is taken only then.
 */
function controlShare(sample: Buffer): number {
  if (sample.length === 0 || CONTROL_BYTES.every((b) => sample.indexOf(b) === -1)) return 0;
  let n = 0;
  for (let i = 0; i < sample.length; i++) n += CONTROL[sample[i] as number] as number;
  return n / sample.length;
}

/** UTF-16 byte order from where the NULs fall: ASCII in UTF-16LE is "x\0", in UTF-16BE "\0x". */
function nulPatternEncoding(sample: Buffer): "utf-16le" | "utf-16be" | null {
  let even = 0;
  let odd = 0;
  const end = sample.length - (sample.length % 2);
  for (let i = 0; i < end; i += 2) {
    if (sample[i] === 0) even++;
    if (sample[i + 1] === 0) odd++;
  }
  const total = even + odd;
  if (total === 0) return null;
  if (odd >= 0.95 * total && plausibleUnitShare(sample, "utf-16le") >= 0.9) return "utf-16le";
  if (even >= 0.95 * total && plausibleUnitShare(sample, "utf-16be") >= 0.9) return "utf-16be";
  return null;
}

/**
 * UTF-16 without a BOM and without any ASCII has no NULs; it is recognised
 * when nearly every code unit read one way is a CJK character or CJK
 * punctuation. GBK or Big5 pairs read as UTF-16 land in Hangul, Yi and
 * private-use blocks instead.
 */
function unitPatternEncoding(sample: Buffer): "utf-16le" | "utf-16be" | null {
  if (sample.length < 8) return null;
  for (const enc of ["utf-16le", "utf-16be"] as const) {
    if (plausibleUnitShare(sample, enc) >= 0.95 && hanUnitShare(sample, enc) >= 0.5) return enc;
  }
  return null;
}

function unitAt(sample: Buffer, i: number, enc: "utf-16le" | "utf-16be"): number {
  const a = sample[i] ?? 0;
  const b = sample[i + 1] ?? 0;
  return enc === "utf-16le" ? a | (b << 8) : (a << 8) | b;
}

function isPlausibleUnit(u: number): boolean {
  return (
    u === 0x09 ||
    u === 0x0a ||
    u === 0x0d ||
    (u >= 0x20 && u <= 0x7e) ||
    (u >= 0xa0 && u <= 0xff) ||
    (u >= 0x2000 && u <= 0x206f) ||
    (u >= 0x3000 && u <= 0x303f) ||
    (u >= 0x3400 && u <= 0x9fff) ||
    (u >= 0xd800 && u <= 0xdfff) ||
    (u >= 0xff00 && u <= 0xffef) ||
    u === 0xfeff
  );
}

function plausibleUnitShare(sample: Buffer, enc: "utf-16le" | "utf-16be"): number {
  const units = Math.floor(sample.length / 2);
  let ok = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) if (isPlausibleUnit(unitAt(sample, i, enc))) ok++;
  return units === 0 ? 0 : ok / units;
}

function hanUnitShare(sample: Buffer, enc: "utf-16le" | "utf-16be"): number {
  const units = Math.floor(sample.length / 2);
  let han = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    const u = unitAt(sample, i, enc);
    if (u >= 0x4e00 && u <= 0x9fff) han++;
  }
  return units === 0 ? 0 : han / units;
}

/** Length of an incomplete multi-byte sequence at the very end (0 when the end is complete). */
function truncatedUtf8Tail(buf: Buffer): number {
  for (let back = 1; back <= 3 && back <= buf.length; back++) {
    const b = buf[buf.length - back] ?? 0;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const need = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

/** Counts well-formed multi-byte UTF-8 sequences and bytes that fit no sequence. */
function utf8Stats(buf: Buffer): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  let i = 0;
  while (i < buf.length) {
    const b = buf[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = need > 0 && i + need < buf.length;
    for (let k = 1; ok && k <= need; k++) ok = ((buf[i + k] ?? 0) & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

/**
 * GB18030 (a superset of GBK and GB2312) or Big5: decode the sample both
 * ways and keep the reading whose Han characters are mostly common news
 * vocabulary. A wrong reading is made of rare characters, so the scores are
 * far apart on any real paragraph; neither passing means it is some other
 * encoding (Shift-JIS, Latin-1 …), which we do not guess at.
 */
function legacyCjkEncoding(sample: Buffer): "gb18030" | "big5" | null {
  let best: { enc: "gb18030" | "big5"; score: number } | null = null;
  for (const enc of ["gb18030", "big5"] as const) {
    const text = new TextDecoder(enc).decode(sample);
    let han = 0;
    let common = 0;
    let bad = 0;
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0;
      if (cp === 0xfffd || (cp >= 0xe000 && cp <= 0xf8ff)) bad++;
      else if (cp >= 0x3400 && cp <= 0x9fff) {
        han++;
        if (COMMON_HAN.has(ch)) common++;
      }
    }
    if (han === 0) continue;
    const score = common / (han + bad);
    if (score >= MIN_COMMON_SHARE && (best === null || score > best.score)) best = { enc, score };
  }
  return best?.enc ?? null;
}
