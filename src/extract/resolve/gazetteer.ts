import type { Region } from "../../schema/dataset";
import gazetteerJson from "./gazetteer.json";

// Chinese administrative divisions (GB/T 2260) for the resolver: official
// names, short names (太原 → 太原市), codes and parents, plus a scanner that
// finds region mentions in running text. The data is a compact JSON generated
// once by build-gazetteer.ts; everything here is built once at module load.

type Row = [code: string, name: string];
interface GazetteerData {
  provinces: Row[];
  prefectures: Row[];
  counties: Row[];
  /** [parent code, name] of NBS statistical zones; used by zones.ts. */
  zones: Row[];
}
// JSON imports type rows as string[]; the generator writes pairs.
export const gazetteerData = gazetteerJson as unknown as GazetteerData;

export type DivisionLevel = "country" | "province" | "prefecture" | "county";

export interface Division {
  name: string;
  code: string;
  level: DivisionLevel;
  /** Code of the containing division: county → prefecture (or province for a
   *  municipality's districts and directly administered cities), prefecture →
   *  province, province → country; null for the country. */
  parent: string | null;
}

export interface LookupOptions {
  /** Code of a region (usually the document's home province or prefecture)
   *  whose descendants win when a name is ambiguous. */
  within?: string;
}

export interface RegionMention {
  start: number;
  end: number;
  region: Region;
}

export interface ScanOptions extends LookupOptions {
  /** Also report 中国 / 全国 / 我国 (off by default: they mostly qualify rankings and shares). */
  includeCountry?: boolean;
}

export const COUNTRY_CODE = "100000";
const COUNTRY: Division = { name: "中国", code: COUNTRY_CODE, level: "country", parent: null };
const COUNTRY_NAMES = ["中国", "全国", "我国", "中华人民共和国"];

const LEVEL_RANK: Record<DivisionLevel, number> = { country: 0, province: 1, prefecture: 2, county: 3 };

// The 55 minority nationalities as they appear inside autonomous-area names,
// longest first so 土家 is tried before 土.
const ETHNIC_GROUPS = [
  "柯尔克孜",
  "乌孜别克",
  "维吾尔",
  "哈萨克",
  "达斡尔",
  "鄂温克",
  "鄂伦春",
  "塔吉克",
  "俄罗斯",
  "塔塔尔",
  "蒙古",
  "布依",
  "朝鲜",
  "土家",
  "哈尼",
  "傈僳",
  "高山",
  "拉祜",
  "东乡",
  "纳西",
  "景颇",
  "仫佬",
  "布朗",
  "撒拉",
  "毛南",
  "仡佬",
  "锡伯",
  "阿昌",
  "普米",
  "德昂",
  "保安",
  "裕固",
  "独龙",
  "赫哲",
  "门巴",
  "珞巴",
  "基诺",
  "回",
  "藏",
  "苗",
  "彝",
  "壮",
  "满",
  "侗",
  "瑶",
  "白",
  "傣",
  "黎",
  "佤",
  "畲",
  "水",
  "土",
  "羌",
  "怒",
  "京",
  "汉",
  "各",
];

// Peels nationality names off the end of an autonomous area's stem
// (黔东南苗族侗族 → 黔东南; 博尔塔拉蒙古 → 博尔塔拉). A one-character
// nationality must carry 族 so that place names ending in 白/水/土 survive, and
// a stem is never cut below two characters (内蒙古 keeps its 蒙古; 东乡族 stays 东乡).
function stripNationalities(stem: string): string {
  let rest = stem;
  for (let changed = true; changed; ) {
    changed = false;
    for (const group of ETHNIC_GROUPS) {
      const withZu = `${group}族`;
      if (rest.endsWith(withZu) && rest.length - withZu.length >= 2) {
        rest = rest.slice(0, -withZu.length);
        changed = true;
        break;
      }
      if (group.length > 1 && rest.endsWith(group) && rest.length - group.length >= 2) {
        rest = rest.slice(0, -group.length);
        changed = true;
        break;
      }
    }
  }
  return rest;
}

