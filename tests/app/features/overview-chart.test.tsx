import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { comparableFigures, latestPeriodCards, PROJECT_CARDS } from "../../../src/app/features/overview/overview-data";
import { OverviewView } from "../../../src/app/features/overview/overview-view";
import { makeDataset, makeRecord } from "../fixtures/make-dataset";

const BATCH = { year: 2022, batch: 3, label: "2022年第三批" };
const invest = (indicator: "projects.signed" | "projects.started" | "projects.producing", value: number) =>
  makeRecord({ indicator, measure: "investment", value, unit: "CNY", period: BATCH });

describe("comparableFigures", () => {
  it("keeps the measure of each indicator in order when two or more share a unit", () => {
    const records = [
      invest("projects.producing", 3e9),
      invest("projects.signed", 56e9),
      invest("projects.started", 13e9),
    ];
    const latest = latestPeriodCards(records, "140100", PROJECT_CARDS);
    const figures = latest && comparableFigures(latest.cards, PROJECT_CARDS, "investment");
    expect(figures?.map((f) => [f.indicator, f.record.value])).toEqual([
      ["projects.signed", 56e9],
      ["projects.started", 13e9],
      ["projects.producing", 3e9],
    ]);
  });

  it("gives nothing for a single figure, and leaves out negative values and other units", () => {
    const one = latestPeriodCards([invest("projects.signed", 56e9)], "140100", PROJECT_CARDS);
    expect(one && comparableFigures(one.cards, PROJECT_CARDS, "investment")).toBeNull();
    const mixed = latestPeriodCards(
      [
        invest("projects.signed", 56e9),
        invest("projects.started", -1),
        makeRecord({ indicator: "projects.producing", measure: "investment", value: 5, unit: "USD", period: BATCH }),
      ],
      "140100",
      PROJECT_CARDS,
    );
    expect(mixed && comparableFigures(mixed.cards, PROJECT_CARDS, "investment")).toBeNull();
  });
});

describe("overview bar chart", () => {
  it("draws one bar per stage, longest for the largest figure, with the figures as written", () => {
    const records = [invest("projects.signed", 56.4e9), invest("projects.started", 13.47e9)];
    const dataset = makeDataset(records);
    render(<OverviewView dataset={dataset} records={records} filters={EMPTY} lang="zh" onSelectRecord={() => {}} />);
    const chart = screen.getByText("各环节投资额").closest("figure");
    expect(chart).toHaveAttribute("data-chart-ready", "true");
    expect(chart).toHaveAttribute("data-chart-id", "overview-investment");
    const box = within(chart as HTMLElement);
    expect(box.getByText("564亿元")).toBeInTheDocument();
    expect(box.getByText("134.7亿元")).toBeInTheDocument();
    const widths = [...(chart as HTMLElement).querySelectorAll<HTMLElement>("[aria-hidden] > span")].map(
      (bar) => bar.style.width,
    );
    expect(widths[0]).toBe("100%");
    expect(Number.parseFloat(widths[1] ?? "")).toBeCloseTo((13.47 / 56.4) * 100, 1);
  });
});

const EMPTY = { regions: [], sectors: [], indicators: [], from: null, to: null };
