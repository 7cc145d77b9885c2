import {
  gazetteerData,
  isRegionName,
  isWithinRegion,
  type LookupOptions,
  lookupRegion,
  parentCode,
  regionByCode,
  scanRegionNames,
} from "./gazetteer";

// Development, bonded, pilot and new-area zones. The contract files them as
// regions of level "zone" with no division code, under the name the report
// uses, expanded where a known alias exists (综改区 → 山西综改示范区); the
// parent is the division the zone belongs to, for roll-ups and maps.

export interface Zone {
  name: string;
  level: "zone";
  code: null;
  /** Code of the division the zone lies in, or null when unknown. */
  parent: string | null;
}

export interface ZoneLookupOptions extends LookupOptions {
  /** Full zone names already found in the document: an abbreviation that fits
   *  one of them (交城县开发区, 交城经开区 after 交城经济开发区) takes its name. */
  seen?: readonly string[];
}

export interface ZoneMention {
  start: number;
  end: number;
  zone: Zone;
}

interface KnownZone {
  name: string;
  parent: string;
  aliases: string[];
  /** The official title, kept as written where a report writes it (the name the report uses). */
  official?: string;
}

// Zones whose names no pattern can expand. Canonical names are the forms
// reports use (武宿综保区 more often than its full title).
const KNOWN_ZONES: KnownZone[] = [
  {
    name: "山西综改示范区",
    parent: "140000",
    official: "山西转型综合改革示范区",
    aliases: [
      "山西转型综合改革示范区",
      "转型综合改革示范区",
      "山西转型综改示范区",
      "综改示范区",
      "山西综改区",
      "综改区",
    ],
  },
  {
    name: "武宿综保区",
    parent: "140100",
    aliases: ["太原武宿综合保税区", "山西太原武宿综合保税区", "武宿综合保税区", "太原武宿综保区"],
  },
  {
    name: "晋中国家农业高新技术产业示范区",
    parent: "140700",
    aliases: ["山西晋中国家农业高新技术产业示范区", "山西农谷", "晋中农高区", "晋中国家农高区", "晋中农业高新区"],
  },
  {
    name: "郑州航空港经济综合实验区",
    parent: "410100",
    aliases: ["郑州航空港区", "郑州航空港实验区", "航空港经济综合实验区", "航空港实验区", "航空港区"],
  },
  // A national high-tech zone whose official name is not of the usual kind (not …高新技术产业开发区).
  {
    name: "武汉东湖新技术开发区",
    parent: "420100",
    aliases: ["东湖新技术开发区", "东湖高新区", "武汉东湖高新区", "东湖高新技术开发区", "武汉东湖高新技术开发区"],
  },
  // National new areas (国家级新区) not coextensive with one county.
  { name: "雄安新区", parent: "130000", aliases: ["河北雄安新区"] },
  { name: "两江新区", parent: "500000", aliases: ["重庆两江新区"] },
  { name: "舟山群岛新区", parent: "330900", aliases: ["浙江舟山群岛新区"] },
  { name: "兰州新区", parent: "620100", aliases: [] },
  { name: "南沙新区", parent: "440100", aliases: ["广州南沙新区"] },
  { name: "西咸新区", parent: "610000", aliases: ["陕西西咸新区"] },
  // Its five new cities, each a zone of its own across 西安 and 咸阳.
  ...["沣东新城", "沣西新城", "秦汉新城", "空港新城", "泾河新城"].map((name) => ({
    name,
    parent: "610000",
    aliases: [`西咸新区${name}`],
  })),
  { name: "贵安新区", parent: "520000", aliases: ["贵州贵安新区"] },
  { name: "西海岸新区", parent: "370200", aliases: ["青岛西海岸新区"] },
  { name: "金普新区", parent: "210200", aliases: ["大连金普新区"] },
  { name: "天府新区", parent: "510000", aliases: ["四川天府新区"] },
  { name: "湘江新区", parent: "430100", aliases: ["湖南湘江新区"] },
  { name: "江北新区", parent: "320100", aliases: ["南京江北新区"] },
  { name: "福州新区", parent: "350100", aliases: [] },
  { name: "滇中新区", parent: "530100", aliases: ["云南滇中新区"] },
  { name: "哈尔滨新区", parent: "230100", aliases: [] },
  { name: "长春新区", parent: "220100", aliases: [] },
  { name: "赣江新区", parent: "360000", aliases: ["江西赣江新区"] },
  // The national agricultural zone at 杨凌, reported by its short name (杨凌示范区).
  {
    name: "杨凌农业高新技术产业示范区",
    parent: "610403",
    aliases: ["陕西杨凌农业高新技术产业示范区", "杨凌示范区", "杨凌农高区"],
  },
  // Beijing's national high-tech zone, whose parks are named after it (中关村科技园区丰台园).
  { name: "中关村科技园区", parent: "110000", aliases: ["中关村国家自主创新示范区", "中关村示范区"] },
  // Cooperation zones set up by the State Council, whose names hold no division.
  { name: "横琴粤澳深度合作区", parent: "440400", aliases: ["横琴合作区", "横琴粤澳合作区", "横琴"] },
  { name: "前海深港现代服务业合作区", parent: "440300", aliases: ["前海合作区"] },
];

