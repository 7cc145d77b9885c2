// Trade partners named before a trade figure: 对“一带一路”沿线国家进出口,
// 与RCEP（区域全面经济伙伴关系协定）沿线国家贸易额, 对美国进出口, 与欧洲实现进出口贸易额,
// 对俄罗斯、印度等7个上合组织成员国进出口, 对“一带一路”国家和“金砖国家”出口.
const PARTNER =
  /(?:对|与)(?!外)(?<p>[^，。；：,;]{1,40}?)(?:之间)?的?(?:贸易往来|经贸往来)?[：:]?(?:实现|完成|合计|累计|双边|分别|的)*(?=进出口|出口|进口|贸易|外贸)/u;

// Where imports come from: 自澳大利亚进口近30亿元, 从东盟进口.
const IMPORTED_FROM = /(?:自|从)(?!外|今年|去年|上年)(?<p>[^，。；：,;]{2,20}?)(?=进口)/u;

function clean(name: string): string {
  let s = name.replace(/[“”"'‘’《》「」『』\s]/gu, "").replace(/[（(][^）)]*[）)]/gu, "");
  const etc = /等(?:\d+|[一二三四五六七八九十]+)?个?(?<rest>.+)$/u.exec(s);
  if (etc?.groups?.rest) s = etc.groups.rest;
  // 对沿线国家进出口 after “一带一路” was named: the countries along the Belt and Road, as reports write them.
  if (/^沿线(?:国家)?(?:和地区)?$/u.test(s)) return "一带一路";
  s = s.replace(/(?:沿线国家和地区|沿线国家|沿线|国家和地区)$/u, "");
  // 《区域全面经济伙伴关系协定》（RCEP）其他成员国: the agreement by the short name reports use most.
  if (s.startsWith("区域全面经济伙伴关系")) s = `RCEP${s.replace(/^区域全面经济伙伴关系(?:协定)?/u, "")}`;
  // 共建“一带一路”国家 is the same group as “一带一路”沿线国家.
  if (s.startsWith("一带一路") || s.startsWith("共建一带一路")) s = "一带一路";
  return s;
}

// Also 之 (美国、欧盟…是我省前四大贸易伙伴，全年我省与之分别进出口…).
const PRONOUN = /^(?:其|它们|之)$/u;

export interface PartnerPhrase {
  start: number;
  end: number;
  partners: string[];
}

/** The partners a phrase names, one per list item (A、B和C); a group with 等 is one. */
export function partnerList(raw: string): string[] {
  // 亚洲国家和地区 is one partner: its 和 joins no list.
  const whole = raw.replace(/国家和地区/gu, "");
  // 拉丁美洲、非洲等新兴市场: the markets listed, the group only a kind of them (not 上合组织成员国, a partner itself).
  const listed = whole.includes("等") ? GENERIC_GROUP.exec(whole) : null;
  const parts = listed
    ? whole.slice(0, listed.index).split(/、|和|及/u)
    : whole.includes("等")
      ? [whole]
      : whole.split(/、|和|及/u);
  return parts
    .map(clean)
    .map((p) => ONE_CHARACTER_PARTNER[p] ?? p)
    .filter((p) => p.length >= 2 && !OWN_PLACE.test(p));
}

const GENERIC_GROUP = /(?<=、[^、等]{2,8})等(?:新兴|其他|主要|传统)?(?:市场|国家|地区|经济体)$/u;

// 对全市外贸增长的贡献率: the place's own trade, no partner of it.
const OWN_PLACE = /^(?:全|我|本|该)[市省县区国州]/u;

// Partners written with one character after 对 (对日进出口, 对美出口), as reports of trade abbreviate them.
const ONE_CHARACTER_PARTNER: Record<string, string> = {
  日: "日本",
  美: "美国",
  韩: "韩国",
  俄: "俄罗斯",
  欧: "欧盟",
  港: "香港",
  非: "非洲",
};

/** The partner phrase of a subject, split into a list when it names several (A和B). */
export function findPartners(subject: string): PartnerPhrase | null {
  // Every partner phrase starts with 对, 与, 自 or 从; most subjects hold none.
  const imports = subject.includes("自") || subject.includes("从");
  if (!subject.includes("对") && !subject.includes("与") && !imports) return null;
  const m = PARTNER.exec(subject) ?? (imports ? IMPORTED_FROM.exec(subject) : null);
  const raw = m?.groups?.p;
  if (!m || !raw) return null;
  // 对其分别进出口: the partners named before (the caller resolves the pronoun).
  const partners = PRONOUN.test(raw) ? [raw] : partnerList(raw);
  if (partners.length === 0) return null;
  return { start: m.index, end: m.index + m[0].length, partners };
}

// A partner with no keyword of its own, before a figure of the keyword its sentence named:
// 对韩国进出口468.5亿元，对日本增长7.3%; 对韩国、东盟分别增长7.3%和18.6%，对日本则回落2.1%.
const BARE_PARTNER = /^(?:其中[，,]?)?对(?!外)(?<p>[^，。；：,;]{2,40}?)(?:则|也|均|分别|依次|同比|则同比)*$/u;

/** The partners a subject names before a figure with no keyword between (the keyword is the sentence's). */
export function barePartners(subject: string): PartnerPhrase | null {
  const m = BARE_PARTNER.exec(subject);
  const raw = m?.groups?.p;
  if (!m || !raw) return null;
  const partners = partnerList(raw);
  return partners.length === 0 ? null : { start: 0, end: m[0].length, partners };
}

// Partners well known enough to be named as a subject without 对 (东盟和欧盟分别占…): trade blocs,
// regions of the world and the largest trading countries. A place of China never matches.
// Longest first, so that an alternation never stops at a shorter name's end (印度 in 印度尼西亚).
const WELL_KNOWN = [
  "一带一路",
  "RCEP",
  "东盟",
  "欧盟",
  "美国",
  "日本",
  "韩国",
  "俄罗斯",
  "印度",
  "英国",
  "德国",
  "法国",
  "意大利",
  "荷兰",
  "澳大利亚",
  "新西兰",
  "巴西",
  "加拿大",
  "墨西哥",
  "越南",
  "泰国",
  "马来西亚",
  "印度尼西亚",
  "新加坡",
  "菲律宾",
  "非洲",
  "拉美",
  "拉丁美洲",
  "中东",
  "中亚",
  "东南亚",
  "金砖国家",
  "上合组织",
  "台湾地区",
  "中国台湾",
  "中国香港",
  "香港",
  "港澳",
]
  .sort((a, b) => b.length - a.length)
  .join("|");
const KNOWN_PARTNER = new RegExp(`^(?:${WELL_KNOWN})`, "u");
const SUBJECT_PARTNERS = /^(?:其中[，,]?)?(?<p>[^，。；：,;]{2,40}?)(?:则|也|均|分别|依次|合计)*$/u;

/** Known partners named as a subject with no 对 before a share (东盟、欧盟分别占…): every item must be one. */
export function subjectPartners(subject: string): PartnerPhrase | null {
  const m = SUBJECT_PARTNERS.exec(subject);
  const raw = m?.groups?.p;
  if (!m || !raw) return null;
  const partners = partnerList(raw);
  if (partners.length === 0 || !partners.every((p) => KNOWN_PARTNER.test(p))) return null;
  return { start: 0, end: m[0].length, partners };
}

const LEADING_MARKS = /^[^\p{Script=Han}A-Za-z“"]+/u;

// A known partner opening a remark before a colon (东盟这边有点冷：进出口667.9亿元; 共建“一带一路”国家是大头：…).
const PARTNER_REMARK = new RegExp(
  `^(?:共建)?[“"]?(?<p>${WELL_KNOWN})[”"]?(?:其他成员国|沿线国家|国家|成员国|市场|地区)?(?:这边|方面|这块)?[^，。；：\\d]{0,8}$`,
  "u",
);

/** The known partner a remark before a colon is about, or null. */
export function remarkPartner(text: string): string | null {
  // Also after a post's mark (🔸“一带一路”沿线国家：进出口5.37亿元).
  const p = PARTNER_REMARK.exec(text.replace(LEADING_MARKS, ""))?.groups?.p;
  return p ? clean(p) : null;
}

/** A known partner named alone (东盟, RCEP其他成员国), as a list line's head before its colon. */
export function partnerAlone(text: string): string | null {
  const m = PARTNER_ALONE.exec(text.replace(LEADING_MARKS, ""));
  const p = m?.groups?.p;
  return p ? clean(p) : null;
}
const PARTNER_ALONE = new RegExp(
  `^(?:共建)?[“"]?(?<p>${WELL_KNOWN})[”"]?(?:其他成员国|沿线国家|共建国家|国家|成员国|地区)?$`,
  "u",
);
