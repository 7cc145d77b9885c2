/**
 * A string derived from an original text together with, for every character
 * of the derived string, the offset of the original character it came from.
 * Every normalising step (full-width folding, traditional → simplified,
 * dropping pinyin noise, joining column breaks) keeps this map so that record
 * spans always point into the ORIGINAL document text.
 */
export interface OffsetText {
  text: string;
  /** map[i] = offset in the original text of text[i]; map[text.length] = end of the mapped range. */
  map: Int32Array;
}

/** Original [start, end) range of the derived range [from, to). */
export function originalRange(t: OffsetText, from: number, to: number): [number, number] {
  const start = t.map[from] ?? 0;
  const last = t.map[Math.max(from, to - 1)] ?? start;
  return [start, Math.max(start + 1, last + 1)];
}

/** Derives a new OffsetText by deleting the given sorted, non-overlapping [start, end) ranges. */
export function deleteRanges(t: OffsetText, ranges: ReadonlyArray<readonly [number, number]>): OffsetText {
  if (ranges.length === 0) return t;
  const pieces: string[] = [];
  const kept: number[] = [];
  let pos = 0;
  for (const [s, e] of ranges) {
    pieces.push(t.text.slice(pos, s));
    kept.push(pos, s);
    pos = e;
  }
  pieces.push(t.text.slice(pos));
  kept.push(pos, t.text.length);
  const text = pieces.join("");
  const map = new Int32Array(text.length + 1);
  let j = 0;
  // Kept runs are copied whole (a memory copy), not offset by offset.
  for (let k = 0; k < kept.length; k += 2) {
    const from = kept[k] ?? 0;
    const to = kept[k + 1] ?? 0;
    if (to <= from) continue;
    map.set(t.map.subarray(from, to), j);
    j += to - from;
  }
  map[text.length] = t.map[t.text.length] ?? 0;
  return { text, map };
}

/**
 * Derives a new OffsetText by replacing sorted, non-overlapping [start, end)
 * ranges with other text. A replacement's first character maps to the range's
 * first original character and its last to the range's last, so a span over
 * the replacement maps back to the whole of what it replaced.
 */
export function replaceRanges(
  t: OffsetText,
  replacements: ReadonlyArray<{ start: number; end: number; text: string }>,
): OffsetText {
  if (replacements.length === 0) return t;
  let length = t.text.length;
  for (const r of replacements) length += r.text.length - (r.end - r.start);
  const pieces: string[] = [];
  const map = new Int32Array(length + 1);
  let pos = 0;
  let j = 0;
  for (const r of replacements) {
    pieces.push(t.text.slice(pos, r.start), r.text);
    map.set(t.map.subarray(pos, r.start), j);
    j += r.start - pos;
    const width = r.end - r.start;
    for (let k = 0; k < r.text.length; k++) {
      const at = k === r.text.length - 1 ? width - 1 : Math.floor((k * width) / r.text.length);
      map[j++] = t.map[r.start + at] ?? 0;
    }
    pos = r.end;
  }
  pieces.push(t.text.slice(pos));
  map.set(t.map.subarray(pos, t.text.length), j);
  map[length] = t.map[t.text.length] ?? 0;
  return { text: pieces.join(""), map };
}
