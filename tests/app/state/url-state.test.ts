import { describe, expect, it } from "vitest";
import { type AppState, DEFAULT_STATE, parseUrlState, serializeUrlState } from "../../../src/app/state/url-state";

describe("URL state", () => {
  it.each<[string, AppState]>([
    ["default", DEFAULT_STATE],
    [
      "every field",
      {
        filters: {
          regions: ["140100", "山西综改示范区"],
          sectors: ["新能源", "新材料"],
          indicators: ["trade.total"],
          from: 2020,
          to: 2024,
        },
        view: "table",
        lang: "en",
        record: "abc123",
      },
    ],
    ["a single bound", { ...DEFAULT_STATE, filters: { ...DEFAULT_STATE.filters, from: 2019 }, view: "quality" }],
  ])("round-trips %s", (_name, state) => {
    expect(parseUrlState(serializeUrlState(state))).toEqual(state);
  });

  it("writes a readable query with Chinese kept as is when decoded", () => {
    const search = serializeUrlState({
      ...DEFAULT_STATE,
      filters: { regions: ["140100"], sectors: ["新能源"], indicators: ["trade.total"], from: 2020, to: 2024 },
      view: "table",
      lang: "en",
    });
    expect(decodeURIComponent(search)).toBe(
      "?region=140100&sector=新能源&indicator=trade.total&from=2020&to=2024&view=table&lang=en",
    );
    expect(serializeUrlState(DEFAULT_STATE)).toBe("");
  });

  it.each<[string, Partial<AppState> | ((s: AppState) => boolean)]>([
    ["?view=nonsense&lang=fr", { view: "overview", lang: "zh" }],
    ["?from=20x0&to=abcd", (s) => s.filters.from === null && s.filters.to === null],
    ["?from=2024&to=2020", (s) => s.filters.from === 2020 && s.filters.to === 2024],
    ["?region=140100,,140100&region=140500", (s) => s.filters.regions.join() === "140100,140500"],
    ["?sector=%E6%96%B0%E8%83%BD%E6%BA%90", (s) => s.filters.sectors[0] === "新能源"],
  ])("tolerates %s", (search, expected) => {
    const state = parseUrlState(search);
    if (typeof expected === "function") expect(expected(state)).toBe(true);
    else expect(state).toMatchObject(expected);
  });
});
