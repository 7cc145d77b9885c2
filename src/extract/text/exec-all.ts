/**
 * Every match of a global regex in `text`, as String.prototype.matchAll gives
 * them, but read with exec on the regex itself: matchAll first clones the
 * regex (a new RegExp per call), which costs more than the match itself on
 * the short clauses the rules read. The regex must have the g flag; its
 * lastIndex is left at 0.
 */
export function execAll(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    // An empty match does not move lastIndex: step over one character (a whole surrogate pair with the u flag).
    if (m[0].length === 0) re.lastIndex = nextIndex(text, re.lastIndex, re.unicode);
  }
  re.lastIndex = 0;
  return out;
}

function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const c = text.charCodeAt(index);
  if (c < 0xd800 || c > 0xdbff) return index + 1;
  const d = text.charCodeAt(index + 1);
  return d >= 0xdc00 && d <= 0xdfff ? index + 2 : index + 1;
}
