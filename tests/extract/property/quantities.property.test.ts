import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scaleDecimal } from "../../../src/extract/text/decimal";
import { type Quantity, scanProjectCounts, scanQuantities } from "../../../src/extract/text/quantities";
import { formatChinesePositional, formatDecimal, groupThousands } from "../../support/chinese-numerals";

// Amounts and rates as a newspaper prints them, read back by the quantity
// scanner. The expected value comes from the integer mantissa and exponent
// the text was built from (decimal-string parsing is correctly rounded), so
// any floating-point detour in the reader shows up as a mismatch.

const MAGNITUDES = [
  { word: "万亿", power: 12 },
  { word: "亿", power: 8 },
  { word: "万", power: 4 },
  { word: "千", power: 3 },
  { word: "", power: 0 },
] as const;

/** An amount as printed: mantissa digits, up to two decimals, a magnitude, a currency. */
const amount = fc
  .record({
    mantissa: fc.integer({ min: 1, max: 99_999_999 }),
    decimals: fc.integer({ min: 0, max: 2 }),
    magnitude: fc.constantFrom(...MAGNITUDES),
    currency: fc.constantFrom("元", "元人民币", "美元"),
    grouping: fc.constantFrom("", ",", " "),
  })
  // Keep to amounts a double holds exactly (up to 9 千万亿, far above any reported figure).
  .filter((a) => a.mantissa * 10 ** (a.magnitude.power - a.decimals) <= Number.MAX_SAFE_INTEGER);

const leads = ["全市进出口总值", "其中出口", "38个项目总投资", "1-5月，我市实际利用外资", ""];
const tails = ["，同比增长5.2%。", "。", "，占全省的三成。", ""];

function onlyOf(kind: Quantity["kind"], text: string): Quantity[] {
  return scanQuantities(text).filter((q) => q.kind === kind);
}

describe("money read back exactly", () => {
  it("N亿元 / N万元 / N万亿元 / N美元 give the value in base units, integers without floating error", () => {
    fc.assert(
      fc.property(amount, fc.constantFrom(...leads), fc.constantFrom(...tails), (a, lead, tail) => {
        const plain = formatDecimal(a.mantissa, a.decimals);
        const written = a.grouping === "" ? plain : groupThousands(plain, a.grouping as "," | " ");
        const span = `${written}${a.magnitude.word}${a.currency}`;
        const money = onlyOf("money", `${lead}${span}${tail}`);
        expect(money).toHaveLength(1);
        const expected = Number(`${a.mantissa}e${a.magnitude.power - a.decimals}`);
        expect(money[0]?.value).toBe(expected);
        if (a.magnitude.power >= a.decimals) expect(Number.isSafeInteger(money[0]?.value)).toBe(true);
        expect(money[0]?.currency).toBe(a.currency === "美元" ? "USD" : "CNY");
        expect(`${lead}${span}${tail}`.slice(money[0]?.start, money[0]?.end)).toBe(span);
      }),
      { numRuns: 1500 },
    );
  });

  it("the examples of the issue, as a table", () => {
    expect(onlyOf("money", "贸易额552.68万元")[0]?.value).toBe(5_526_800);
    expect(onlyOf("money", "进出口额1852.35亿元")[0]?.value).toBe(185_235_000_000);
    expect(onlyOf("money", "总值3.2万亿元")[0]?.value).toBe(3_200_000_000_000);
  });

  it("scaleDecimal agrees with the decimal string it stands for", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999_999_999 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 12 }),
        fc.boolean(),
        (mantissa, decimals, power, negative) => {
          const written = `${negative ? "-" : ""}${formatDecimal(mantissa, decimals)}`;
          const expected = Number(`${negative ? "-" : ""}${mantissa}e${power - decimals}`);
          expect(scaleDecimal(written, power)).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("growth read back exactly", () => {
  const rate = fc.record({ mantissa: fc.integer({ min: 0, max: 99_999 }), decimals: fc.integer({ min: 0, max: 2 }) });

  it("增长X% / 下降X% give ±X", () => {
    fc.assert(
      fc.property(rate, fc.constantFrom("增长", "下降", "增幅达", "降幅为"), (r, verb) => {
        const written = formatDecimal(r.mantissa, r.decimals);
        const growth = onlyOf("growth", `同比${verb}${written}%，`);
        expect(growth).toHaveLength(1);
        const sign = verb.startsWith("下降") || verb.startsWith("降幅") ? -1 : 1;
        expect(growth[0]?.value).toBe(sign * Number(written));
      }),
      { numRuns: 800 },
    );
  });

  it("增长X倍 gives X × 100 % exactly (1.1倍 → 110)", () => {
    fc.assert(
      fc.property(rate, (r) => {
        const growth = onlyOf("growth", `增长${formatDecimal(r.mantissa, r.decimals)}倍`);
        expect(growth[0]?.value).toBe(Number(`${r.mantissa}e${2 - r.decimals}`));
      }),
      { numRuns: 500 },
    );
  });

  it("增长N成 / 下降N成 in Chinese numerals give ±N × 10 %", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.boolean(), fc.boolean(), (n, up, liang) => {
        const digit = liang && n === 2 ? "两" : formatChinesePositional(n, { tens: "short", liang: false });
        const growth = onlyOf("growth", `同比${up ? "增长" : "下降"}${digit}成`);
        expect(growth[0]?.value).toBe((up ? 1 : -1) * n * 10);
      }),
      { numRuns: 200 },
    );
  });
});

// Whatever the text, scanning returns quantities with finite values and spans
// inside the text, and never throws.
const soupChars = [..."0123456789〇一二两三四五六七八九十百千万亿元美。，、％%.-增长下降占排名第个项目倍成多余约逾 "];
const texts: Array<[string, fc.Arbitrary<string>]> = [
  ["any code points", fc.string({ unit: "binary", maxLength: 80 })],
  ["digits, numerals, units and punctuation mixed", fc.string({ unit: fc.constantFrom(...soupChars), maxLength: 80 })],
  [
    "a run of hundreds of digits inside a money, growth, share, rank or count phrase",
    fc
      .tuple(
        fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: 300, maxLength: 400 }),
        fc.constantFrom(
          "总值X亿元",
          "增长X%",
          "增长X倍",
          "占全省的X%",
          "排名第X位",
          "X个项目",
          "有进出口实绩的企业X家",
        ),
      )
      .map(([digits, phrase]) => phrase.replace("X", digits)),
  ],
];

describe("scanning random text", () => {
  it.each(texts)("%s: finite values, spans inside the text", (_name, text) => {
    fc.assert(
      fc.property(text, (s) => {
        for (const q of [...scanQuantities(s), ...scanProjectCounts(s)]) {
          expect(Number.isFinite(q.value), `${q.kind} ${q.value} in ${s.slice(0, 40)}`).toBe(true);
          expect(q.start).toBeGreaterThanOrEqual(0);
          expect(q.end).toBeGreaterThan(q.start);
          expect(q.end).toBeLessThanOrEqual(s.length);
        }
      }),
      { numRuns: 400 },
    );
  });
});
