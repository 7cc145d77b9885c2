import { columnBreaks } from "./column-breaks";
import { deleteRanges, type OffsetText, OffsetTextBuilder } from "./offset-text";
import { isTraditional, toSimplified } from "./traditional";

export interface NormalisedText extends OffsetText {
  traditional: boolean;
}

// Pinyin glosses inserted by mirror sites after a character: 項(xiàng)目.
// Only runs of Latin letters with at least one tone mark are removed, so
// acronyms such as RCEP（…） survive.
const PINYIN_NOISE = /(?<=\p{Script=Han})[（(][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*[）)]/gu;
// A Chinese full stop used as a decimal point before a unit: 57。6億元.
const STOP_AS_POINT = /(?<=\d)。(?=\d+\s*(?:[万亿千百萬億]|%|％|美元|元))/gu;

/**
 * Normalises the body of a document once, before any rule runs: full-width
 * digits and signs folded to ASCII, traditional characters converted (only
 * when the text is traditional), pinyin noise dropped, column breaks joined.
 * Offsets into the original text are kept in `map`.
 */
export function normalise(original: string, bodyStart: number): NormalisedText {
  let body = original.slice(bodyStart);
  const traditional = isTraditional(body);
  if (traditional) body = toSimplified(body);
  const b = new OffsetTextBuilder();
  let run = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    let rep: string | undefined;
    if (c === 0x0d) rep = "";
    else if (c >= 0xff01 && c <= 0xff5e) {
      const ascii = String.fromCharCode(c - 0xfee0);
      // Fold digits, Latin letters and number signs; keep Chinese punctuation (，（）：) as is.
      if (/[0-9A-Za-z%.+-]/u.test(ascii)) rep = ascii;
    } else if (c === 0x3000 || c === 0xa0 || c === 0x2009) rep = " ";
    else if (c === 0xfeff) rep = "";
    if (rep === undefined) continue;
    if (i > run) b.appendAligned(body.slice(run, i), bodyStart + run);
    if (rep !== "") b.appendChar(rep, bodyStart + i);
    run = i + 1;
  }
  if (run < body.length) b.appendAligned(body.slice(run), bodyStart + run);
  let t: OffsetText = b.build(original.length);
  t = replaceStops(t);
  const noise = Array.from(t.text.matchAll(PINYIN_NOISE), (m): [number, number] => [m.index, m.index + m[0].length]);
  t = deleteRanges(t, noise);
  t = deleteRanges(t, columnBreaks(t.text));
  return { ...t, traditional };
}

function replaceStops(t: OffsetText): OffsetText {
  if (!t.text.includes("。")) return t;
  return { text: t.text.replace(STOP_AS_POINT, "."), map: t.map };
}
