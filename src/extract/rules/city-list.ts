import type { Region } from "../../schema/dataset";
import { scanRegionNames } from "../resolve/gazetteer";
import type { Sentence } from "../text/segment";

// 分地市看，太原市进出口… / 从区域看，…: a paragraph going through the province's cities one by one.
const CITY_LIST_LEAD = /^(?:(?:分|从)(?:地市|设区市|城市|市州|市|地区|区域)(?:分布|情况)?(?:看|来看)[，,])/u;

/**
 * Whether the paragraph of `sentences[at]`, up to that sentence, goes through the province's cities (opened
 * as such, or naming two of them or more): a partner or a breakdown after it with no place of its own is
 * the province's again (…洛阳市进出口86.4亿元，增长12.8%。对共建“一带一路”国家进出口842.3亿元，占全省的44.9%),
 * not the last city's, as it would be in a paragraph about one city.
 */
export function cityListParagraph(sentences: readonly Sentence[], at: number, home: Region): boolean {
  const paragraph = sentences[at]?.paragraph;
  const within = home.code ?? undefined;
  // A city's paper going through its counties (榆次区进出口28.40亿元…；介休市进出口24.15亿元…) reads the same.
  const level = home.level === "province" ? "prefecture" : "county";
  const cities = new Set<string>();
  for (let i = at - 1; i >= 0; i--) {
    const s = sentences[i] as Sentence;
    if (s.paragraph !== paragraph) break;
    if (level === "prefecture" && CITY_LIST_LEAD.test(s.text)) return true;
    for (const m of scanRegionNames(s.text, { within }))
      if (m.region.level === level && m.region.code !== null) cities.add(m.region.code);
    if (cities.size > 1) return true;
  }
  return false;
}
