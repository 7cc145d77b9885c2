import type { RegionLevel } from "../../schema/vocabulary";
import { PROVINCE_NAMES } from "../data/province-names";
import type { Lang } from "../view-props";
import { toSyllables } from "./pinyin";

const PROVINCE_EN = new Map(Object.values(PROVINCE_NAMES).map((p) => [p.zh, p.en]));

// Administrative suffixes and their English form: 太原市 → Taiyuan,
// 山阴县 → Shanyin County, 开州区 → Kaizhou District.
const SUFFIXES: readonly [string, string][] = [
  ["自治州", " Autonomous Prefecture"],
  ["自治县", " Autonomous County"],
  ["地区", " Prefecture"],
  ["市", ""],
  ["县", " County"],
  ["区", " District"],
  ["旗", " Banner"],
  ["盟", " League"],
];

const cache = new Map<string, string>();

function romanise(text: string): string | null {
  const syllables = toSyllables(text);
  if (!syllables) return null;
  const joined = syllables.join("");
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

/**
 * A region's name for the interface language. Chinese keeps the official
 * name; English romanises administrative divisions (provinces by their usual
 * English name) and keeps zone names as written, since a zone's name is
 * a proper noun with no standard romanisation. Until the pinyin dictionary
 * has loaded (see usePinyin) a division keeps its Chinese name, uncached.
 */
export function regionName(name: string, level: RegionLevel, lang: Lang): string {
  if (lang === "zh" || level === "zone") return name;
  if (level === "country" && name === "中国") return "China";
  const key = `${level}|${name}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let out = PROVINCE_EN.get(name);
  if (!out) {
    const suffix = SUFFIXES.find(([zh]) => name.endsWith(zh) && name.length > zh.length + 1);
    const romanised = romanise(suffix ? name.slice(0, -suffix[0].length) : name);
    if (romanised === null) return name;
    out = suffix ? `${romanised}${suffix[1]}` : romanised;
  }
  cache.set(key, out);
  return out;
}
