/**
 * A table's names padded to their column's width one character a cell (地    区, 信 州 区, 总 投 资, | 全  市 |):
 * the spaces inside such a name are no gap between cells. Found as a run of single Han characters set apart by
 * spaces, standing between a line's start, a bar or a wide gap and a wide gap, a bar or the line's end, so that a
 * name of several characters next to it (地    区    签约项目) stays a cell of its own.
 */
const PADDED =
  /(?<=^[ \u3000]*|[ \u3000]{2}|\t|[|｜][ \u3000]*)\p{Script=Han}(?:[ \u3000]+\p{Script=Han})+(?=[ \u3000]{2}|\t|[ \u3000]*[|｜]|[ \u3000]*$)/gmu;
const GAP = /[ \u3000]+/gu;

/** The spaces to delete inside padded names, as [start, end) ranges. */
export function paddedNames(text: string): Array<[number, number]> {
  // Padded tables set their columns apart by wide gaps or bars: most texts hold neither and are settled here.
  if (!text.includes("  ") && !text.includes("\u3000") && !text.includes("|") && !text.includes("｜")) return [];
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(PADDED)) {
    for (const g of m[0].matchAll(GAP)) out.push([m.index + g.index, m.index + g.index + g[0].length]);
  }
  return out;
}
