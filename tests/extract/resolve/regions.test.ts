import { describe, expect, it } from "vitest";
import { resolveHome, subjectRegions } from "../../../src/extract/resolve/regions";

// Which places a clause names as the subject of its figures (names after
// 与/对/占/是 … are not), for a document at home in 郑州市.
const home = resolveHome("郑州市", "");
const subjects = (clause: string) =>
  subjectRegions(clause, { home, seenZones: [] }).map((h) => [clause.slice(h.start, h.end), h.region.name]);

describe("subjectRegions", () => {
  it.each([
    ["郑州新郑综合保税区仍是全市外贸的压舱石", [["郑州新郑综合保税区", "郑州新郑综合保税区"]]],
    ["这是郑州市外贸的重要支撑", []],
    ["增速最快的是洛阳市", [["洛阳市", "洛阳市"]]],
    ["郑州对东盟进出口", [["郑州", "郑州市"]]],
    ["占全省外贸总值的67.8%", []],
  ])("%s", (clause, expected) => {
    expect(subjects(clause)).toEqual(expected);
  });
});
