import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CN_NUMERAL, parseChineseInteger, parseInteger } from "../../../src/extract/text/numerals";
import { formatChineseDigits, formatChinesePositional, groupThousands } from "../../support/chinese-numerals";

// Round trips: a number written the ways news text writes it reads back as
// exactly that number. The writer lives in tests/support and builds text from
// the number, so it is an independent oracle for the parser.

const style = fc.record({ tens: fc.constantFrom("short" as const, "long" as const), liang: fc.boolean() });

describe("parseChineseInteger round trips", () => {
  it("positional numerals below 一亿 (一百零七, 三千零五, 十二 / 一十二, 两千三百, 一万零三百二十六)", () => {
    // Both sides of 一万 drawn as often: counts of projects below it, enterprises past it.
    const below = fc.integer({ min: 0, max: 9999 });
    const tensOfThousands = fc.integer({ min: 10_000, max: 99_999_999 });
    fc.assert(
      fc.property(fc.oneof(below, tensOfThousands), style, (n, s) => {
        const written = formatChinesePositional(n, s);
        expect(written.includes("万")).toBe(n >= 10_000);
        expect(parseChineseInteger(written)).toBe(n);
        expect(parseInteger(written)).toBe(n);
      }),
      { numRuns: 3000 },
    );
  });

  it("digit-by-digit numerals (二〇二一, 二零零八) of any length a year or code has", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.constantFrom("〇" as const, "零" as const), (n, z) => {
        expect(parseChineseInteger(formatChineseDigits(n, z))).toBe(n);
      }),
      { numRuns: 1000 },
    );
  });

  it("numbers written with 亿 sections are refused, never misread as a smaller number", () => {
    // Amounts past 一亿 always come as digits with a magnitude (1852.35亿元) in the
    // corpus. A number the parser cannot read must give null rather than a wrong value.
    fc.assert(
      fc.property(fc.integer({ min: 100_000_000, max: 9_999_999_999_999 }), style, (n, s) => {
        const written = formatChinesePositional(n, s);
        expect(written).toMatch(/亿/u);
        expect(parseChineseInteger(written)).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it("the writer agrees with known spellings (checks the oracle itself)", () => {
    const short = { tens: "short", liang: false } as const;
    expect(formatChinesePositional(107, short)).toBe("一百零七");
    expect(formatChinesePositional(3005, short)).toBe("三千零五");
    expect(formatChinesePositional(12, short)).toBe("十二");
    expect(formatChinesePositional(12, { tens: "long", liang: false })).toBe("一十二");
    expect(formatChinesePositional(2300, { tens: "short", liang: true })).toBe("两千三百");
    expect(formatChinesePositional(100_000_005, short)).toBe("一亿零五");
    expect(formatChinesePositional(110_000_000, short)).toBe("一亿一千万");
    expect(formatChinesePositional(1_020_000, short)).toBe("一百零二万");
    expect(formatChinesePositional(10_0500, short)).toBe("十万零五百");
    expect(formatChineseDigits(2021)).toBe("二〇二一");
  });
});

describe("parseInteger round trips on Arabic digits", () => {
  it("plain, comma-grouped and space-grouped digits give the same integer", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.constantFrom(",", " ", ""), (n, sep) => {
        const written = sep === "" ? String(n) : groupThousands(String(n), sep as "," | " ");
        expect(parseInteger(written)).toBe(n);
      }),
      { numRuns: 1000 },
    );
  });
});

// Garbage in: whatever the text, a parser answers null or a finite,
// non-negative whole number, and never throws.
const numeralChars = [...`${CN_NUMERAL}0123456789万亿。％%., `];
const numeralSoup = fc.string({ unit: fc.constantFrom(...numeralChars), maxLength: 40 });
// A digit run too long for a double (a table pasted without separators, a phone list).
const longDigitRun = fc.oneof(
  fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: 300, maxLength: 420 }),
  fc.string({ unit: fc.constantFrom(..."〇一二三四五六七八九"), minLength: 300, maxLength: 420 }),
);

function expectWholeOrNull(v: number | null): void {
  if (v === null) return;
  expect(Number.isFinite(v)).toBe(true);
  expect(Number.isInteger(v)).toBe(true);
  expect(v).toBeGreaterThanOrEqual(0);
}

describe("parsers on random text", () => {
  it.each([
    ["any code points", fc.string({ unit: "binary", maxLength: 60 })],
    ["numeral characters, 万亿, 。 and ％ mixed", numeralSoup],
    ["runs of hundreds of digits", longDigitRun],
  ])("%s: null or a finite whole number", (_name, text) => {
    fc.assert(
      fc.property(text, (s) => {
        expectWholeOrNull(parseChineseInteger(s));
        expectWholeOrNull(parseInteger(s));
      }),
      { numRuns: 500 },
    );
  });
});