// Accepted shapes: 山西省, 北京市, 内蒙古自治区, 广西壮族自治区, 香港特别行政区.
const PROVINCE_SUFFIX = /(?:省|市|自治区|特别行政区)$/u;
// Accepted shapes: 太原市, 吕梁地区 (older name), 阿拉善盟, 延边朝鲜族自治州.
const PREFECTURE_SUFFIX = /(?:市|地区|盟|自治州)$/u;
// Accepted shapes: 交城县, 开州区, 孝义市, 杭锦旗, 六枝特区, 神农架林区,
// 互助土族自治县, 鄂伦春自治旗.
const COUNTY_SUFFIX = /(?:自治县|自治旗|特区|林区|县|区|市|旗)$/u;

function shortNameOf(name: string, level: DivisionLevel): string | null {
  const suffix = level === "province" ? PROVINCE_SUFFIX : level === "prefecture" ? PREFECTURE_SUFFIX : COUNTY_SUFFIX;
  const match = suffix.exec(name);
  if (!match) return null;
  let stem = name.slice(0, match.index);
  if (match[0].startsWith("自治")) stem = stripNationalities(stem);
  // A one-character stem (沁 of 沁县, 平 of 平县) is never a usable name.
  return stem.length >= 2 ? stem : null;
}

// Informal names that no suffix rule yields: 内蒙, and the usual contractions of Inner
// Mongolia's long banner names (达茂旗 for 达尔罕茂明安联合旗, 科左中旗 for 科尔沁左翼中旗).
const EXTRA_SHORT_NAMES: Array<[string, string]> = [
  ["内蒙", "150000"],
  ["土左旗", "150121"],
  ["土右旗", "150221"],
  ["达茂旗", "150223"],
  ["科左中旗", "150521"],
  ["科左后旗", "150522"],
  ["察右前旗", "150926"],
  ["察右中旗", "150927"],
  ["察右后旗", "150928"],
  ["科右前旗", "152221"],
  ["科右中旗", "152222"],
  // 博尔塔拉蒙古自治州 and 巴音郭楞蒙古自治州 as Xinjiang's reports name them (伊犁州 and 昌吉州 follow from the
  // rule below).
  ["博州", "652700"],
  ["巴州", "652800"],
  // The demonstration zone that has governed 济源市 since 2017, named in its place in Henan's city lists.
  ["济源示范区", "419001"],
  ["济源产城融合示范区", "419001"],
];

// Every division whose name does not survive cn → tw → cn (checked over the whole list).
const CONVERTED_NAMES: Array<[string, string]> = [
  ["濬县", "410621"],
  ["澂江市", "530481"],
];

interface IndexEntry {
  division: Division;
  /** true when the key is the official name, false for a short name. */
  full: boolean;
}

const byCode = new Map<string, Division>([[COUNTRY_CODE, COUNTRY]]);
const byName = new Map<string, IndexEntry[]>();

function addName(key: string, division: Division, full: boolean): void {
  const entries = byName.get(key);
  if (entries === undefined) byName.set(key, [{ division, full }]);
  else if (!entries.some((e) => e.division === division)) entries.push({ division, full });
}

function addDivision(code: string, name: string, level: DivisionLevel, parent: string): Division {
  const division: Division = { name, code, level, parent };
  byCode.set(code, division);
  addName(name, division, true);
  return division;
}

