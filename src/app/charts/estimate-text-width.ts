// ECharts lays the legend out only when it draws, but the grid must leave
// room for its rows before. A CJK glyph is about one em wide, Latin text
// about half an em; this overestimates slightly, which only costs a little
// white space.
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

/** Estimated width in pixels of one line of text at `fontSize`. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? fontSize : fontSize * 0.58;
  return width;
}
