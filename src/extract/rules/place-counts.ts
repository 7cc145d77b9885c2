import { subjectRegions } from "../resolve/regions";
import { precisionOf } from "../text/decimal";
import { parseInteger } from "../text/numerals";
import type { Quantity } from "../text/quantities";
import type { Candidate, Clause, ReadingState } from "./types";

// Counts of projects given place by place in one clause: each in brackets after its place
// (运城（41个）、长治（36个）), or right after it in a list or a ranking (其中鸠江区9个、弋江区6个).

/** A place's count, and where the place's part of the clause ends (an amount before it is the place's). */
export interface PlaceCount {
  count: Quantity;
  region: Candidate["region"];
  end: number;
}

/** An exact count of `n` projects at [start, end) of its clause. */
export function countAt(n: number, start: number, end: number, listIndex = 0, respectively = false): Quantity {
  return {
    kind: "count",
    value: n,
    qualifier: "exact",
    start,
    end,
    precision: precisionOf(String(n)),
    listIndex,
    respectively,
  };
}

// Also with the place's amount (湛江（37个、总投资286.3亿元）), or its stage (西咸新区（开工48个，总投资386亿元）;
// 洛阳（签约项目47个，总投资391.8亿元）).
const PLACE_BRACKET_COUNT =
  /(?<place>[\p{Script=Han}]{2,12})[（(](?<stage>签约|开工|动工|投产)?(?<noun>项目)?(?<num>\d+|[零〇一二两三四五六七八九十百千]+)个(?<rest>[、，,][^（）()；。]{2,24})?[）)]/gu;

const BRACKET_STAGE_COUNT =
  /[、，,](?<stage>签约|开工|动工|投产)(?<noun>项目)?(?<num>\d+|[零〇一二两三四五六七八九十百千]+)个/gu;

/** Places each followed by a count in brackets (运城（41个）、长治（36个）), in order. */
export function placeBracketCounts(clause: Clause, state: ReadingState): PlaceCount[] {
  const text = clause.text;
  if (!text.includes("个）") && !text.includes("个)") && !text.includes("元）") && !text.includes("元)")) return [];
  const out: PlaceCount[] = [];
  for (const m of text.matchAll(PLACE_BRACKET_COUNT)) {
    const run = m.groups?.place ?? "";
    const num = m.groups?.num ?? "";
    const end = (m.index ?? 0) + run.length;
    // …和晋城（30个）: the place after the list's joining word.
    // …的是肇庆高新技术产业开发区（15个）: nor the 是 of the ranking before it.
    // …依次是太原市（56个）: nor the ranking's words before it (nor 主要分布在榆次区（9个）'s).
    const place = run
      .replace(/^.*[和及与、]/u, "")
      .replace(
        /^.*(?:依次是|依次为|分别是|分别为|的是|的有|分布在|分布于|集中在|集中于|来自)(?=\p{Script=Han}{2})/u,
        "",
      )
      .replace(/^(?:是|为)(?=\p{Script=Han}{3})/u, "");
    const hit = subjectRegions(place, { home: state.home, seenZones: state.seenZones }).at(-1);
    const n = parseInteger(num);
    if (!hit || hit.end !== place.length || n === null || n < 1) return [];
    const at = end + 1 + (m.groups?.stage?.length ?? 0) + (m.groups?.noun?.length ?? 0);
    const count = countAt(n, at, at + num.length + 1, out.length, true);
    const close = (m.index ?? 0) + m[0].length;
    out.push({ count, region: hit.region, end: close });
    // 昌吉市（签约14个、开工21个、投产8个）, 洛阳（签约项目63个、开工项目118个）: each stage's count in the bracket is
    // the place's.
    const rest = m.groups?.rest;
    if (!m.groups?.stage || !rest) continue;
    const restAt = at + num.length + 1;
    for (const more of rest.matchAll(BRACKET_STAGE_COUNT)) {
      const k = parseInteger(more.groups?.num ?? "");
      if (k === null || k < 1) continue;
      const from =
        restAt + (more.index ?? 0) + 1 + (more.groups?.stage?.length ?? 0) + (more.groups?.noun?.length ?? 0);
      out.push({
        count: countAt(k, from, from + (more.groups?.num?.length ?? 0) + 1, out.length, true),
        region: hit.region,
        end: close,
      });
    }
  }
  return out;
}

// The places of a breakdown or a ranking, each right before its count: 其中鸠江区9个、弋江区6个;
// 依次为长春市146个、吉林市88个; 较多的是周口市112个、驻马店市97个.
const RANKED_PLACES =
  /(?:^其中[，,]?|依次为|依次是|分别为|分别是|较多的是|最多的是|(?:居|排名?|位居|位列)前[\d一二三四五六七八九十]+位?的是)(?<list>(?:[\p{Script=Han}]{2,14}?\d+个[、和及与]?)+)。?$/u;
// A clause that is such a list alone, two places or more (準格爾旗12個、伊金霍洛旗11個、…).
const PLACE_COUNT_LIST = /^(?<list>(?:[\p{Script=Han}]{2,14}?\d+个[、和及与]?){2,})。?$/u;
const RANKED_ITEM = /(?<place>[\p{Script=Han}]{2,12}?)(?<num>\d+)个/gu;

// One item of such a list a clause, after a ranking's colon (依次是：大同经开区27个，总投资168.4亿元；晋城经开区25个…).
const PLACE_COUNT_ITEM = /^(?<list>[\p{Script=Han}]{2,14}?\d+个)。?$/u;

/**
 * Places listed or ranked by their counts, each written right before its count (周口市112个、驻马店市97个), in order;
 * `item`: a clause may hold one place of the list alone.
 */
export function rankedPlaceCounts(clause: Clause, state: ReadingState, item = false): PlaceCount[] {
  const m =
    RANKED_PLACES.exec(clause.text) ??
    PLACE_COUNT_LIST.exec(clause.text) ??
    (item ? PLACE_COUNT_ITEM.exec(clause.text) : null);
  const list = m?.groups?.list;
  if (!m || !list) return [];
  const from = m.index + m[0].length - list.length - (m[0].endsWith("。") ? 1 : 0);
  const out: PlaceCount[] = [];
  for (const item of list.matchAll(RANKED_ITEM)) {
    const place = (item.groups?.place ?? "").replace(/^[、和及与]/u, "");
    const num = item.groups?.num ?? "";
    const hit = subjectRegions(place, { home: state.home, seenZones: state.seenZones }).at(-1);
    const n = parseInteger(num);
    if (hit?.start !== 0 || hit.end !== place.length || n === null || n < 1) return [];
    const at = from + (item.index ?? 0) + item[0].length - num.length - 1;
    out.push({
      count: countAt(n, at, at + num.length + 1, out.length, true),
      region: hit.region,
      end: at + num.length + 1,
    });
  }
  return out;
}