for (const [code, name] of gazetteerData.provinces) addDivision(code, name, "province", COUNTRY_CODE);
for (const [code, name] of gazetteerData.prefectures) addDivision(code, name, "prefecture", `${code.slice(0, 2)}0000`);
for (const [code, name] of gazetteerData.counties) {
  const prefecture = `${code.slice(0, 4)}00`;
  addDivision(code, name, "county", byCode.has(prefecture) ? prefecture : `${code.slice(0, 2)}0000`);
}
for (const division of byCode.values()) {
  if (division.level === "country") continue;
  const short = shortNameOf(division.name, division.level);
  if (short !== null && short !== division.name) addName(short, division, false);
}
// An autonomous area by its place and kind alone (德宏傣族景颇族自治州 → 德宏州, 伊通满族自治县 → 伊通县).
for (const division of [...byCode.values()]) {
  const m = /自治(?<kind>州|县|旗)$/u.exec(division.name);
  const short = m ? shortNameOf(division.name, division.level) : null;
  if (!m?.groups?.kind || short === null) continue;
  const name = `${short}${m.groups.kind}`;
  if (!byName.get(name)?.some((e) => e.full)) addName(name, division, true);
}
for (const [alias, code] of EXTRA_SHORT_NAMES) {
  const division = byCode.get(code);
  // A contraction that keeps its 旗 names the banner as surely as its full name does (read like it); so
  // does a zone's name that stands for its division (济源示范区).
  if (division) addName(alias, division, alias.endsWith("旗") || alias.endsWith("区"));
}
// Official names as a traditional report reads once converted to simplified: OpenCC writes 濬縣
// (the traditional form of 浚县) as 濬县, a variant no list of divisions holds.
for (const [variant, code] of CONVERTED_NAMES) {
  const division = byCode.get(code);
  if (division) addName(variant, division, true);
}
// Counties renamed when made districts (长治县 → 上党区 in 2016): a report of their time names them so. The name
// stays as written, under the division's code.
const RENAMED_COUNTIES: readonly (readonly [former: string, code: string])[] = [
  ["长治县", "140404"],
  ["大同县", "140215"],
  ["南郊区", "140214"],
  ["开封县", "410212"],
  ["许昌县", "411003"],
  ["陕县", "411203"],
];
for (const [former, code] of RENAMED_COUNTIES) {
  const division = byCode.get(code);
  if (division && !byName.has(former)) addName(former, { ...division, name: former }, true);
}
// Former names of counties made cities or districts since (长垣县 → 长垣市 in 2019, 太谷县 → 太谷区):
// a report of their time names them so. The name stays as written, under the division's code.
// So are county-level cities made districts (偃师市 → 偃师区 in 2021).
for (const division of [...byCode.values()]) {
  if (division.level !== "county" || !/[市区]$/u.test(division.name)) continue;
  const stem = division.name.slice(0, -1);
  if (stem.length < 2) continue;
  const formers = division.name.endsWith("区") ? [`${stem}县`, `${stem}市`] : [`${stem}县`];
  for (const former of formers) if (!byName.has(former)) addName(former, { ...division, name: former }, true);
}
for (const name of COUNTRY_NAMES) addName(name, COUNTRY, name === "中国");

function toRegion(division: Division): Region {
  return { name: division.name, code: division.code, level: division.level };
}

/** Whether the string is exactly a known full or short name (cheap pre-check before lookupRegion). */
export function isRegionName(name: string): boolean {
  return byName.has(name);
}

/** The division with this code, or null. */
export function divisionByCode(code: string): Division | null {
  return byCode.get(code) ?? null;
}

/** The region with this GB/T 2260 code (100000 is the country), or null. */
export function regionByCode(code: string): Region | null {
  const division = byCode.get(code);
  return division ? toRegion(division) : null;
}

/** The code of the division containing this one (county → prefecture → province → country), or null. */
export function parentCode(code: string): string | null {
  return byCode.get(code)?.parent ?? null;
}

/** The code of the province containing this division (a province is its own), or null. */
export function provinceOf(code: string): string | null {
  const division = byCode.get(code);
  if (!division || division.level === "country") return null;
  const province = `${code.slice(0, 2)}0000`;
  return byCode.has(province) ? province : null;
}

/** Whether `code` is `scope` itself or lies inside it. */
export function isWithinRegion(code: string, scope: string): boolean {
  if (code === scope || scope === COUNTRY_CODE) return byCode.has(code);
  for (let c = parentCode(code); c !== null; c = parentCode(c)) if (c === scope) return true;
  return false;
}

// Scopes to try, narrowest first: the given region, then its ancestors short of the country.
function scopesOf(within: string | undefined): string[] {
  const scopes: string[] = [];
  for (let c: string | null = within ?? null; c !== null && c !== COUNTRY_CODE; c = parentCode(c)) scopes.push(c);
  return scopes;
}

// Scanning asks the same questions over and over: remember the answers per name and scope.
const chosen = new WeakMap<readonly IndexEntry[], Map<string, Division | null>>();

function choose(entries: readonly IndexEntry[], within: string | undefined): Division | null {
  let byScope = chosen.get(entries);
  if (byScope === undefined) {
    byScope = new Map();
    chosen.set(entries, byScope);
  }
  const scopeKey = within ?? "";
  const cached = byScope.get(scopeKey);
  if (cached !== undefined) return cached;
  const division = chooseUncached(entries, within);
  byScope.set(scopeKey, division);
  return division;
}