// Zone kinds, longest first so 经济技术开发区 is preferred to 开发区.
const KINDS = [
  "高新技术产业开发区",
  // 新乡市平原城乡一体化示范区, 开封市城乡一体化示范区: Henan cities' zones for town and country together.
  "城乡一体化示范区",
  "新技术产业开发区",
  // 中山火炬高技术产业开发区.
  "高技术产业开发区",
  "高新技术产业园区",
  "经济技术开发区",
  "高新技术开发区",
  "新技术开发区",
  "自由贸易试验区",
  "经济综合实验区",
  // 泉州台商投资区, 漳州台商投资区: Fujian's zones for Taiwanese investment.
  "台商投资区",
  // 周口港口物流产业集聚区, 长葛市产业集聚区: Henan's development zones.
  "产业集聚区",
  "综合保税区",
  "边境经济合作区",
  "台商投资区",
  "保税物流园区",
  // 大同国际陆港保税物流中心（B型）: a bonded logistics centre, a customs-supervised zone.
  "保税物流中心",
  "出口加工区",
  "经济开发区",
  "自贸试验区",
  "保税港区",
  // 普宁产业转移工业园: Guangdong's parks for industry moved from the Pearl River Delta.
  "产业转移工业园",
  "工业园区",
  "产业园区",
  // 台山工业新城, 鹤山工业城: a county-level city's industrial park.
  "工业新城",
  "工业城",
  "示范区",
  "实验区",
  "试验区",
  "开发区",
  "保税区",
  "综保区",
  "经开区",
  "高新区",
  "自贸区",
  "合作区",
  "园区",
  "片区",
  "新区",
  // 满洲里口岸, 二连浩特口岸, 阿拉山口口岸: a border port, its trade reported beside its region's.
  "口岸",
];

// Abbreviated kinds and the full kinds they may stand for, most likely first.
const ABBREVIATIONS: Record<string, readonly string[]> = {
  经开区: ["经济技术开发区", "经济开发区"],
  高新区: ["高新技术产业开发区", "高新技术开发区"],
  综保区: ["综合保税区"],
  自贸区: ["自由贸易试验区"],
  自贸试验区: ["自由贸易试验区"],
  开发区: ["经济技术开发区", "经济开发区", "高新技术产业开发区", "高新技术开发区"],
  园区: ["工业园区", "产业园区", "高新技术产业园区"],
};

