import type { Region } from "../../schema/dataset";
import { execAll } from "../text/exec-all";
import {
  COUNTRY_CODE,
  isWithinRegion,
  lookupRegion,
  MUNICIPALITY_CODES,
  parentCode,
  regionByCode,
  scanRegionNames,
} from "./gazetteer";
import { isBareKind, lookupZone, scanZoneNames, shortPlaceName, type Zone } from "./zones";

// Regions for the reading side: the document's home region (front matter,
// else the place the text names most) and the regions a clause names as the
// subject of its figures. Names after 与/在/对/占 or inside a list are not
// subjects; nor are places naming an office (太原海关, 郑州分会场).

export interface HomeRegion {
  region: Region;
  /** The province of the home region (what 我省 / 全省 means). */
  province: Region;
  /** A zone's division (宝鸡市 for 宝鸡高新技术产业开发区): what its 全市 means. */
  parent?: Region;
  /** The city whose paper printed an article about one of its counties: what 全市 / 我市 there mean. */
  paper?: Region;
  inferred: boolean;
}

export interface RegionMentionHit {
  start: number;
  end: number;
  region: Region;
}

export const CHINA: Region = { name: "中国", code: COUNTRY_CODE, level: "country" };
const FALLBACK: Region = CHINA;

function provinceRegion(region: Region): Region {
  if (region.code === null || region.level === "country" || region.level === "province") return region;
  let code: string | null = region.code;
  while (code !== null) {
    const r = regionByCode(code);
    if (r?.level === "province") return r;
    code = parentCode(code);
  }
  return region;
}

// Place names that name an office or a venue (太原海关, 郑州主会场), not what a text is about.
const OFFICE_AFTER = /^(?:海关|商务局|市委|省委|日报|晚报|主会场|分会场|会场|市政府|省政府|政府|统计局|记者|片区)/u;
const PROVINCE_PRONOUN = /我省|全省|本省/gu;
const CITY_PRONOUN = /我市|全市|本市|我州|全州(?!县)|本州|我盟|全盟/gu;

const ZONE_PRONOUN = /全区|我区|本区/gu;
const ZONE_LIKE = /(?:新区|科学城|科技城|新城|园区|开发区|示范区|实验区|试验区|保税区|合作区|片区|港区)$/u;

function zoneHome(zone: Zone, inferred: boolean): HomeRegion {
  const parent = zone.parent ? regionByCode(zone.parent) : null;
  return {
    region: { name: zone.name, code: null, level: "zone" },
    province: parent ? provinceRegion(parent) : CHINA,
    ...(parent ? { parent } : {}),
    inferred,
  };
}

/**
 * The zone a text names most, when it names it at least `least` times and more often than any
 * district (a district's report says 全区 too) or other zone.
 */
function ownZone(text: string, least: number): Zone | undefined {
  const zones = new Map<string, { zone: Zone; n: number }>();
  for (const m of scanZoneNames(text)) {
    const entry = zones.get(m.zone.name) ?? { zone: m.zone, n: 0 };
    entry.n++;
    zones.set(m.zone.name, entry);
  }
  const ranked = [...zones.values()].sort((a, b) => b.n - a.n);
  const best = ranked[0];
  if (!best || best.n < least || (ranked[1]?.n ?? 0) === best.n) return undefined;
  let districts = 0;
  for (const m of scanRegionNames(text)) if (m.region.level === "county" && m.region.name.endsWith("区")) districts++;
  return districts >= best.n ? undefined : best.zone;
}

function namesDivisionOutsideZones(text: string): boolean {
  const zones = scanZoneNames(text);
  return scanRegionNames(text).some(
    (m) => m.region.code !== null && !zones.some((z) => z.start <= m.start && m.end <= z.end),
  );
}

/** The division a text names most often. */
function mostNamed(counts: Map<string, { region: Region; n: number }>): Region | undefined {
  let best: { region: Region; n: number } | undefined;
  for (const entry of counts.values()) if (!best || entry.n > best.n) best = entry;
  return best?.region;
}