function chooseUncached(entries: readonly IndexEntry[], within: string | undefined): Division | null {
  // An official name beats a short one (吉林市 is the city even though 吉林 is the province).
  const full = entries.filter((e) => e.full);
  let candidates = (full.length > 0 ? full : entries).map((e) => e.division);
  for (const scope of scopesOf(within)) {
    const inside = candidates.filter((d) => isWithinRegion(d.code, scope));
    if (inside.length > 0) {
      candidates = inside;
      break;
    }
  }
  const top = Math.min(...candidates.map((d) => LEVEL_RANK[d.level]));
  const best = candidates.filter((d) => LEVEL_RANK[d.level] === top);
  // Same-level namesakes (城区 in 阳泉 and in 晋城; 新华区 in four provinces)
  // cannot be told apart without a scope: better no region than a wrong one.
  return best.length === 1 ? (best[0] ?? null) : null;
}

/**
 * The region a name refers to: an official name (太原市, 内蒙古自治区, 开州区),
 * a short name (太原, 山西, 开州), 中国/全国, or a chain of them written together
 * (山西省太原市, 晋城市城区). Ambiguous names prefer descendants of
 * `opts.within`, then the higher level; a tie left after that gives null.
 */
export function lookupRegion(name: string, opts: LookupOptions = {}): Region | null {
  const key = name.replace(/\s+/gu, "");
  const entries = byName.get(key);
  if (entries !== undefined) {
    const division = choose(entries, opts.within);
    return division ? toRegion(division) : null;
  }
  // A chain such as 山西省吕梁市交城县: the scanner resolves each link against the previous one.
  const mentions = scanRegionNames(key, { ...opts, includeCountry: true });
  const only = mentions[0];
  return mentions.length === 1 && only && only.start === 0 && only.end === key.length ? only.region : null;
}

// ---------------------------------------------------------------------------
// Scanning

interface TrieNode {
  next: Map<number, TrieNode>;
  entries: IndexEntry[] | null;
  /** The name ending at this node, when entries is set. */
  key: string;
}

interface TrieMatch {
  end: number;
  entries: IndexEntry[];
  key: string;
}

const newNode = (): TrieNode => ({ next: new Map(), entries: null, key: "" });

// Official county names that are also ordinary words (城区 "urban area",
// 矿区, 郊区, 东区, 西区): in text they name a county only after their city
// (阳泉市城区), which the chaining below handles.
const GENERIC_COUNTY_NAMES = new Set(["城区", "矿区", "郊区", "东区", "西区", "市中区", "新区"]);

// Short names that are mostly ordinary words in news prose (来宾 "guests",
// 安康 "well-being", 白银 "silver"): only their official names are scanned.
const SHORT_NAMES_NOT_SCANNED = new Set(["来宾", "安康", "白银", "香港", "澳门", "台湾"]);
// Provinces outside the mainland's reporting: names in trade reports are partners, not regions.
const CODES_NOT_SCANNED = new Set(["710000", "810000", "820000"]);

// Set phrases that contain a region's short name without naming it.
const COLLOCATIONS = [
  "长治久安",
  "大同小异",
  "世界大同",
  "天下大同",
  "三明治",
  "阿里巴巴",
  "阿里云",
  "普通化",
  "大理石",
  "普洱茶",
  "中山装",
  "中山大学",
  "朝阳产业",
  "山南海北",
  "日照时",
  "日照充足",
  "玉树临风",
];

// A short name followed by one of these is a street, shop or dish named after
// the place (太原街, 山西面馆, 中山路), not the place.
// Accepted shapes: 路, 街, 巷, 大街, 大道, 胡同, 面馆, 饭店, 酒店, 宾馆, 餐厅, 菜馆, 小吃 at the start of the rest.
const NAMED_AFTER_PLACE = /^(?:路|街|巷|大街|大道|胡同|面馆|饭店|酒店|宾馆|餐厅|菜馆|小吃)/u;

