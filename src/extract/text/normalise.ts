import { columnBreaks } from "./column-breaks";
import { deleteRanges, type OffsetText } from "./offset-text";
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

/** What a character becomes: itself (undefined), nothing (""), or one ASCII character. */
function replacement(c: number): string | undefined {
  if (c === 0x0d || c === 0xfeff) return "";
  if (c === 0x3000 || c === 0xa0 || c === 0x2009) return " ";
  if (c >= 0xff01 && c <= 0xff5e) {
    const a = c - 0xfee0;
    // Fold digits, Latin letters and number signs; keep Chinese punctuation (，（）：) as is.
    const digitOrLetter = (a >= 0x30 && a <= 0x39) || (a >= 0x41 && a <= 0x5a) || (a >= 0x61 && a <= 0x7a);
    if (digitOrLetter || a === 0x25 || a === 0x2e || a === 0x2b || a === 0x2d) return String.fromCharCode(a);
  }
  return undefined;
}

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
  // One pass: unchanged runs are copied as slices, the map is written in place.
  const map = new Int32Array(body.length + 1);
  const pieces: string[] = [];
  let j = 0;
  let run = 0;
  let toneMarks = false;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c < 0xa0) {
      if (c !== 0x0d) map[j++] = bodyStart + i;
      else {
        if (i > run) pieces.push(body.slice(run, i));
        run = i + 1;
      }
      continue;
    }
    // Pinyin tone marks (à … ǜ) all lie in this range; without one there is no pinyin noise.
    if (c <= 0x1dc) toneMarks ||= c >= 0xe0;
    const rep = replacement(c);
    if (rep === undefined) {
      map[j++] = bodyStart + i;
      continue;
    }
    if (i > run) pieces.push(body.slice(run, i));
    if (rep !== "") {
      pieces.push(rep);
      map[j++] = bodyStart + i;
    }
    run = i + 1;
  }
  if (run < body.length) pieces.push(run === 0 ? body : body.slice(run));
  map[j] = original.length;
  let t: OffsetText = {
    text: pieces.length === 1 ? (pieces[0] as string) : pieces.join(""),
    map: map.subarray(0, j + 1),
  };
  t = replaceStops(t);
  if (toneMarks) {
    const noise = Array.from(t.text.matchAll(PINYIN_NOISE), (m): [number, number] => [m.index, m.index + m[0].length]);
    t = deleteRanges(t, noise);
  }
  t = deleteRanges(t, columnBreaks(t.text));
  return { ...t, traditional };
}

/** Whether some 。 stands between two digits (the only place STOP_AS_POINT can match). */
function hasStopBetweenDigits(text: string): boolean {
  for (let i = text.indexOf("。"); i >= 0; i = text.indexOf("。", i + 1)) {
    const before = text.charCodeAt(i - 1);
    const after = text.charCodeAt(i + 1);
    if (before >= 0x30 && before <= 0x39 && after >= 0x30 && after <= 0x39) return true;
  }
  return false;
}

function replaceStops(t: OffsetText): OffsetText {
  if (!hasStopBetweenDigits(t.text)) return t;
  return { text: t.text.replace(STOP_AS_POINT, "."), map: t.map };
}
