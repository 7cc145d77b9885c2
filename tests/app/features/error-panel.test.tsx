import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DatasetLoadError } from "../../../src/app/data/dataset-load-error";
import { fetchDataset } from "../../../src/app/data/dataset-query";
import { sampleDataset } from "../fixtures/make-dataset";
import { renderApp } from "../fixtures/render-app";

afterEach(() => vi.unstubAllGlobals());

describe("error panel", () => {
  it("says the file is missing on HTTP 404", async () => {
    renderApp("not found", { status: 404 });
    const panel = await screen.findByTestId("error-panel");
    expect(panel).toHaveAttribute("role", "alert");
    expect(panel).toHaveTextContent("HTTP 404");
    expect(panel).toHaveTextContent("npm run extract");
    expect(screen.queryByRole("tablist")).not.toBeInTheDocument();
  });

  it("says the file is not JSON", async () => {
    renderApp("<html>oops</html>");
    expect(await screen.findByTestId("error-panel")).toHaveTextContent("不是有效的 JSON");
  });

  it("lists the first problems of an invalid dataset as path: reason", async () => {
    renderApp(JSON.stringify({ schemaVersion: 1 }), { search: "?lang=en" });
    const panel = await screen.findByTestId("error-panel");
    expect(panel).toHaveTextContent("does not match the data contract");
    const problems = within(screen.getByTestId("error-problems")).getAllByRole("listitem");
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.map((li) => li.textContent).join("\n")).toMatch(/^(generatedAt|documents|records|warnings): /mu);
  });

  it("names the record path of a bad value inside a valid-looking file", async () => {
    const ds = sampleDataset();
    const bad = { ...ds, records: ds.records.map((r, i) => (i === 2 ? { ...r, value: "1852.35亿元" } : r)) };
    renderApp(JSON.stringify(bad));
    expect(await screen.findByTestId("error-problems")).toHaveTextContent("records.2.value:");
  });

  it("shows the dashboard when the dataset is valid", async () => {
    renderApp(JSON.stringify(sampleDataset()));
    expect(await screen.findByRole("tablist")).toBeInTheDocument();
    expect(screen.queryByTestId("error-panel")).not.toBeInTheDocument();
  });
});

describe("fetchDataset", () => {
  it.each([
    [404, "missing"],
    [500, "http"],
  ])("turns HTTP %d into a %s error", async (status, kind) => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response("", { status })),
    );
    const error = await fetchDataset("/data/indicators.json").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect((error as DatasetLoadError).kind).toBe(kind);
  });

  it("reports a network failure", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        throw new TypeError("Failed to fetch");
      }),
    );
    await expect(fetchDataset("/x.json")).rejects.toMatchObject({ kind: "network" });
  });
});