// A two-character county name (新县, 古县, 南县) followed by these is the
// common word 县城/县域/县级…: 西南县域, 古县城.
const COUNTY_WORD_CONTINUATION = new Set(["城", "域", "级", "乡", "区", "委", "镇"]);

const scanTrie = newNode();
// The same names plus 中国/全国/我国, for ScanOptions.includeCountry.
const scanTrieWithCountry = newNode();
// Every official county name, generic ones included, for chains after a city (晋城市城区).
const countyTrie = newNode();
const firstChars = new Uint8Array(0x10000);
const countyFirstChars = new Uint8Array(0x10000);
// The first two characters of the scanned names, hashed: most characters that start a name (山, 大, 新, 中)
// start a word that is none, and this rules them out without walking the trie.
const firstPairs = new Uint8Array(0x10000);
const pairHash = (a: number, b: number): number => (a * 31 + b) & 0xffff;

function insert(root: TrieNode, key: string, entry: IndexEntry): void {
  let node = root;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    let child = node.next.get(c);
    if (child === undefined) {
      child = newNode();
      node.next.set(c, child);
    }
    node = child;
  }
  node.key = key;
  if (node.entries === null) node.entries = [entry];
  else node.entries.push(entry);
}

for (const [key, entries] of byName) {
  for (const entry of entries) {
    const { division, full } = entry;
    if (division.level === "county" && full) {
      insert(countyTrie, key, entry);
      countyFirstChars[key.charCodeAt(0)] = 1;
    }
    if (CODES_NOT_SCANNED.has(division.code)) continue;
    if (division.level === "county" && (!full || GENERIC_COUNTY_NAMES.has(key))) continue;
    if (!full && SHORT_NAMES_NOT_SCANNED.has(key)) continue;
    insert(scanTrieWithCountry, key, entry);
    if (division.level !== "country") insert(scanTrie, key, entry);
    firstChars[key.charCodeAt(0)] = 1;
    firstPairs[pairHash(key.charCodeAt(0), key.charCodeAt(1))] = 1;
  }
}

// Counties' short names are ordinary words too often to scan everywhere (新城, 城关, 江北, 永和), but a paper
// names the counties of its own city so (慈溪本期共有42个项目, 孝义签约项目9个): scanned within that city only.
// Not those that are mostly words wherever they are.
const LOCAL_SHORT_NAMES_NOT_SCANNED = new Set([
  "中原",
  "新城",
  "城关",
  "城中",
  "城东",
  "城西",
  "城南",
  "城北",
  "市中",
  "高新",
  "开发",
]);

interface LocalNames {
  trie: TrieNode;
  first: Uint8Array;
}

const localNamesByPrefecture = new Map<string, LocalNames | null>();

/** Short names of the counties of the prefecture `within` lies in (or is), or null when it lies in none. */
/** 北京, 天津, 上海, 重庆: province-level cities whose districts and counties are divided from the city itself. */
export const MUNICIPALITY_CODES: ReadonlySet<string> = new Set(["110000", "120000", "310000", "500000"]);

function localCountyNames(within: string): LocalNames | null {
  const division = byCode.get(within);
  // A municipality (重庆市) holds its districts itself: its short district names are local as a city's are.
  // So does a province its county-level cities under no prefecture (济源 in Henan's city lists, 仙桃 in Hubei's).
  const prefecture =
    division?.level === "prefecture" || division?.level === "province"
      ? division.code
      : division?.level === "county"
        ? division.parent
        : null;
  if (prefecture === null || prefecture === undefined) return null;
  const cached = localNamesByPrefecture.get(prefecture);
  if (cached !== undefined) return cached;
  let names: LocalNames | null = null;
  for (const [key, entries] of byName) {
    if (LOCAL_SHORT_NAMES_NOT_SCANNED.has(key)) continue;
    for (const entry of entries) {
      const d = entry.division;
      if (entry.full || d.level !== "county" || d.parent !== prefecture) continue;
      names ??= { trie: newNode(), first: new Uint8Array(0x10000) };
      insert(names.trie, key, entry);
      names.first[key.charCodeAt(0)] = 1;
    }
  }
  localNamesByPrefecture.set(prefecture, names);
  return names;
}

