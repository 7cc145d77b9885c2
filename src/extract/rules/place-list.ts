import { mayOpenList, regionListBefore } from "../resolve/regions";
import { parseInteger } from "../text/numerals";
import type { Candidate, ReadingState } from "./types";

// Places listed in one sentence and counted in a later one (合肥、芜湖、马鞍山进出口…。三市出口分别为…;
// 伊川县、偃师区、孟津区分会场同步举行签约仪式。三地分别签约项目…): the list is kept per article.

/** The places an article last listed, as its figures' subjects or as the places of an event. */
const lastPlaceList = new WeakMap<ReadingState, Array<Candidate["region"]>>();

export function rememberPlaceList(state: ReadingState, regions: Array<Candidate["region"]>): void {
  lastPlaceList.set(state, regions);
}

// Also 四地分别完成进出口…: the places counted, then how their figures are listed.
const PLACES_ANAPHOR =
  /^(?:这|上述|以上|前述)?(?<n>[两三四五六])(?:个)?(?:市|城市|地市|省辖市|县|县（市、区）|区|地)的?(?:分别|依次)?(?:完成|实现|达到|达|为)?$/u;

/**
 * The places listed before that a clause refers to by their number (三市, 上述两市): null when it names no number of
 * places, an empty list when no list of as many was given before.
 */
export function placesReferred(before: string, state: ReadingState): Array<Candidate["region"]> | null {
  const m = PLACES_ANAPHOR.exec(before);
  if (!m) return null;
  const listed = lastPlaceList.get(state);
  return listed?.length === parseInteger(m.groups?.n ?? "") ? listed : [];
}

// The items a clause opens with, each closed by 、 (伊川县、偃师区、): the list's last item follows them.
const LIST_OPENS = /^(?:\p{Script=Han}{2,14}?、)+/u;

/**
 * Places a clause opens with, listed, whatever it says of them after (伊川县、偃师区、孟津区分会场同步举行…):
 * the longest list the clause's start holds, when it has two places or more.
 */
export function placesListedFirst(text: string, state: ReadingState): Array<Candidate["region"]> | undefined {
  const last = LIST_OPENS.exec(text)?.[0].length;
  if (last === undefined) return undefined;
  if (!mayOpenList(text.slice(0, text.indexOf("、")), state.home, state.seenZones)) return undefined;
  for (let end = Math.min(text.length, last + 14); end >= last + 2; end--) {
    const listed = regionListBefore(text.slice(0, end), state.home, state.seenZones);
    if (listed && listed.start === 0 && listed.regions.length > 1) return listed.regions;
  }
  return undefined;
}
