import { describe, expect, it } from "vitest";
import { buildFileName } from "../../../src/app/charts/export/build-file-name";

describe("buildFileName", () => {
  it("says what the file holds and the dataset day", () => {
    expect(
      buildFileName({ parts: ["trade.total", "太原市", "2021"], generatedAt: "2026-11-28T03:00:00Z", ext: "png" }),
    ).toBe("zhibiao-trade.total-太原市-2021-20261128.png");
  });

  it("drops empty parts", () => {
    expect(buildFileName({ parts: ["all", null, undefined, ""], generatedAt: "2026-11-28", ext: "csv" })).toBe(
      "zhibiao-all-20261128.csv",
    );
  });

  it.each([
    ["a/b\\c", "a-b-c"],
    ['x:"y"?*<>|z', "x-y-z"],
    ["两 个  词", "两_个_词"],
    ["..hidden.", "hidden"],
    ["line\nbreak", "line-break"],
  ])("makes %j safe for every file system", (part, expected) => {
    expect(buildFileName({ parts: [part], generatedAt: "2026-11-28", ext: "svg" })).toBe(
      `zhibiao-${expected}-20261128.svg`,
    );
  });

  it("caps very long parts", () => {
    const name = buildFileName({ parts: ["区".repeat(200)], generatedAt: "2026-11-28", ext: "csv" });
    expect(name.length).toBeLessThan(90);
  });

  it("marks a missing dataset date", () => {
    expect(buildFileName({ parts: ["x"], generatedAt: "soon", ext: "json" })).toBe("zhibiao-x-undated.json");
  });
});