const collocationsByName = new Map<string, Array<{ phrase: string; offset: number }>>();
for (const phrase of COLLOCATIONS) {
  for (const key of byName.keys()) {
    const offset = phrase.indexOf(key);
    if (offset < 0) continue;
    const list = collocationsByName.get(key) ?? [];
    list.push({ phrase, offset });
    collocationsByName.set(key, list);
  }
}

/** Ends of the names starting at `start`, longest first, with their index entries. */
function matchesAt(root: TrieNode, text: string, start: number): TrieMatch[] {
  // Every name has at least two characters: most positions fail on the second one.
  // (Never read past the end: an out-of-range read sends the optimised scan back to the interpreter.)
  if (start + 1 >= text.length) return [];
  const second = root.next.get(text.charCodeAt(start))?.next.get(text.charCodeAt(start + 1));
  if (second === undefined) return [];
  const found: TrieMatch[] = [];
  let node: TrieNode | undefined = root;
  for (let i = start; i < text.length; i++) {
    node = node.next.get(text.charCodeAt(i));
    if (node === undefined) break;
    if (node.entries !== null) found.push({ end: i + 1, entries: node.entries, key: node.key });
  }
  return found.reverse();
}

const SHI = "市".charCodeAt(0);
const CHANG = "场".charCodeAt(0);

function acceptable(text: string, start: number, { end, entries, key }: TrieMatch): boolean {
  const short = entries.every((e) => !e.full);
  if (short && NAMED_AFTER_PLACE.test(text.slice(end, end + 2))) return false;
  // 新兴市场, 国际市场: a market, not a city (新兴市 is 新兴区's former name).
  if (text.charCodeAt(end - 1) === SHI && text.charCodeAt(end) === CHANG) return false;
  for (const { phrase, offset } of collocationsByName.get(key) ?? []) {
    if (text.startsWith(phrase, start - offset)) return false;
  }
  if (key.length === 2 && entries.every((e) => e.division.level === "county")) {
    if (COUNTY_WORD_CONTINUATION.has(text.charAt(end))) return false;
  }
  return true;
}

/**
 * Mentions of provinces and prefectures (official or short names) and of
 * counties (official names only), leftmost-longest and non-overlapping. A name
 * followed directly by one of its own subdivisions (山西省太原市, 晋城市城区)
 * is one mention of the subdivision. Names that stay ambiguous (朝阳区 with no
 * scope) are consumed but not reported.
 */
export function scanRegionNames(text: string, opts: ScanOptions = {}): RegionMention[] {
  const mentions: RegionMention[] = [];
  const trie = opts.includeCountry === true ? scanTrieWithCountry : scanTrie;
  const local = opts.within === undefined ? null : localCountyNames(opts.within);
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const inLocal = local !== null && local.first[c] === 1;
    const scanned = firstChars[c] === 1 && i + 1 < n && firstPairs[pairHash(c, text.charCodeAt(i + 1))] === 1;
    if (!scanned && !inLocal) {
      i++;
      continue;
    }
    const hit =
      (scanned ? matchesAt(trie, text, i).find((m) => acceptable(text, i, m)) : undefined) ??
      (inLocal && local !== null ? matchesAt(local.trie, text, i).find((m) => acceptable(text, i, m)) : undefined);
    if (hit === undefined) {
      i++;
      continue;
    }
    let end = hit.end;
    let division = choose(hit.entries, opts.within);
    // Follow a chain of subdivisions: 山西省 + 吕梁市 + 交城县.
    while (division !== null && division.level !== "county") {
      if (end >= n) break;
      const c = text.charCodeAt(end);
      if (firstChars[c] === 0 && countyFirstChars[c] === 0) break;
      const scope: string = division.code;
      const from = end;
      const next = [...matchesAt(trie, text, from), ...matchesAt(countyTrie, text, from)]
        .filter((m) => acceptable(text, from, m))
        .sort((a, b) => b.end - a.end)
        .map((m) => ({ end: m.end, division: choose(m.entries, scope) }))
        .find((m) => m.division !== null && m.division.code !== scope && isWithinRegion(m.division.code, scope));
      if (next === undefined || next.division === null) break;
      end = next.end;
      division = next.division;
    }
    if (division !== null) mentions.push({ start: i, end, region: toRegion(division) });
    i = end;
  }
  return mentions;
}
