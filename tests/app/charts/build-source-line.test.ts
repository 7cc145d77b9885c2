import { describe, expect, it } from "vitest";
import { buildFooter, buildSourceLine } from "../../../src/app/charts/build-source-line";
import { DOC_HOSTILE, DOC_TAIYUAN, makeRecord } from "../fixtures/make-dataset";

describe("buildSourceLine", () => {
  const docs = [DOC_TAIYUAN, DOC_HOSTILE];
  it("counts the reports behind the figures, restatements included, latest first", () => {
    const r = makeRecord({
      indicator: "trade.total",
      measure: "value",
      alsoIn: [{ document: DOC_HOSTILE.id, article: "art-evil", quote: "q", text: "t", start: 0, end: 1 }],
    });
    expect(buildSourceLine([r], docs, "zh")).toBe(
      "数据来源：据 2 篇报道整理 — <b>Evil Daily</b> 2023-01-01；太原日报 2022-02-27",
    );
    expect(buildSourceLine([r], docs, "en", 1)).toBe(
      "Source: compiled from 2 reports — <b>Evil Daily</b> 2023-01-01 …",
    );
  });

  it("is empty without records", () => {
    expect(buildSourceLine([], docs, "zh")).toBe("");
  });

  it("names the dataset date and the product", () => {
    expect(buildFooter("2026-11-28T03:00:00Z", "zh")).toBe("指标 zhibiao · 数据集 2026-11-28");
  });
});