function countMatches(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

/**
 * The home region from front matter, else inferred from the text: the
 * division it names most often (prefectures and counties first), unless it
 * speaks of 全省/我省 and never of 全市/我市 (a provincial report that names
 * its host city and a few cities' figures), when it is that place's province.
 */
export function resolveHome(metaRegion: string | undefined, text: string): HomeRegion {
  if (metaRegion) {
    const region = lookupRegion(metaRegion);
    if (region) return { region, province: provinceRegion(region), inferred: false };
    // A zone's own paper or portal (region: 西安高新技术产业开发区): the zone is home, its city's province 全省.
    const zone = lookupZone(metaRegion);
    if (zone) return zoneHome(zone, false);
    // A zone no list holds (region: 西部（重庆）科学城): the name as the front matter gives it, in the
    // division the text names most.
    if (ZONE_LIKE.test(metaRegion)) {
      const within = resolveHome(undefined, text).region;
      return zoneHome({ name: metaRegion.trim(), level: "zone", code: null, parent: within.code }, false);
    }
  }
  // A zone's own report with no front matter region: it speaks of 全区/我区 more than of
  // 全市/我市 and names one zone again and again (运城经济技术开发区…全区共有19个项目).
  const cityWords = countMatches(CITY_PRONOUN, text);
  const zoneWords = countMatches(ZONE_PRONOUN, text);
  // Or it speaks of no city or province at all and names one zone three times or more
  // (郑州航空港经济综合实验区（以下简称航空港区）…航空港区计划实施…).
  if (zoneWords > cityWords || (cityWords === 0 && countMatches(PROVINCE_PRONOUN, text) === 0)) {
    const own = ownZone(text, zoneWords > cityWords ? 2 : 3);
    if (own) return zoneHome(own, true);
  }
  // Or it names one zone twice and no division but in that zone's name (四川天府新区…活动; 天府新区一季度…).
  if (cityWords === 0 && countMatches(PROVINCE_PRONOUN, text) === 0) {
    const own = ownZone(text, 2);
    if (own && !namesDivisionOutsideZones(text)) return zoneHome(own, true);
  }
  const counts = new Map<string, { region: Region; n: number }>();
  for (const m of scanRegionNames(text)) {
    if (m.region.code === null) continue;
    if (OFFICE_AFTER.test(text.slice(m.end, m.end + 3))) continue;
    const entry = counts.get(m.region.code) ?? { region: m.region, n: 0 };
    entry.n++;
    counts.set(m.region.code, entry);
  }
  // 全区 in an autonomous region's paper (广西日报: 全区第二批重大项目…) is the region, as 全省 is a province.
  const regional = (r: Region | undefined): boolean => r !== undefined && provinceRegion(r).name.endsWith("自治区");
  const provincial =
    cityWords === 0 && (countMatches(PROVINCE_PRONOUN, text) > 0 || (zoneWords > 0 && regional(mostNamed(counts))));
  const ranked = [...counts.values()].sort(
    (a, b) => (a.region.level === "province" ? 1 : 0) - (b.region.level === "province" ? 1 : 0) || b.n - a.n,
  );
  const top = ranked[0]?.region;
  const region = top === undefined ? FALLBACK : provincial ? provinceRegion(top) : top;
  return { region, province: provinceRegion(region), inferred: true };
}

const ARTICLE_CITY_PRONOUN = /我市|全市|本市|该市|全州(?!县)|该州|全盟|该盟/u;
const ARTICLE_PROVINCE_PRONOUN = /我省|全省|本省|该省/u;
const CITY_KIND = /[市州盟]$/u;
// The province or the city as the subject of figures of its own (全市共推进项目118个, 我省进出口…), not as the
// event's host (全省第二期“三个一批”项目建设活动举行) or a share's whole (占全市本期项目的8.2%).
const WHOLE_FIGURE_AFTER =
  "[^，。；]{0,12}?(?:共|签约|开工|投产|推进|进出口|出口|进口|实现|完成|有)[^，。；]{0,12}?\\d";
const WHOLE_WITH_FIGURES = new RegExp(
  `(?<![居占于比较在列])(?:我省|全省|本省|该省|我市|全市|本市|该市|全州(?!县)|该州|全盟|该盟)${WHOLE_FIGURE_AFTER}`,
  "u",
);
// The province as what figures are about, not as a ranking's field or a share's whole (居全省前列, 占全省的).
const PROVINCE_AS_SUBJECT = /(?<![居占于比较在列])(?:我省|全省|本省|该省)/u;

const FIGURE_OF_OURS = /\d+(?:\.\d+)?(?:个|亿元|万元|亿美元|万美元|%)/u;

/**
 * Whether the province or the city is given figures of its own (全市共推进项目118个) before the article's
 * first figures after its lead: then it is about the whole, the zone its headline opens with one part. A
 * zone's report may end with the city's (…同日，全市共有82个项目集中开工).
 */
function wholeFirst(texts: readonly string[], lead: number, home: Region): boolean {
  // Also the city by its name (2019年，郑州市外贸进出口总值4129.9亿元 under 新郑综保区进出口稳居全国综保区首位).
  let named: RegExp | undefined;
  const byName = (t: string): boolean => {
    if (!t.includes(home.name)) return false;
    named ??= new RegExp(`(?<![居占于比较在列])${home.name}${WHOLE_FIGURE_AFTER}`, "u");
    return named.test(t);
  };
  const whole = texts.findIndex((t) => WHOLE_WITH_FIGURES.test(t) || byName(t));
  if (whole < 0) return false;
  const first = texts.findIndex((t, i) => i >= lead - 1 && i > 0 && FIGURE_OF_OURS.test(t));
  return first < 0 || whole <= first + 1;
}

/**
 * The county a city paper's article is about (建安区一季度外贸实现“开门红”, 介休外贸进出口总量稳居全市首位): the
 * one its headline opens with and names alone, named again in the body, with no other county named. Its lines
 * with no place of their own (从市场看，对非洲出口7.64亿元; 全区有进出口实绩的企业127家) are the county's.
 */
function headlineCounty(headline: string, texts: readonly string[], city: string): Region | undefined {
  const named = scanRegionNames(headline, { within: city });
  const first = named[0];
  // Also after the period the headline opens with (上半年北仑外贸进出口超2100亿元).
  if (
    first === undefined ||
    (first.start !== 0 && !HEADLINE_PERIOD.test(headline.slice(0, first.start))) ||
    first.region.level !== "county" ||
    named.some((m) => m.region.code !== first.region.code)
  )
    return undefined;
  const code = first.region.code;
  // A page naming its other counties too (平定：…⏎郊区：签约3个) is about the city, the county one part of it.
  let mentions = 0;
  for (const t of texts)
    for (const m of scanRegionNames(t, { within: city })) {
      if (m.region.code === code) mentions++;
      else if (m.region.level === "county") return undefined;
    }
  // 曹县外贸进出口总值居全市首位 ⏎ 2023年，全县完成外贸进出口…: named once, then spoken of as 全县.
  const own = first.region.name.endsWith("县") ? OWN_COUNTY : first.region.name.endsWith("区") ? OWN_DISTRICT : null;
  return mentions >= 2 || (own !== null && texts.some((t) => own.test(t))) ? first.region : undefined;
}
// How a county's or a district's own article speaks of it as a whole.
const OWN_COUNTY = /(?:全县|本县|我县|该县)/u;
const OWN_DISTRICT = /(?:全区|本区|我区|该区)/u;
// The period a headline may open with before its county (上半年, 2023年前三季度, 1—4月).
const HEADLINE_PERIOD =
  /^(?:\d{4}年|今年|去年)?(?:上半年|下半年|前三季度|[一二三四]季度|全年|前[一二三四五六七八九十两\d]{1,2}个?月|\d{1,2}[—–-]\d{1,2}月|\d{1,2}月份?)$/u;

// What may stand before a zone opening a headline: a column's label, then the period (一季度, 2021年).
const HEADLINE_LEAD =
  /^(?:【[^】]{1,12}】)?(?:(?:\d{4}|今|去)年(?:度)?)?(?:[一二三四1-4]季度|前三季度|上半年|下半年|全年|前[两二三四五六七八九十\d]{1,2}个?月|\d{1,2}[—–\-~至]\d{1,2}月份?)?/u;

/**
 * The home of one article of a provincial paper that reports on one of its
 * cities (河南日报: 洛阳市第八期“三个一批”活动… 本期活动该市共计152个项目): the city its
 * headline or lead names first, before the province, when the article speaks
 * of 该市/全市. 全省 in it stays the province (同期，全省完成进出口…). Otherwise the
 * document's home.
 */
export function articleHome(home: HomeRegion, lead: readonly string[], texts: readonly string[]): HomeRegion {
  const province = home.region.level === "province" ? home.region.code : home.province.code;
  if ((home.region.level !== "province" && home.region.level !== "prefecture") || province === null) return home;
  // 综改区24个项目集中签约开工投产 in a provincial or a city paper: an article about one of the province's
  // zones, its headline opening with the zone and its text speaking of no province or city as a whole.
  // 一季度山西综改示范区外贸…, 2021年经开区外贸…, 【聚焦“三个一批”】经开区22个项目…: the zone opens the headline
  // after the period or a column's label.
  const headline = (lead[0] ?? "").replace(HEADLINE_LEAD, "");
  const scope = home.region.code ?? undefined;
  const first = scanZoneNames(headline, { within: scope }).at(0);
  // 大同经开区 in the headline, 大同经济技术开发区 in the lead: the zone the lead names in full.
  const named =
    first?.start === 0 ? lead.slice(1).flatMap((t) => scanZoneNames(t, { within: scope }).map((z) => z.zone.name)) : [];
  const zone = named.length > 0 ? scanZoneNames(headline, { within: scope, seen: named }).at(0) : first;
  // A zone met under the name the lead gives it may come back without its division: the headline's has it.
  const parent = zone?.zone.parent ?? (zone?.start === 0 ? first?.zone.parent : null) ?? null;
  if (
    zone?.start === 0 &&
    parent !== null &&
    isWithinRegion(parent, province) &&
    !wholeFirst(texts, lead.length, home.region)
  )
    return zoneHome({ ...zone.zone, parent }, home.inferred);
  if (home.region.level === "prefecture" && home.region.code !== null) {
    const county = headlineCounty(headline, texts, home.region.code);
    return county ? { region: county, province: home.province, paper: home.region, inferred: home.inferred } : home;
  }
  if (home.region.level !== "province" || home.region.code === null) return home;
  // 湛江举行2023年三季度重大项目集中签约开工投产活动 in a provincial paper: an article about a city its
  // headline opens with, the province not spoken of as a whole.
  const opener = scanRegionNames(headline, { within: home.region.code })[0];
  // Also a district of a municipality, a division of the province's own level (永川三季度41个重大项目… in 重庆日报).
  const openerLevel = MUNICIPALITY_CODES.has(home.region.code) ? "county" : "prefecture";
  // Not an office named after its city (石家庄海关新闻发言人就…河北省外贸…答记者问): the office speaks of the province.
  if (
    opener?.start === 0 &&
    opener.region.level === openerLevel &&
    !OFFICE_AFTER.test(headline.slice(opener.end, opener.end + 3)) &&
    !texts.some((t) => PROVINCE_AS_SUBJECT.test(t))
  )
    return { region: opener.region, province: home.province, inferred: home.inferred };
  if (!texts.some((t) => ARTICLE_CITY_PRONOUN.test(t))) return home;
  const within = home.region.code;
  for (const text of lead) {
    const pronoun = ARTICLE_PROVINCE_PRONOUN.exec(text)?.index ?? text.length;
    for (const m of scanRegionNames(text, { within })) {
      if (m.start > pronoun) return home;
      if (OFFICE_AFTER.test(text.slice(m.end, m.end + 3)) || /[在于从赴]$/u.test(text.slice(0, m.start))) continue;
      if (m.region.code === within || m.region.level === "country" || !CITY_KIND.test(m.region.name)) return home;
      return { region: m.region, province: home.province, inferred: home.inferred };
    }
    if (pronoun < text.length) return home;
  }
  return home;
}

// Places listed before a keyword or 分别: 郑州市、洛阳市进出口分别为…, 孝义市、汾阳市和交城县分别签约….
// The list may end with a word naming it (石家庄、唐山、保定三市; 郑州、洛阳两地; 两个计划单列市), then the
// period its figures are of (崇左市、防城港市、钦州市一季度进出口额依次为…), or a word setting it against the
// places before (大同、阳泉则分别下降8.7%和3.1%).
const LIST_TAIL =
  /(?<list>[\p{Script=Han}]{2,16}(?:[、和及与][\p{Script=Han}]{2,12}?)+)(?:等?(?:[两二三四五六七八九十]|\d{1,2})个?[\p{Script=Han}]{0,4}?(?:县市区|县区|地市|城市|市|地|县|区|省|州|盟|旗))?(?:今年|去年|同期|全年|上半年|前三季度|第?[一二三四1-4]季度|前[两二三四五六七八九十\d]{1,2}个?月|(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?:[—–\-~至](?:\d{1,2}|[一二三四五六七八九十]{1,3}))?月份?)?(?:的)?(?:则|也|还)?(?:分别|依次)?(?:集中|同步|累计|共)?(?:实现|完成|达到|为|有)?$/u;
const LIST_SEPARATOR = /[、和及与]/u;
const COUNTED_BEFORE_MORE =
  /(?<=[\p{Script=Han}])(?:\d{1,2}|[两二三四五六七八九十]{1,3})个?(?:设区的?市|省辖市|地级市|县市区|县区|地市|城市|市|县|区)(?=[和及与])/gu;

export interface RegionList {
  /** Where the list starts in the text. */
  start: number;
  regions: Region[];
}

/**
 * Two or more places listed at the end of `text` (which ends where their
 * figures' keyword starts), or undefined. Every item must be a division (a
 * short name such as 郑州 is fine); the first may follow lead words (其中郑州市).
 */
/**
 * The items of a list of places: split at 、, and the last item at 和/及/与
 * when both sides are places (呼和浩特市 holds a 和 of its own).
 */
const OWN_PLACE = /^(?:我|本)(?<kind>市|县)$/u;

/** The home region when `item` is the paper's word for it (我市 in a city's paper, 本县 in a county's). */
function ownPlace(item: string, home: HomeRegion): Region | undefined {
  const kind = OWN_PLACE.exec(item)?.groups?.kind;
  if (!kind || home.inferred) return undefined;
  const level = home.region.level;
  return (kind === "市" && level === "prefecture") || (kind === "县" && level === "county") ? home.region : undefined;
}

function listItems(list: string, home: HomeRegion, seenZones: readonly string[]): string[] {
  const within = home.region.code ?? undefined;
  const items = list.split("、");
  const last = items.pop() ?? "";
  for (let at = last.length - 2; at > 0; at--) {
    if (!LIST_SEPARATOR.test(last.charAt(at))) continue;
    const left = last.slice(0, at);
    const right = last.slice(at + 1);
    if (
      (lookupRegion(right, { within }) || zoneEndingList(right, within, seenZones)?.start === 0) &&
      (items.length > 0 ||
        lookupRegion(left, { within }) ||
        ownPlace(left, home) !== undefined ||
        scanRegionNames(left, { within }).at(-1)?.end === left.length ||
        // 洛阳高新技术产业开发区和洛阳经济技术开发区: two zones.
        zoneEndingList(left, within, seenZones)?.start === 0)
    ) {
      items.push(left, right);
      return items;
    }
  }
  items.push(last);
  return items;
}

/**
 * Whether `item` can be the first of a list that regionListBefore reads from a text's very start: a place, the
 * paper's own, or a zone, named by the whole item. A cheap test before trying a list's every possible end.
 */
export function mayOpenList(item: string, home: HomeRegion, seenZones: readonly string[] = []): boolean {
  // A count before 和 (太原两市和…) is dropped before the list is read, which may change the item.
  if (LIST_SEPARATOR.test(item)) return true;
  const within = home.region.code ?? undefined;
  if (ownPlace(item, home) !== undefined) return true;
  const whole = lookupRegion(item, { within });
  if (whole && whole.level !== "country") return true;
  const hit = scanRegionNames(item, { within }).at(-1);
  if (hit?.start === 0 && hit.end === item.length) return true;
  return zoneEndingList(item, within, seenZones)?.start === 0;
}

export function regionListBefore(
  written: string,
  home: HomeRegion,
  seenZones: readonly string[] = [],
): RegionList | undefined {
  if (!LIST_SEPARATOR.test(written)) return undefined;
  // 宜昌（326.8亿元）、襄阳（271.5亿元）… with the brackets read and blanked: the names without the gaps, the list's
  // start mapped back to where it was written.
  if (written.includes("  ")) {
    const gaps: Array<[number, number]> = [];
    const closed = written.replace(/(?<=\p{Script=Han}) {2,}/gu, (run, at: number) => {
      gaps.push([at, run.length]);
      return "";
    });
    if (gaps.length > 0) {
      const found = regionListBefore(closed, home, seenZones);
      if (!found) return undefined;
      let start = found.start;
      for (const [at, length] of gaps) if (at <= start) start += length;
      return { start, regions: found.regions };
    }
  }
  // A note on an item (合肥经济技术开发区（以下简称经开区）) is not part of the list: dropped,
  // which moves no item before it, so the list's start stays where it was written.
  const noted = written.includes("（") || written.includes("(") ? written.replace(NAME_NOTE, "") : written;
  // 太原、大同…吕梁11个市和山西综改示范区: the word counting the first items goes; the list goes on after it.
  const text = noted.replace(COUNTED_BEFORE_MORE, "");
  // Only the tail can hold the list: no need to try every start of a long clause.
  const m = LIST_TAIL.exec(text.length > 60 ? text.slice(-60) : text);
  const list = m?.groups?.list;
  if (!m || !list) return undefined;
  const items = listItems(list, home, seenZones);
  const within = home.region.code ?? undefined;
  const regions: Region[] = [];
  const offset = text.length > 60 ? text.length - 60 : 0;
  let start = offset + m.index;
  for (const [i, item] of items.entries()) {
    if (i === 0) {
      // 我市和大同市分列全省第一、二位: the paper's own place first.
      const self = ownPlace(item, home);
      if (self) {
        regions.push(self);
        continue;
      }
      const hit = scanRegionNames(item, { within }).at(-1);
      // A zone among the places (肥西县、长丰县和合肥经济技术开发区开工项目分别为…).
      const zone = hit?.end === item.length ? undefined : zoneEndingList(item, within, seenZones);
      if (zone) {
        start = offset + m.index + zone.start;
        regions.push(zone.region);
        continue;
      }
      if (!hit || hit.end !== item.length) {
        // A county-level city by its short name (满洲里、二连浩特两个口岸城市), which the scan leaves out.
        const whole = lookupRegion(item, { within });
        if (!whole || whole.level === "country") return undefined;
        regions.push(whole);
        continue;
      }
      start = offset + m.index + hit.start;
      regions.push(hit.region);
      continue;
    }
    const zone = zoneEndingList(item, within, seenZones);
    const region = zone?.start === 0 ? zone.region : lookupRegion(item, { within });
    if (!region || region.level === "country") return undefined;
    regions.push(region);
  }
  return { start, regions };
}

/** A note in brackets on the name before it (（含贵安新区）, （以下简称经开区）): no part of a subject. */
export const NAME_NOTE = /[（(](?:含|包括|不含|下称|以下简称|简称)[^（）()]*[）)]/gu;

/** A zone named at the end of a list item, with where its name starts in the item. */
function zoneEndingList(
  item: string,
  within: string | undefined,
  seen: readonly string[],
): { start: number; region: Region } | undefined {
  const z = scanZoneNames(item, { within, seen }).at(-1);
  if (!z || z.end !== item.length) return undefined;
  return { start: z.start, region: { name: z.zone.name, code: null, level: "zone" } };
}

const WHOLE_PRONOUN = /我省|全省|本省|该省|我市|全市|本市|该市|全州(?!县)|我州|全盟/u;

/**
 * The whole a share is of, with its place spelled out (全省进出口总值 →
 * 山西省进出口总值): in a dataset of many regions 全省 says nothing about which.
 */
export function spellOutWhole(whole: string, home: HomeRegion): string {
  const m = WHOLE_PRONOUN.exec(whole);
  if (!m) return whole;
  const place = m[0].endsWith("省") ? home.province : home.region;
  if (place.level === "country" || (!m[0].endsWith("省") && place.level === "province")) return whole;
  return whole.slice(0, m.index) + place.name + whole.slice(m.index + m[0].length);
}

// Accepted shapes: 我市, 全市, 本市, 该市, 我县, 全县, 我省, 全省, 本省, 该省, 全区, 本区, 全国, 我国; an autonomous
// prefecture's 全州 / 我州 (not the county 全州县) and a league's 全盟.
// 自治区 alone is the autonomous region a report is in (自治区对中亚五国进出口…).
const PRONOUN =
  /(?<w>我市|全市|本市|该市|这个市|我县|全县|本县|该县|这个县|我省|全省|本省|该省|全区|我区|本区|该区|该(?:开发区|园区|示范区|综保区|高新区|经开区)|全国|我国|这里|内地(?=外贸|进出口|货物|整体|$)|(?<![古族藏尔])自治区|全州(?!县)|我州|本州|该州|全盟|我盟)/gu;
// 是: a place after 是 is a predicate (综保区仍是全市外贸的压舱石), not the subject, except
// in a cleft sentence (增速最快的是晋城市), where it is, and in a numbered item (二是咸阳市开工项目67个).
// 位于 is no comparison's 于: 其中位于清徐经济开发区的项目7个.
const NOT_SUBJECT_BEFORE = /(?:[与在对向从到赴和及同、较比占]|(?<!位)于|(?<![的一二三四五六七八九十])是)$/u;
const NOT_SUBJECT_AFTER =
  /^(?:[、和]|海关|商务局|市委|省委|日报|晚报|主会场|分会场|会场|市政府|省政府|政府|统计局|国投|总工会|记者|片区)/u;
const JOINED_BEFORE = /(?:参加|参与|承办|融入)[^，；]{0,6}$/u;
const VENUE = /^(?:分会场|主会场)/u;
const CHINA_AS_SUBJECT = /^(?:的)?(?:外贸|进出口|出口|进口|对外贸易|货物贸易)/u;

export interface MentionOptions {
  home: HomeRegion;
  /** Full zone names found in the document (for abbreviations such as 交城县开发区). */
  seenZones: readonly string[];
  /** The article's sentences and where the clause starts, for 该县 / 该区 pointing at a place named before. */
  before?: { sentences: readonly TextSpan[]; at: number };
  /** The clause breaks down a whole (其中…): a county of the city named before may stand by its short name. */
  part?: boolean;
}

interface TextSpan {
  start: number;
  end: number;
  text: string;
}

const BEFORE_CHARS = 400;
/** How far back the city a 其中 breaks down is looked for. */
const SAME_PARAGRAPH_CHARS = 80;

/** The article's last sentences before `at` (the current one up to `at`): where 该县 points. */
function textBefore(sentences: readonly TextSpan[], at: number): string {
  let last = 0;
  while (last < sentences.length && (sentences[last] as TextSpan).start < at) last++;
  // Back to about a paragraph or two: far enough for the place a report is about, not the page's other articles.
  const parts: string[] = [];
  let length = 0;
  for (let k = last - 1; k >= 0 && length < BEFORE_CHARS; k--) {
    const s = sentences[k] as TextSpan;
    const text = s.end <= at ? s.text : s.text.slice(0, at - s.start);
    parts.push(text);
    length += text.length;
  }
  return parts.reverse().join("。");
}

function overlapsAny(hits: readonly RegionMentionHit[], start: number, end: number): boolean {
  for (const h of hits) if (start < h.end && end > h.start) return true;
  return false;
}

/**
 * What 全市, 全区, 全省 … stand for: the home region when its kind fits the
 * word, else the nearest region above it that does (全区 in a report from
 * 霍尔果斯市 is 新疆维吾尔自治区; 全市 in a county's report is its city).
 */
function pronounRegion(word: string, home: HomeRegion): Region {
  // 内地外贸进出口10.3万亿元 in a Hong Kong paper: the mainland, the country's figure.
  if (word === "全国" || word === "我国" || word === "内地") return CHINA;
  if (word.endsWith("省")) return home.province;
  const kind = word.slice(-1);
  // 介休市…占全市的36.2% in 晋中日报: the paper's city, not the county-level city the article is about
  // (which 该市 points at).
  if (home.paper?.name.endsWith(kind) && !word.startsWith("该")) return home.paper;
  if (home.region.name.endsWith(kind)) return home.region;
  // 全市 in a zone's own report is the city the zone lies in.
  const above = home.region.code !== null ? parentCode(home.region.code) : (home.parent?.code ?? null);
  for (let code = above; code !== null; code = parentCode(code)) {
    const up = regionByCode(code);
    if (!up || up.level === "country") break;
    if (up.name.endsWith(kind)) return up;
  }
  return home.region;
}

/**
 * 该县 / 该区 / 该市 where the home is no place of that kind (伊川县分会场…，该县本期开工项目9个 in a city's
 * report; 偃师区…该区外贸进出口12.6亿元 on a city paper's page): the last such place named before it.
 */
function pointedPlace(word: string, opts: MentionOptions, head: string): Region | undefined {
  // 平遥县分会场的主角是…。这里本次集中开工项目4个: 这里 points at the last place named, of any kind.
  const anyKind = word === "这里";
  // 运城经济技术开发区是…。⏎…该开发区同样表现亮眼: the zone named last, whatever its name ends with.
  const zoneWord = word.length > 2 && word.startsWith("该");
  const kind = anyKind || zoneWord ? "" : word.slice(-1);
  // 全区 / 全县 in a city's paper, on a page about one of its districts (建安区一季度外贸…全区有进出口实绩的企业127家),
  // when no region above the city is of that kind (全区 in a 广西 city's paper is the autonomous region).
  const whole = /^[全我本][区县]$/u.test(word) && pronounRegion(word, opts.home) === opts.home.region;
  if (
    !(word.startsWith("该") || word.startsWith("这") || whole) ||
    !opts.before ||
    (kind !== "" && opts.home.region.name.endsWith(kind))
  )
    return undefined;
  // Every place named, subject or not (伊川县分会场同步举行…: a venue names its place too), up to the pronoun
  // (大同　该市进出口30.8亿元).
  const before = `${textBefore(opts.before.sentences, opts.before.at)}。${head}`;
  const within = opts.home.region.code ?? undefined;
  let last: { at: number; region: Region } | undefined;
  for (const z of scanZoneNames(before, {
    within: within ?? opts.home.parent?.code ?? undefined,
    seen: opts.seenZones,
  }))
    if (z.zone.name.endsWith(kind) && (!last || z.start > last.at))
      last = { at: z.start, region: { name: z.zone.name, code: null, level: "zone" } };
  if (zoneWord) return last?.region;
  for (const m of scanRegionNames(before, { within, includeCountry: false }))
    if (
      m.region.name.endsWith(kind) &&
      m.region.name !== opts.home.region.name &&
      m.region.level !== "country" &&
      (!last || m.start > last.at)
    )
      last = { at: m.start, region: m.region };
  return last?.region;
}

/** Regions a clause names that can be the subject of its figures, in order. */
const GENERIC_ALONE = /^\P{Script=Han}{0,3}(?<name>城区|矿区|郊区|东区|西区|市中区)\s*$/u;

export function subjectRegions(clause: string, opts: MentionOptions): RegionMentionHit[] {
  const hits: RegionMentionHit[] = [];
  const within = opts.home.region.code ?? undefined;
  // 经开区 in a zone's own report: the zone's city holds the zone it names.
  const zones = scanZoneNames(clause, { within: within ?? opts.home.parent?.code ?? undefined, seen: opts.seenZones });
  for (const z of zones)
    hits.push({ start: z.start, end: z.end, region: { name: z.zone.name, code: null, level: "zone" } });
  // ②潇河产业园开工项目7个: a park of a zone opening a line of its own figures, a zone of its own name.
  const park = hits.length === 0 && clause.includes("园") ? PARK_LINE.exec(clause) : null;
  const parkName = park?.groups?.name;
  if (park && parkName) {
    const start = park[0].length - parkName.length;
    hits.push({ start, end: start + parkName.length, region: { name: parkName, code: null, level: "zone" } });
  }
  for (const m of execAll(PRONOUN, clause)) {
    const w = m.groups?.w ?? "";
    const start = m.index;
    const end = start + w.length;
    if (overlapsAny(hits, start, end)) continue;
    hits.push({ start, end, region: pointedPlace(w, opts, clause.slice(0, start)) ?? pronounRegion(w, opts.home) });
  }
  for (const m of scanRegionNames(clause, { within, includeCountry: true })) {
    if (overlapsAny(hits, m.start, m.end)) continue;
    if (m.region.level === "country") {
      const word = clause.slice(m.start, m.end);
      if (word !== "中国" || !CHINA_AS_SUBJECT.test(clause.slice(m.end))) continue;
    }
    hits.push({ start: m.start, end: m.end, region: m.region });
  }
  const home = opts.home.region;
  // A zone's kind alone, with no name before it (示范区共有54个项目参加): in 山西综改示范区's own report the home
  // zone; elsewhere the one zone of that kind the document named (在山西综改示范区主会场，示范区签约项目37个;
  // 该示范区签约项目6个).
  const bareKind = (kind: string, region: Region): void => {
    for (let at = clause.indexOf(kind); at >= 0; at = clause.indexOf(kind, at + 1))
      if (
        (at === 0 ||
          !HAN_BEFORE.test(clause.charAt(at - 1)) ||
          THIS_BEFORE.test(clause.charAt(at - 1)) ||
          // 11月当月示范区进出口…: after the period's words; 本次活动示范区共有43个项目: after the event's.
          PERIOD_BEFORE.test(clause.slice(0, at)) ||
          EVENT_BEFORE.test(clause.slice(0, at))) &&
        !overlapsAny(hits, at, at + kind.length)
      )
        hits.push({ start: at, end: at + kind.length, region });
  };
  if (home.level === "zone") {
    const kind = HOME_ZONE_KIND.exec(home.name)?.[0];
    if (kind) bareKind(kind, home);
  } else {
    const kind = BARE_ZONE_KIND.exec(clause)?.[0];
    const named = kind ? (opts.seenZones ?? []).filter((z) => z.endsWith(kind)) : [];
    const zone = kind && named.length === 1 ? lookupZone(named[0] as string) : null;
    if (kind && zone) bareKind(kind, { name: zone.name, code: null, level: "zone" });
  }
  // 孝义项目数占全市的32.6% in a 孝义市 report: the home county-level city or county by its short name,
  // which the scan leaves out (a district's, 小店, may be a word).
  if (home.level === "county" && home.code && /[市县]$/u.test(home.name)) {
    const short = shortPlaceName(home.code);
    if (short && short !== home.name)
      for (let at = clause.indexOf(short); at >= 0; at = clause.indexOf(short, at + 1))
        if (!overlapsAny(hits, at, at + short.length)) hits.push({ start: at, end: at + short.length, region: home });
  }
  // 城区：签约1个、开工2个 in a 阳泉市 page's list of its districts: a name that is also a word (城区, 郊区, 矿区)
  // standing alone as a line's label is the home city's district of that name.
  // Also in a city paper's article on one of its counties (the paper's city).
  const city = home.level === "prefecture" ? home : opts.home.paper;
  if (hits.length === 0 && city?.code) {
    const name = GENERIC_ALONE.exec(clause)?.groups?.name;
    const region = name ? lookupRegion(name, { within: city.code }) : null;
    if (name && region?.code && region.level === "county" && isWithinRegion(region.code, city.code)) {
      const start = clause.indexOf(name);
      hits.push({ start, end: start + name.length, region });
    }
  }
  // 在万州分会场，21个项目集中开工 in a 重庆 report: a district or county of the home by its short name before a
  // venue, which the scan leaves out (a district's short name may be a word).
  if (home.code && clause.includes("会场")) {
    for (const m of execAll(SHORT_BEFORE_VENUE, clause)) {
      const name = m.groups?.name ?? "";
      if (overlapsAny(hits, m.index, m.index + name.length)) continue;
      const region = countyByShortName(name, home.code);
      if (region) hits.push({ start: m.index, end: m.index + name.length, region });
    }
  }
  // 晋中签约项目41个…，其中太谷签约项目12个 in a province's report: a county of the city named last, by its short
  // name, which the province-wide scan leaves out.
  if (opts.part === true && home.level === "province" && opts.before && hits.every((h) => h.region.level === "zone")) {
    const before = textBefore(opts.before.sentences, opts.before.at);
    const city = scanRegionNames(before.slice(-SAME_PARAGRAPH_CHARS), { within })
      .filter((m) => m.region.level === "prefecture")
      .at(-1)?.region.code;
    if (city)
      for (const m of scanRegionNames(clause, { within: city }))
        if (m.region.level === "county" && !overlapsAny(hits, m.start, m.end)) hits.push(m);
  }
  hits.sort((a, b) => a.start - b.start);
  // 晋城全市, 河南全省, 运城　全市: the place named, then 全市 standing for it, is one mention of that place.
  for (let k = hits.length - 1; k > 0; k--) {
    const h = hits[k] as RegionMentionHit;
    const prev = hits[k - 1] as RegionMentionHit;
    const word = clause.slice(h.start, h.end);
    if (
      WHOLE_WORD.test(word) &&
      prev.region.name.endsWith(word.slice(-1)) &&
      clause.slice(prev.end, h.start).trim() === ""
    ) {
      prev.end = h.end;
      hits.splice(k, 1);
    }
  }
  // 长沙市作为全省外贸“主引擎”: the place, then the role it plays; places in the role are no subject.
  const role = hits.length > 1 ? clause.indexOf("作为") : -1;
  const roleFrom = role > 0 && hits.some((h) => h.end <= role) ? role : clause.length;
  return hits.filter(
    (h) =>
      h.start < roleFrom &&
      (!NOT_SUBJECT_BEFORE.test(clause.slice(Math.max(0, h.start - 2), h.start)) ||
        (h.start === 1 && VENUE.test(clause.slice(h.end, h.end + 3)))) &&
      // 我市已参加两期全省“三个一批”活动: the activity joined, not the subject.
      !JOINED_BEFORE.test(clause.slice(Math.max(0, h.start - 8), h.start)) &&
      (!NOT_SUBJECT_AFTER.test(clause.slice(h.end, h.end + 3)) ||
        // 郑州市分会场集中签约项目86个 (在永济市分会场，集中开工项目5个): a venue opening the clause gives its
        // place's figures.
        // Also 省会海口市分会场开工项目41个.
        (VENUE_PLACE_LEAD.test(clause.slice(0, h.start)) && VENUE.test(clause.slice(h.end, h.end + 3)))),
  );
}

const WHOLE_WORD = /^全[市省县区]$/u;
const SHORT_BEFORE_VENUE = /(?<=^|[^\p{Script=Han}]|在)(?<name>\p{Script=Han}{2})(?=分会场)/gu;

/** The county-level division of the home whose short name this is (万州 → 万州区), or null. */
function countyByShortName(name: string, homeCode: string): Region | null {
  for (const suffix of ["区", "县", "市"]) {
    const region = lookupRegion(`${name}${suffix}`, { within: homeCode });
    if (region?.code && region.level === "county" && isWithinRegion(region.code, homeCode)) return region;
  }
  return null;
}
const PARK_LINE =
  /^[^\p{Script=Han}\d]*(?<name>(?![各全其部另])\p{Script=Han}{2,4}(?:产业园区|产业园|工业园区|工业园))(?=(?:共|集中)?(?:签约|开工|动工|投产|推进|有|承接|引进|落地)|[：:]|$)/u;
// Also after a list's mark (▲成都市分会场：集中开工项目186个).
const VENUE_PLACE_LEAD = /^[^\p{Script=Han}\d\p{L}]{0,3}在?(?:省会|首府)?$/u;
const BARE_ZONE_KIND = /示范区|实验区|合作区|开发区|园区/u;
const HOME_ZONE_KIND = /(?:示范区|实验区|试验区|新区|合作区|开发区)$/u;
const HAN_BEFORE = /\p{Script=Han}/u;
// 该示范区签约项目6个: the zone just named, pointed at.
const THIS_BEFORE = /[该此这本]/u;
const EVENT_BEFORE = /(?:本次|此次|本期|这次)(?:活动)?$/u;
const PERIOD_BEFORE = /(?:\d|[一二三四五六七八九十])(?:月份?|季度)(?:当月|单月)?$|(?:当月|单月|同期)$/u;

/** The place a text ends with (比全省 → the home province, 高于郑州市 → 郑州市), named or by 全省/全国 …. */
export function placeAtEnd(text: string, opts: MentionOptions): Region | undefined {
  const pronoun = /(?:我市|全市|本市|我县|全县|我省|全省|本省|全区|我区|全国|我国|内地|全州|我州|全盟)$/u.exec(text);
  const within = opts.home.region.code ?? undefined;
  if (pronoun) {
    // 占无锡全市（6378.5亿元）: the whole of the place named right before 全市.
    const named = pronoun[0].startsWith("全") ? scanRegionNames(text.slice(0, pronoun.index)).at(-1) : undefined;
    if (named?.end === pronoun.index && named.region.level !== "country") return named.region;
    return pronounRegion(pronoun[0], opts.home);
  }
  // 龙头企业聚集的成都高新区: a zone, whose name may end in a division's (…双流区) it is more than.
  const zone = scanZoneNames(text, { within: within ?? opts.home.parent?.code ?? undefined, seen: opts.seenZones }).at(
    -1,
  );
  if (zone?.end === text.length) return { name: zone.zone.name, code: null, level: "zone" };
  const last = scanRegionNames(text, { within }).at(-1);
  return last && last.end === text.length && last.region.level !== "country" ? last.region : undefined;
}

/** Full names of the zones a document names, to expand abbreviations. */
export function documentZones(text: string, home: HomeRegion): string[] {
  const within = home.region.code ?? undefined;
  // Not a bare kind's guess (综保区 → 太原综合保税区 beside the 太原武宿综合保税区 the text names): no zone it saw.
  const names = new Set(
    scanZoneNames(text, { within })
      .filter((z) => !isBareKind(text.slice(z.start, z.end)))
      .map((z) => z.zone.name),
  );
  // 在平原城乡一体化示范区（以下简称平原示范区）: the full name a zone's short one stands for, though
  // its base is no place (so no scan finds it), for the short name to resolve to.
  if (text.includes("简称")) {
    for (const m of execAll(ZONE_NOTE, text)) {
      const full = m.groups?.full ?? "";
      const short = m.groups?.short ?? "";
      if (scanZoneNames(short, { within }).some((z) => z.start === 0 && z.end === short.length)) names.add(full);
    }
  }
  return [...names];
}

const ZONE_NOTE =
  /(?<full>[^，。；、在于的“”"（）()\s]{4,24})[（(](?:以下简称|下称|简称)[“"]?(?<short>[^）)”"]{2,10})[”"]?[）)]/gu;
