import * as OpenCC from "opencc-js/t2cn";

// Characters that only occur in traditional writing and are frequent in
// economic news. Counting them is enough to tell a traditional text from a
// simplified one without running the converter on every document (simplified
// text must never be converted: OpenCC's t2s would turn 显著 into 显着).
const TRADITIONAL_MARKERS = new Uint8Array(0x10000);
for (const ch of "這們個為與國會來時發對進動產業開經區實現數據總額億萬項約資機關東長門問間電華農書買賣當後從應說讀錢鐵銀點際隊陽陰陳險難雙頭樣標準歲歷壓廠廣務勞勢單協衛員貿體舉辦據條場會議級黨選邊區縣鄉鎮計劃營環衝類組織統設達創聯屬積極認識較隨層") {
  TRADITIONAL_MARKERS[ch.charCodeAt(0)] = 1;
}

/** True when the text is written in traditional characters (ratio of marker characters among Han characters). */
export function isTraditional(text: string): boolean {
  let han = 0;
  let marks = 0;
  const limit = Math.min(text.length, 4000);
  for (let i = 0; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fff) continue;
    han++;
    marks += TRADITIONAL_MARKERS[c] ?? 0;
  }
  return marks >= 5 && marks / Math.max(han, 1) >= 0.02;
}

let converter: ((s: string) => string) | undefined;
function convert(s: string): string {
  converter ??= OpenCC.Converter({ from: "t", to: "cn" });
  return converter(s);
}

/**
 * A simplified text with a few traditional characters in it (項(xiàng)目 copied from a
 * traditional page into a simplified one): those characters only, which never occur in
 * simplified writing, converted one for one. Unchanged (the same string) when there are none.
 */
export function withStrayTraditional(text: string): string {
  let first = -1;
  for (let i = 0; i < text.length; i++) {
    if (TRADITIONAL_MARKERS[text.charCodeAt(i)] === 1) {
      first = i;
      break;
    }
  }
  if (first < 0) return text;
  const pieces: string[] = [];
  let from = 0;
  for (let i = first; i < text.length; i++) {
    if (TRADITIONAL_MARKERS[text.charCodeAt(i)] !== 1) continue;
    pieces.push(text.slice(from, i), strayConverted(text.charAt(i)));
    from = i + 1;
  }
  pieces.push(text.slice(from));
  return pieces.join("");
}

const stray = new Map<string, string>();
function strayConverted(c: string): string {
  let out = stray.get(c);
  if (out === undefined) {
    const conv = convert(c);
    out = conv.length === 1 ? conv : c;
    stray.set(c, out);
  }
  return out;
}

/**
 * Converts traditional text to simplified, one character for one character,
 * so offsets stay aligned. Phrase conversion is used line by line; where it
 * would change a line's length, that line falls back to per-character conversion.
 */
export function toSimplified(text: string): string {
  const lines = text.split("\n");
  const out = convert(text.split("\n").join("\n")).split("\n");
  if (out.length !== lines.length) return perCharacter(text);
  return lines.map((line, i) => (out[i]?.length === line.length ? (out[i] as string) : perCharacter(line))).join("\n");
}

function perCharacter(line: string): string {
  const chars = Array.from(line);
  if (chars.length !== line.length) return line;
  const conv = convert(chars.join("\n")).split("\n");
  return chars.map((c, i) => (conv[i]?.length === 1 ? (conv[i] as string) : c)).join("");
}
