// Writers for numbers the way Chinese news text prints them, so property tests
// can generate inputs and know the value they stand for. Independent of the
// parsers in src/extract/text: it builds the text from the number, never the
// other way round.

const DIGIT_CHARS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"] as const;
// Place units inside a four-digit section, indexed by the place (0 = ones).
const PLACE_UNITS = ["", "十", "百", "千"] as const;
// Section units for groups of four digits, as used in print (万亿 is written, not 兆).
const GROUP_UNITS = ["", "万", "亿", "万亿"] as const;

export interface PositionalStyle {
  /** 十二 (short, usual in prose) or 一十二 (long, as in some tables). */
  tens: "short" | "long";
  /** 两百 / 两千 instead of 二百 / 二千. */
  liang: boolean;
}

function digitChar(d: number, place: number, style: PositionalStyle): string {
  if (d === 2 && style.liang && place >= 2) return "两";
  return DIGIT_CHARS[d] ?? "";
}

/** One section below 一万: 三千零五, 一百零七, 十二. `leading`: first section written. */
function formatSection(section: number, leading: boolean, style: PositionalStyle): string {
  let out = "";
  let started = false;
  let pendingZero = false;
  for (let place = 3; place >= 0; place--) {
    const d = Math.floor(section / 10 ** place) % 10;
    if (d === 0) {
      if (started) pendingZero = true;
      continue;
    }
    if (pendingZero) out += "零";
    pendingZero = false;
    const shortTen = place === 1 && d === 1 && leading && !started && style.tens === "short";
    out += shortTen ? "十" : `${digitChar(d, place, style)}${PLACE_UNITS[place]}`;
    started = true;
  }
  return out;
}

/**
 * A whole number below 一万万亿 (10¹⁶) in positional Chinese numerals:
 * 107 → 一百零七, 3005 → 三千零五, 12 → 十二 or 一十二, 100000005 → 一亿零五.
 */
export function formatChinesePositional(n: number, style: PositionalStyle): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e16) throw new RangeError(`cannot write ${n}`);
  if (n === 0) return "零";
  const groups: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 10000)) groups.push(rest % 10000);
  let out = "";
  let skipped = false;
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i] ?? 0;
    if (g === 0) {
      skipped = out !== "";
      continue;
    }
    // A gap before this section (a skipped section or leading zeros in it) is read as one 零.
    if (out !== "" && (skipped || g < 1000)) out += "零";
    out += `${formatSection(g, out === "", style)}${GROUP_UNITS[i]}`;
    skipped = false;
  }
  return out;
}

/** Digit by digit, as years are printed: 2021 → 二〇二一 (or 二零二一). */
export function formatChineseDigits(n: number, zero: "〇" | "零" = "〇"): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`cannot write ${n}`);
  return [...String(n)].map((c) => (c === "0" ? zero : DIGIT_CHARS[Number(c)])).join("");
}

/** A decimal with `decimals` digits after the point from an integer mantissa: (55268, 2) → "552.68". */
export function formatDecimal(mantissa: number, decimals: number): string {
  const digits = String(mantissa).padStart(decimals + 1, "0");
  if (decimals === 0) return digits;
  return `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

/** Thousands grouping as some papers print it: "1852.35" → "1,852.35" or "1 852.35". */
export function groupThousands(written: string, separator: "," | " "): string {
  const [int = "", frac] = written.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+$)/gu, separator);
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}
