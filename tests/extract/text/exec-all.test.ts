import { describe, expect, it } from "vitest";
import { execAll } from "../../../src/extract/text/exec-all";

// execAll stands in for String.prototype.matchAll in the hot paths: same
// matches, same positions, same groups, empty matches and surrogates included.
const cases: Array<[RegExp, string]> = [
  [/(?<n>\d+)亿元/gu, "进出口1852.35亿元，出口12亿元"],
  [/\d*/gu, "a12b3"],
  [/(?=[一二三])/gu, "一季度和二季度"],
  [/x?/gu, "😀a😀"],
  [/x?/g, "😀a"],
  [/[^。！？]+/gu, ""],
];

describe("execAll", () => {
  it.each(cases)("%s on %s matches as matchAll does", (re, text) => {
    const expected = Array.from(text.matchAll(re), (m) => [m.index, m[0], { ...m.groups }]);
    expect(execAll(re, text).map((m) => [m.index, m[0], { ...m.groups }])).toEqual(expected);
    expect(re.lastIndex).toBe(0);
  });
});
