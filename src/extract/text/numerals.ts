// Chinese numerals as written in news text: 三十八, 一百零七, 两千三百, 二〇二一.
const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Character class of Chinese numeral characters, for building regexes. */
export const CN_NUMERAL = "零〇一二两三四五六七八九十百千";

/**
 * Parses a Chinese integer below 一亿 (三十八 → 38, 十五 → 15, 二〇二一 → 2021,
 * 一万零三百二十六 → 10326); null if malformed.
 */
export function parseChineseInteger(s: string): number | null {
  if (s.length === 0) return null;
  const wan = s.indexOf("万");
  if (wan >= 0) return tensOfThousands(s.slice(0, wan), s.slice(wan + 1));
  return belowTenThousand(s);
}

/**
 * 一万零三百二十六: the part after 万 must say its place (零…, or …千…): 两万五
 * is spoken shorthand for 25000, not a figure a report states.
 */
function tensOfThousands(high: string, low: string): number | null {
  const h = belowTenThousand(high);
  if (h === null || h === 0) return null;
  if (low.length === 0) return h * 10_000;
  if (!low.startsWith("零") && !low.includes("千")) return null;
  const l = belowTenThousand(low);
  return l === null ? null : h * 10_000 + l;
}

function belowTenThousand(s: string): number | null {
  if (s.length === 0) return null;
  // Digit-by-digit form (years): 二〇二一.
  if (!/[十百千]/u.test(s)) {
    let n = 0;
    for (const ch of s) {
      const d = DIGITS[ch];
      if (d === undefined) return null;
      n = n * 10 + d;
    }
    // A run of hundreds of digits (a pasted table) is no number we can state exactly.
    return Number.isSafeInteger(n) ? n : null;
  }
  let total = 0;
  let digit = -1;
  for (const ch of s) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const u = UNITS[ch];
    if (u === undefined) return null;
    total += (digit < 0 ? 1 : digit) * u;
    digit = -1;
  }
  if (digit > 0) total += digit;
  return total;
}

/** Parses an Arabic or Chinese integer (38, 三十八, 38 with spaces removed). */
export function parseInteger(s: string): number | null {
  const t = s.replace(/[\s,]/gu, "");
  if (/^\d+$/u.test(t)) {
    const n = Number(t);
    return Number.isSafeInteger(n) ? n : null;
  }
  return parseChineseInteger(t);
}
