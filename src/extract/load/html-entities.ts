// Named character references seen in Chinese news pages (typography,
// currency, spacing). Unknown names are left as written, so nothing is lost.
const NAMED: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00A0",
  ensp: "\u2002",
  emsp: "\u2003",
  thinsp: "\u2009",
  zwnj: "\u200C",
  zwj: "\u200D",
  shy: "\u00AD",
  copy: "©",
  reg: "®",
  trade: "™",
  middot: "·",
  bull: "•",
  hellip: "…",
  mdash: "—",
  ndash: "–",
  minus: "−",
  lsquo: "‘",
  rsquo: "’",
  sbquo: "‚",
  ldquo: "“",
  rdquo: "”",
  bdquo: "„",
  laquo: "«",
  raquo: "»",
  lsaquo: "‹",
  rsaquo: "›",
  times: "×",
  divide: "÷",
  plusmn: "±",
  deg: "°",
  permil: "‰",
  percnt: "%",
  yen: "¥",
  euro: "€",
  pound: "£",
  cent: "¢",
  dollar: "$",
  sect: "§",
  para: "¶",
  micro: "µ",
  frac12: "½",
  frac14: "¼",
  frac34: "¾",
  sup1: "¹",
  sup2: "²",
  sup3: "³",
  larr: "←",
  rarr: "→",
  uarr: "↑",
  darr: "↓",
  le: "≤",
  ge: "≥",
  ne: "≠",
  asymp: "≈",
  infin: "∞",
  prime: "′",
  Prime: "″",
  dagger: "†",
  Dagger: "‡",
  loz: "◊",
  hearts: "♥",
  star: "☆",
  starf: "★",
  check: "✓",
  num: "#",
  excl: "!",
  quest: "?",
  colon: ":",
  semi: ";",
  comma: ",",
  period: ".",
  sol: "/",
  bsol: "\\",
  lpar: "(",
  rpar: ")",
  lsqb: "[",
  rsqb: "]",
  lbrace: "{",
  rbrace: "}",
  verbar: "|",
  ast: "*",
  plus: "+",
  equals: "=",
  lowbar: "_",
  Hat: "^",
  grave: "`",
  tilde: "˜",
};

/** Names browsers also accept without the closing semicolon (the legacy set we support). */
const LEGACY_WITHOUT_SEMICOLON = new Set(["amp", "lt", "gt", "quot", "nbsp", "copy", "reg"]);

/** How browsers read C1 code points in numeric references (Windows-1252 bytes). */
const WINDOWS_1252: Readonly<Record<number, string>> = {
  128: "€",
  133: "…",
  145: "‘",
  146: "’",
  147: "“",
  148: "”",
  149: "•",
  150: "–",
  151: "—",
  153: "™",
};

// Accepted shapes: &#20013; (decimal), &#x4E2D; (hex), &nbsp; (named), &amp (legacy
// without semicolon). Real example: 进出口&nbsp;1852.35亿元&#65292;增长52.9&#37;
const ENTITY =
  /&(?:#(?<dec>[0-9]{1,8});?|#[xX](?<hex>[0-9a-fA-F]{1,7});?|(?<name>[A-Za-z][A-Za-z0-9]{1,31})(?<semi>;)?)/gu;

/**
 * Decodes HTML character references into plain text. Invalid code points
 * (NUL, surrogates, beyond U+10FFFF) become U+FFFD, as in browsers; the
 * result is only ever treated as text, never as markup.
 */
export function decodeHtmlEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (whole, ...args: unknown[]) => {
    const groups = args.at(-1) as { dec?: string; hex?: string; name?: string; semi?: string };
    if (groups.dec !== undefined || groups.hex !== undefined) {
      const cp = groups.dec !== undefined ? Number.parseInt(groups.dec, 10) : Number.parseInt(groups.hex ?? "", 16);
      const mapped = WINDOWS_1252[cp];
      if (mapped) return mapped;
      if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return "\uFFFD";
      return String.fromCodePoint(cp);
    }
    const name = groups.name ?? "";
    const value = NAMED[name];
    if (value === undefined) return whole;
    if (groups.semi === undefined && !LEGACY_WITHOUT_SEMICOLON.has(name)) return whole;
    return value;
  });
}