// Kinds that alone (without 各/全省) name one zone even after a province or
// city; bare 开发区 and 园区 after a province or city mean its zones collectively
// (山西省开发区 "三个一批" 活动, 吕梁市各开发区).
const COLLECTIVE_KINDS = new Set(["开发区", "园区"]);
const ZONES_EVENT_AFTER =
  /^(?:(?:\d{4}|二〇[〇一二三四五六七八九]{2})年|第[^，。；]{1,4}[次期批]|[“"]?三个一批|[^，。；]{0,6}活动)/u;
// Kinds formal enough that an unknown two-to-four-character base still names a zone (中北高新技术产业开发区).
const FORMAL_KINDS = new Set([
  "城乡一体化示范区",
  "高技术产业开发区",
  "高新技术产业开发区",
  "新技术产业开发区",
  "新技术开发区",
  "经济技术开发区",
  "高新技术开发区",
  "自由贸易试验区",
  "综合保税区",
  "边境经济合作区",
  "保税物流园区",
  "保税物流中心",
  "出口加工区",
  "经济开发区",
  "产业集聚区",
  "保税港区",
]);

// Abbreviations a city's report uses alone for its own zone (经开区 in a 太原 paper).
const UNQUALIFIED_KINDS = new Set(["经开区", "高新区", "综保区"]);

// Accepted shapes: a base then a kind, e.g. 交城经济开发区, 太原经开区, 吕梁市开发区, 郑州片区, 高新区.
const ZONE_NAME = new RegExp(`^(?<place>\\p{Script=Han}*?)(?<kind>${KINDS.join("|")})$`, "u");

const known = new Map<string, Zone>();
const knownByParent = new Map<string, Zone[]>();

function addKnown(alias: string, zone: Zone): void {
  known.set(alias, zone);
}

// Zones of the statistical list raised to national economic and technological development zones since
// the list's names were fixed (山西大同经济开发区 became 大同经济技术开发区 in 2013): reports name them
// by the new title and expand 大同经开区 to it. The old title stays a name of the zone.
const RENAMED: Record<string, string> = {
  山西大同经济开发区: "大同经济技术开发区",
  河南商丘经济开发区: "商丘经济技术开发区",
  安徽安庆经济开发区: "安庆经济技术开发区",
  河北邢台经济开发区: "邢台经济技术开发区",
  吉林经济开发区: "吉林经济技术开发区",
};

/** The old titles of renamed zones: a report that writes one is kept to it (the name the report uses). */
const formerNames = new Set<string>();

// NBS statistical zones (山西朔州经济开发区 140600) first, so the curated table overrides them.
for (const [parent, listed] of gazetteerData.zones) {
  const name = RENAMED[listed] ?? listed;
  const zone: Zone = { name, level: "zone", code: null, parent };
  addKnown(name, zone);
  if (name !== listed) {
    addKnown(listed, zone);
    formerNames.add(listed);
  }
  // Reports drop the province (朔州经济开发区) or the 市 (秦皇岛经济技术开发区).
  const shorter = listed.replace(/^(?:山西|河北|内蒙古|辽宁|吉林|黑龙江|河南|湖北|湖南|新疆|广西|宁夏|西藏|江西)/u, "");
  // Not when only the kind is left (吉林高新技术产业开发区 → 高新技术产业开发区 would name every such zone).
  const base = ZONE_NAME.exec(shorter)?.groups?.place ?? "";
  if (shorter !== listed && shorter.length > 4 && base !== "") {
    addKnown(shorter, zone);
    if (name !== listed) formerNames.add(shorter);
  }
  const list = knownByParent.get(parent) ?? [];
  list.push(zone);
  knownByParent.set(parent, list);
}
/** Every name of a curated zone, for an abbreviation that stands for it under another (综保区 for 武宿综保区). */
const namesOfKnown = new Map<Zone, readonly string[]>();
const officialOf = new Map<Zone, string>();
for (const entry of KNOWN_ZONES) {
  const zone: Zone = { name: entry.name, level: "zone", code: null, parent: entry.parent };
  for (const alias of [entry.name, ...entry.aliases]) addKnown(alias, zone);
  namesOfKnown.set(zone, entry.aliases);
  if (entry.official) officialOf.set(zone, entry.official);
}

/** Whether a mention is an abbreviated kind alone (经开区, 综保区), its name only a guess from the home place. */
export function isBareKind(mention: string): boolean {
  return mention in ABBREVIATIONS;
}

function makeZone(name: string, parent: string | null): Zone {
  return { name, level: "zone", code: null, parent };
}

/** The division a zone's base names (交城 → 交城县), trying the longest ending first. */
function placeRegionCode(place: string, opts: LookupOptions): { code: string; start: number } | null {
  for (let start = 0; start <= place.length - 2; start++) {
    const candidate = place.slice(start);
    if (!isRegionName(candidate)) continue;
    const region = lookupRegion(candidate, opts);
    if (!region?.code) continue;
    // 武汉东湖综合保税区: a place right before that does not hold the one found (东湖区 is 南昌's) is the
    // zone's; the later words are a proper name.
    const before = start > 0 ? scanRegionNames(place.slice(0, start), opts).at(-1) : undefined;
    if (before?.region.code && before.end === start && !isWithinRegion(region.code, before.region.code))
      return { code: before.region.code, start: before.start };
    return { code: region.code, start };
  }
  return null;
}

function levelOf(code: string): string | undefined {
  return regionByCode(code)?.level;
}

export function shortPlaceName(code: string): string | null {
  const region = regionByCode(code);
  if (!region) return null;
  const short = region.name.replace(/(?:省|市|县|区|地区|盟)$/u, "");
  return short.length >= 2 ? short : region.name;
}

function kindOf(name: string): { place: string; kind: string } | null {
  const m = ZONE_NAME.exec(name);
  if (!m?.groups) return null;
  return { place: m.groups.place ?? "", kind: m.groups.kind ?? "" };
}

/** Whether a division is a city's district (鸠江区), whose zones may be its city's. */
function districtCode(code: string): boolean {
  return regionByCode(code)?.name.endsWith("区") ?? false;
}

/**
 * A seen or known zone of the same place whose kind this abbreviation may stand for; `written` says whether the
 * report wrote the place (太原经开区) or it is the home's (经开区 alone).
 */
function fitting(
  place: string,
  kind: string,
  code: string | null,
  seen: readonly string[],
  opts: LookupOptions,
  written = true,
) {
  const fullKinds = ABBREVIATIONS[kind];
  if (!fullKinds) return null;
  const candidates = new Map<string, Zone>();
  // 武汉经开综保区: a base with a proper name after its place is no other zone of the place (武汉东湖综合保税区),
  // only one whose base ends the same (东湖综保区 for 武汉东湖综合保税区).
  const properBase = place !== "" && placeRegionCode(place, opts) === null;
  const consider = (zone: Zone, zonePlace: string, zoneKind: string) => {
    if (!fullKinds.includes(zoneKind)) return;
    if (properBase && !zonePlace.endsWith(place)) return;
    // 岳阳城陵矶综合保税区: a proper name after the place that begins the base.
    const zoneCode =
      zonePlace === ""
        ? undefined
        : (placeRegionCode(zonePlace, opts)?.code ?? scanRegionNames(zonePlace, opts)[0]?.region.code ?? undefined);
    // Also a seen zone of the city that holds the report's district (综保区 in a 鸠江区 report that named
    // 芜湖综合保税区 first); not a county's (清徐经开区 after 太原经济技术开发区 is 清徐's own), nor one whose
    // district the report writes (望城经开区 after 长沙经济技术开发区, 即墨综保区 after 青岛前湾综合保税区).
    const samePlace =
      zonePlace === place ||
      (code !== null &&
        zoneCode !== undefined &&
        (zoneCode === code || (!written && isWithinRegion(code, zoneCode) && districtCode(code))));
    if (samePlace) candidates.set(zone.name, zone);
    if (zonePlace === place && place !== "") exact.set(zone.name, zone);
  };
  // 清徐经开区 after 清徐经济开发区 and 太原经济技术开发区: the zone of the very place written wins over its city's.
  const exact = new Map<string, Zone>();
  for (const name of seen) {
    // 武宿综保区 seen, bare 综保区 next: that zone, matched by its name of the full kind (太原武宿综合保税区).
    const hit = fullKinds.includes(kindOf(name)?.kind ?? "") ? undefined : known.get(name);
    const full = hit
      ? namesOfKnown.get(hit)?.find((alias) => fullKinds.includes(kindOf(alias)?.kind ?? ""))
      : undefined;
    // The report also writes it in full (太原武宿综合保税区): that name is considered as itself.
    if (hit && seen.some((other) => other !== name && known.get(other) === hit)) continue;
    const parsed = kindOf(full ?? name);
    if (!parsed) continue;
    const region = placeRegionCode(parsed.place, opts);
    consider(full && hit ? hit : makeZone(name, region?.code ?? null), parsed.place, parsed.kind);
  }
  if (candidates.size === 0 && code !== null) {
    // A city district's may be its city's zone; a county's or a county-level city's is its own (广德经开区 is no
    // 宣城市经济开发区).
    for (const zone of districtCode(code) ? (knownByParent.get(parentCode(code) ?? "") ?? []) : []) {
      const parsed = kindOf(zone.name);
      if (parsed) consider(zone, parsed.place, parsed.kind);
    }
    for (const zone of knownByParent.get(code) ?? []) {
      const parsed = kindOf(zone.name);
      if (parsed) consider(zone, parsed.place, parsed.kind);
    }
  }
  // A base that is not a place (稀土高新区 in a 包头 report): the home's zone whose name holds it.
  if (candidates.size === 0 && code === null && place.length >= 2 && opts.within) {
    const home = opts.within;
    for (const within of new Set([home, parentCode(home) ?? home])) {
      for (const zone of knownByParent.get(within) ?? []) {
        const parsed = kindOf(zone.name);
        if (parsed?.place.endsWith(place) && fullKinds.includes(parsed.kind)) candidates.set(zone.name, zone);
      }
    }
  }
  if (exact.size === 1) return [...exact.values()][0] ?? null;
  // Two fitting zones (a city's 经济技术开发区 and its 高新区 for bare 开发区) leave the name as written.
  return candidates.size === 1 ? ([...candidates.values()][0] ?? null) : null;
}

/**
 * A known zone written in full where its usual name is abbreviated (太原武宿综合保税区
 * for 武宿综保区): the report's own, already expanded name is kept.
 */
function writtenInFull(written: string, zone: Zone): boolean {
  if (officialOf.get(zone) === written) return true;
  const usual = kindOf(zone.name);
  const own = kindOf(written);
  return usual !== null && own !== null && (ABBREVIATIONS[usual.kind]?.includes(own.kind) ?? false);
}

/**
 * The zone a name refers to: a known alias (综改区 → 山西综改示范区, parent
 * 140000), or a place plus a zone kind (太原经开区 → 太原经济技术开发区, parent
 * 140100; 交城县开发区 → 交城经济开发区 when the document names it so). An
 * abbreviation with no place (经开区) takes the place from `opts.within` when
 * that is a prefecture or county. Null for names that are administrative
 * divisions (滨海新区 is a county) or not zone-shaped.
 */
export function lookupZone(name: string, opts: ZoneLookupOptions = {}): Zone | null {
  const key = name.replace(/[\s“”"《》]/gu, "");
  const hit = known.get(key);
  if (hit) {
    if (writtenInFull(key, hit) || formerNames.has(key)) return makeZone(key, hit.parent);
    // 武宿综保区 in a report that also writes 太原武宿综合保税区: the report's full name.
    const full = opts.seen?.find((s) => s !== key && known.get(s) === hit && writtenInFull(s, hit));
    return full ? makeZone(full, hit.parent) : hit;
  }
  if (isRegionName(key)) return null;
  // 中国（河南）自由贸易试验区: the country's zone in the province the brackets name, which holds it.
  const official = OFFICIAL_FTZ.exec(key);
  if (official) return makeZone(key, placeRegionCode(official[1] ?? "", opts)?.code ?? opts.within ?? null);
  const parsed = kindOf(key);
  if (!parsed) return null;
  let { place } = parsed;
  const { kind } = parsed;
  let code: string | null = null;
  const written = place !== "";
  if (!written) {
    const within = opts.within;
    const level = within ? levelOf(within) : undefined;
    // 综保区 in a province's report that named 太原武宿综合保税区: the one zone of that kind it named.
    if (level === "province" && UNQUALIFIED_KINDS.has(kind)) {
      const fulls = ABBREVIATIONS[kind] ?? [];
      const named = [...new Set(opts.seen ?? [])].filter((z) => fulls.some((full) => z.endsWith(full)));
      return named.length === 1 ? (lookupZone(named[0] as string, { ...opts, seen: [] }) ?? null) : null;
    }
    if (!within || (level !== "prefecture" && level !== "county") || !(kind in ABBREVIATIONS)) return null;
    place = shortPlaceName(within) ?? "";
    code = within;
  } else {
    // 东莞虎门港: no ending of the base is a division; the one that begins it holds the zone.
    code = placeRegionCode(place, opts)?.code ?? scanRegionNames(place, opts)[0]?.region.code ?? null;
  }
  const seen = [...(opts.seen ?? [])];
  const fit = fitting(place, kind, code, seen, opts, written);
  if (fit) return fit;
  // 平原示范区 after 平原城乡一体化示范区（以下简称平原示范区）: the one zone the document named in
  // full with the same place and kind, its middle words dropped. Not a name of a formal kind, itself in full
  // (合肥综合保税区 beside 合肥经开综保区).
  if (place.length >= 2 && !FORMAL_KINDS.has(kind)) {
    // Also a full kind the abbreviation stands for (武汉东湖新技术开发区（以下简称东湖高新区）), not over words
    // that count or rank zones (灵丘三个省级经济技术开发区 is no zone's name).
    const kinds = [
      kind,
      ...(ABBREVIATIONS[kind] ?? []),
      ...(kind === "高新区" ? ["新技术产业开发区", "新技术开发区"] : []),
    ];
    const longer = seen.filter(
      (name) =>
        name.length > key.length &&
        name.includes(place) &&
        kinds.some((k) => name.endsWith(k)) &&
        // 宁波保税区 beside 宁波梅山综合保税区: a bonded zone is no comprehensive bonded zone.
        !(OTHER_KIND_ENDING[kind] ?? []).some((k) => name.endsWith(k)) &&
        !COUNTED_ZONES.test(name.slice(name.indexOf(place) + place.length)),
    );
    const full = longer.length === 1 ? (longer[0] as string) : undefined;
    if (full) return lookupZone(full, { ...opts, seen: [] }) ?? makeZone(full, opts.within ?? null);
  }
  const parent = code ?? opts.within ?? null;
  // 经开区 with no zone of the place known: 经济技术开发区, the name 经开区 abbreviates by the
  // letter. Measured on the audit sets: reports and their readers expand it so, county zones too.
  const expansions: Record<string, string> = {
    经开区: "经济技术开发区",
    高新区: "高新技术产业开发区",
    综保区: "综合保税区",
    自贸区: "自由贸易试验区",
    自贸试验区: "自由贸易试验区",
  };
  return makeZone(`${place}${expansions[kind] ?? kind}`, parent);
}

// ---------------------------------------------------------------------------
// Scanning

const HAN = /\p{Script=Han}/u;
// Long enough for a proper name between place and kind (晋中国家农业高新技术产业示范区).
const MAX_BASE = 14;

const knownByLastTwo = new Map<string, string[]>();
for (const alias of known.keys()) {
  const lastTwo = alias.slice(-2);
  const list = knownByLastTwo.get(lastTwo) ?? [];
  list.push(alias);
  knownByLastTwo.set(lastTwo, list);
}
for (const list of knownByLastTwo.values()) list.sort((a, b) => b.length - a.length);
// Last characters of known names other than 区 (沣东新城, 横琴, 山西农谷): where else a name may end.
const OTHER_ENDS = [...new Set([...known.keys(), ...KINDS].map((name) => name.slice(-1)))].filter((c) => c !== "区");
const kindsByLastTwo = new Map<string, string[]>();
for (const kind of KINDS) {
  const list = kindsByLastTwo.get(kind.slice(-2)) ?? [];
  list.push(kind);
  kindsByLastTwo.set(kind.slice(-2), list);
}

interface RawMention {
  start: number;
  end: number;
  /** The text of the zone's name as it will be looked up. */
  name: string;
  known: boolean;
}

/**
 * Where a zone's name starts when the divisions enclosing its place are written
 * right before it (郑州新郑综合保税区: 郑州 holds 新郑): the report's full name.
 */
function enclosingStart(run: string, placeStart: number, code: string): number {
  let start = placeStart;
  const before = scanRegionNames(run.slice(0, placeStart));
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i];
    if (!m || m.end !== start || m.region.code === null || !isWithinRegion(code, m.region.code)) break;
    start = m.start;
  }
  return start;
}

// Words that make the text between a place and a zone kind no part of a name (山西省各示范区, 太原市和示范区),
// or no part of an unknown zone's name (活动在中北高新技术产业开发区: the name is 中北…).
const NOT_IN_NAME = /[各全等和与及的、在是为对向]|其中|以及|包括/u;

const COUNTED_ZONES = /[个级等和、]/u;
const FREE_TRADE_KINDS = new Set(["自由贸易试验区", "自贸试验区"]);
const OFFICIAL_FTZ_BEFORE = /中国[（(]\p{Script=Han}{2,3}[）)]$/u;
const OFFICIAL_FTZ = /^中国[（(](\p{Script=Han}{2,3})[）)](?:自由贸易试验区|自贸试验区)$/u;

// A period's unit after its digits is no zone's name (9月份综保区, 11月当月示范区).
const PERIOD_UNIT_START = /^(?:[月年日号]|季度)/u;
const PERIOD_UNIT_LEAD = /^(?:个月份?|个季度|月份?(?:当月|单月)?|季度|年度?|日|号)/u;

// Words before an abbreviated kind that are no name of a zone (推动高新区建设, 全市经开区, 两个综保区),
// nor a period's unit (PERIOD_UNIT_START).
const NOT_A_BASE =
  /^(?:[全我本各该两三几多这此其每]|推动|推进|建设|加快|创建|打造|依托|支持|围绕|发挥|提升|做强|壮大|聚焦|国家级|省级|市级|位于|地处|坐落|横跨|跨越|覆盖|包括|包含|涵盖|毗邻|紧邻|依靠|借助|凭借|落户|入驻|进驻|立足|联合|携手|对接)/u;

/** Whether the words before an abbreviated kind may be a zone's own name (中北 in 中北高新区). */
function isPlainBase(run: string): boolean {
  return !NOT_IN_NAME.test(run) && !NOT_A_BASE.test(run) && !PERIOD_UNIT_START.test(run);
}

/**
 * Where a zone's name starts in `run` when a place begins it and a proper name
 * of two or more characters follows (东莞虎门港综合保税区, 晋中国家农业高新技术产业示范区),
 * or -1.
 */
function namedBase(run: string, opts: LookupOptions): number {
  const first = scanRegionNames(run, opts)[0];
  // 北流日用陶瓷工业园区 in a 北流市 report: the home county by its short name, which no scan reports.
  const home = opts.within ? shortPlaceName(opts.within) : null;
  const at = first ?? (home && run.startsWith(home) ? { start: 0, end: home.length } : undefined);
  if (!at) return -1;
  const rest = run.slice(at.end);
  return rest.length >= 2 && !NOT_IN_NAME.test(rest) ? at.start : -1;
}

/** A zone name ending at `end` (exclusive), or null. */
/** Length of the end of `run` (2–4 characters) that one of the home's zones of this kind holds, or 0. */
function homeZoneBase(run: string, kind: string, opts: LookupOptions): number {
  if (!opts.within) return 0;
  for (let len = Math.min(4, run.length); len >= 2; len--) {
    if (fitting(run.slice(-len), kind, null, [], opts)) return len;
  }
  return 0;
}

function zoneEndingAt(text: string, end: number, opts: LookupOptions): RawMention | null {
  const lastTwo = text.slice(end - 2, end);
  let best: RawMention | null = null;
  for (const alias of knownByLastTwo.get(lastTwo) ?? []) {
    if (text.startsWith(alias, end - alias.length)) {
      best = { start: end - alias.length, end, name: alias, known: true };
      break;
    }
  }
  const kind = (kindsByLastTwo.get(lastTwo) ?? []).find((k) => text.startsWith(k, end - k.length));
  if (kind === undefined) return best;
  const kindStart = end - kind.length;
  // 中国（山东）自由贸易试验区: the country's free trade zone in a province, by its official name.
  if (FREE_TRADE_KINDS.has(kind)) {
    const official = OFFICIAL_FTZ_BEFORE.exec(text.slice(Math.max(0, kindStart - 8), kindStart));
    if (official) {
      const start = kindStart - official[0].length;
      return { start, end, name: text.slice(start, end), known: false };
    }
  }
  let runStart = kindStart;
  while (runStart > 0 && kindStart - runStart < MAX_BASE && HAN.test(text.charAt(runStart - 1))) runStart--;
  // 前4个月西永综保区: a period's unit after its digits is no part of the name.
  if (/\d/u.test(text.charAt(runStart - 1)))
    runStart += PERIOD_UNIT_LEAD.exec(text.slice(runStart, kindStart))?.[0].length ?? 0;
  const run = text.slice(runStart, kindStart);
  const place = placeRegionCode(run, opts);
  let generic: RawMention | null = null;
  if (place !== null) {
    const start = runStart + enclosingStart(run, place.start, place.code);
    const level = levelOf(place.code);
    // Not a city's short name right before 开发区 (晋中开发区进出口27.46亿元, 分开发区看，晋中开发区签约项目12个):
    // one zone by its everyday name, where 吕梁市开发区 and 全省开发区 are the zones together.
    const written = text.slice(start, kindStart);
    // But 运城开发区第二次“三个一批”活动: the city's zones in the province's event for its zones.
    const everyday =
      kind === "开发区" &&
      level === "prefecture" &&
      written.length >= 2 &&
      !/[市省州盟]$/u.test(written) &&
      !/[各全]$/u.test(run.slice(0, start - runStart)) &&
      !ZONES_EVENT_AFTER.test(text.slice(end, end + 12));
    const collective = COLLECTIVE_KINDS.has(kind) && level !== "county" && !everyday;
    const isDivision = isRegionName(text.slice(start, end));
    // 在全国综合保税区中排名第17位: the country's zones of a kind, no zone.
    if (!collective && !isDivision && level !== "country")
      generic = { start, end, name: text.slice(start, end), known: false };
  } else if (
    FORMAL_KINDS.has(kind) &&
    run.length >= 2 &&
    run.length <= 6 &&
    !NOT_IN_NAME.test(run) &&
    !/活动|举行|位于/u.test(run) &&
    !PERIOD_UNIT_START.test(run)
  ) {
    // Not over a known name inside the run (1月30日从太原武宿综合保税区: 太原武宿综合保税区).
    if (!best) generic = { start: runStart, end, name: text.slice(runStart, end), known: false };
  } else if (PORT_BASE.test(run) && (kind === "保税区" || kind === "保税港区")) {
    // 天津港保税区: a city's port (no division's name ends the base), the zone of the city that begins it.
    const city = scanRegionNames(run, opts).find((r) => r.end === run.length - 1);
    if (city && !best)
      generic = { start: runStart + city.start, end, name: text.slice(runStart + city.start, end), known: false };
  } else if (UNQUALIFIED_KINDS.has(kind) && homeZoneBase(run, kind, opts) > 0) {
    // 稀土高新区 in a 包头 report: the base names one of the home's zones (包头稀土高新技术产业开发区).
    const start = kindStart - homeZoneBase(run, kind, opts);
    generic = { start, end, name: text.slice(start, end), known: false };
  } else if (
    UNQUALIFIED_KINDS.has(kind) &&
    (runStart === 0 || !HAN.test(text.charAt(runStart - 1))) &&
    run.length >= 2 &&
    run.length <= 4 &&
    isPlainBase(run)
  ) {
    // ；中北高新区推进项目12个: a proper name opening its clause (中北高新技术产业开发区).
    generic = { start: runStart, end, name: text.slice(runStart, end), known: false };
  } else if (
    kind === "新区" &&
    (runStart === 0 || !HAN.test(text.charAt(runStart - 1))) &&
    (run.length === 2 || run.length === 3) &&
    isPlainBase(run) &&
    !/城市|市/u.test(run)
  ) {
    // ；羊山新区进出口3.18亿元: a city's own new area opening its clause, its name short.
    generic = { start: runStart, end, name: text.slice(runStart, end), known: false };
  } else if (UNQUALIFIED_KINDS.has(kind)) {
    // 经开区 alone: the document's own zone, resolved through opts.within.
    generic = { start: kindStart, end, name: kind, known: false };
  } else if (!COLLECTIVE_KINDS.has(kind)) {
    const named = namedBase(run, opts);
    if (named >= 0) generic = { start: runStart + named, end, name: text.slice(runStart + named, end), known: false };
  } else if (kind === "园区" && run.length >= 4 && !NOT_IN_NAME.test(run)) {
    // 榆社化工园区: a county's park by its proper name (a city's or a province's 园区 alone are its parks together).
    const first = scanRegionNames(run, opts)[0];
    const named = first && first.region.level === "county" ? namedBase(run, opts) : -1;
    if (named >= 0 && named === first?.start)
      generic = { start: runStart + named, end, name: text.slice(runStart + named, end), known: false };
  }
  if (generic && (!best || generic.start < best.start)) return generic;
  return best;
}

/**
 * Zone mentions in text: known aliases and place-plus-kind names (交城经济开发区,
 * 太原经开区, 中北高新技术产业开发区, 郑州片区), non-overlapping. Abbreviations
 * resolve against full names found anywhere in the same text (and `opts.seen`).
 */
export function scanZoneNames(text: string, opts: ZoneLookupOptions = {}): ZoneMention[] {
  const raw: RawMention[] = [];
  for (const p of nameEnds(text)) {
    const m = zoneEndingAt(text, p + 1, opts);
    if (m === null) continue;
    let last = raw.at(-1);
    // 自贸试验区洛阳片区: a part after its zone's kind alone, the province's free-trade zone, is one mention.
    const kindBefore = m.name.endsWith("片区")
      ? FREE_TRADE_KIND_BEFORE.exec(text.slice(Math.max(0, m.start - 7), m.start))
      : null;
    if (kindBefore && !(last && last.end > m.start - kindBefore[0].length)) {
      const start = m.start - kindBefore[0].length;
      raw.push({ start, end: m.end, name: text.slice(start, m.end), known: false });
      continue;
    }
    // A zone's own part written after it (山西综改示范区太原片区) is one mention.
    if (last && last.end === m.start && m.name.endsWith("片区")) {
      raw.pop();
      raw.push({ start: last.start, end: m.end, name: text.slice(last.start, m.end), known: false });
      continue;
    }
    while (last && m.start <= last.start) {
      raw.pop();
      last = raw.at(-1);
    }
    if (last && m.start < last.end) continue;
    raw.push(m);
  }
  if (raw.length === 0) return [];
  // 中国（广西）自由贸易试验区钦州港片区, 中国（上海）自由贸易试验区临港新片区: a free-trade zone's part, its base no
  // place of its own, written right after it.
  withPartsAfter(raw, text, FREE_TRADE_END, PART_AFTER, 9);
  // 佛山国家高新区高明园, 中关村科技园区丰台园: a park of a national zone, named after the zone, is one mention.
  withPartsAfter(raw, text, PARK_HOLDER_END, PARK_AFTER, 4);
  const seen = [
    ...new Set([...(opts.seen ?? []), ...raw.filter((m) => !m.known && isFullName(m.name)).map((m) => m.name)]),
  ];
  const mentions: ZoneMention[] = [];
  for (const m of raw) {
    const before = mentions.at(-1);
    // 中国（河南）自由贸易试验区洛阳片区（洛阳自贸片区）: a short name in brackets right after a zone is that zone.
    if (before && before.end === m.start - 1 && isNoteAround(text, m.start - 1, m.end)) {
      mentions.push({ start: m.start, end: m.end, zone: before.zone });
      continue;
    }
    const zone =
      (m.name.endsWith("片区") || PARK_END.test(m.name)) && !m.known
        ? zoneOfPart(m.name, opts)
        : lookupZone(m.name, { ...opts, seen });
    // 保税物流中心（B型）: the centre's type in brackets belongs to the mention, not to the words after it.
    const type = zone ? TYPE_NOTE.exec(text.slice(m.end, m.end + 5)) : null;
    if (zone) mentions.push({ start: m.start, end: m.end + (type?.[0].length ?? 0), zone });
  }
  return mentions;
}

/** Mentions whose name ends so (`holder`) taken on with the part named right after them (`part`, within `reach`). */
function withPartsAfter(raw: RawMention[], text: string, holder: RegExp, part: RegExp, reach: number): void {
  for (const r of raw) {
    if (!holder.test(r.name)) continue;
    const after = part.exec(text.slice(r.end, r.end + reach))?.[0];
    if (!after) continue;
    r.end += after.length;
    r.name = text.slice(r.start, r.end);
    r.known = false;
  }
}

const TYPE_NOTE = /^[（(][A-Z]型[）)]/u;
const OTHER_KIND_ENDING: Record<string, readonly string[]> = { 保税区: ["综合保税区"] };
const PORT_BASE = /\p{Script=Han}{2,4}港$/u;
const FREE_TRADE_END = /(?:自由贸易试验区|自贸试验区|自贸区)$/u;
const FREE_TRADE_KIND_BEFORE = /(?<![\p{Script=Han}）)])(?:自由贸易试验区|自贸试验区|自贸区)$/u;
const PART_AFTER = /^\p{Script=Han}{2,6}?片区/u;
const PARK_HOLDER_END = /(?:国家高新区|高新技术产业开发区|科技园区|国家级?经济技术开发区)$/u;
const PARK_AFTER = /^\p{Script=Han}{2}园(?![区林艺])/u;
const PARK_END = /(?:高新区|开发区|科技园区)\p{Script=Han}{2}园$/u;

/** Whether brackets open at `open` and close at `close` (a note after a name). */
function isNoteAround(text: string, open: number, close: number): boolean {
  const o = text.charAt(open);
  const c = text.charAt(close);
  return (o === "（" && c === "）") || (o === "(" && c === ")");
}

/** Positions, in order, of the characters a zone's name may end on. */
function nameEnds(text: string): number[] {
  const ends: number[] = [];
  for (let p = text.indexOf("区"); p >= 0; p = text.indexOf("区", p + 1)) ends.push(p);
  const before = ends.length;
  for (const c of OTHER_ENDS) for (let p = text.indexOf(c); p >= 0; p = text.indexOf(c, p + 1)) ends.push(p);
  return ends.length === before ? ends : ends.sort((a, b) => a - b);
}

function isFullName(name: string): boolean {
  const parsed = kindOf(name);
  return parsed !== null && !(parsed.kind in ABBREVIATIONS);
}

// 太原片区, 山西综改示范区太原片区: the name as written, under the place it names.
function zoneOfPart(name: string, opts: LookupOptions): Zone {
  // The part's own words (洛阳片区, 高明园) off; what is left names the zone it is part of.
  const base = name.endsWith("片区") ? name.slice(0, -2) : name.slice(0, -3);
  const place = placeRegionCode(base, opts);
  const outer = [...known.entries()].find(([alias]) => base.startsWith(alias))?.[1];
  return makeZone(name, place?.code ?? outer?.parent ?? opts.within ?? null);
}
