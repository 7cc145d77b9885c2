/**
 * Scales a decimal written as digits by a power of ten without floating-point
 * multiplication, so 552.68 × 10⁴ is exactly 5526800 (not 5526799.999…).
 * Accepts "552.68", "1 852.35", "1,852.35", "57.6" and a leading minus sign.
 */
export function scaleDecimal(written: string, power: number): number {
  let s = written.replace(/[\s,]/gu, "");
  let sign = "";
  if (s.startsWith("-")) {
    sign = "-";
    s = s.slice(1);
  }
  const dot = s.indexOf(".");
  const intPart = dot < 0 ? s : s.slice(0, dot);
  const frac = dot < 0 ? "" : s.slice(dot + 1);
  const digits = `${intPart}${frac}`;
  const exponent = power - frac.length;
  let text: string;
  if (exponent >= 0) text = `${digits}${"0".repeat(exponent)}`;
  else {
    const cut = digits.length + exponent;
    text = cut > 0 ? `${digits.slice(0, cut)}.${digits.slice(cut)}` : `0.${"0".repeat(-cut)}${digits}`;
  }
  return Number(`${sign}${text}`);
}

/** Number of significant digits written, a measure of how precise a statement is. */
export function precisionOf(written: string): number {
  return written.replace(/[^\d]/gu, "").replace(/^0+/u, "").length;
}
