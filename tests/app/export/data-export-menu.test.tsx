import { act, cleanup, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { strFromU8, unzipSync } from "fflate";
import Papa from "papaparse";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DataExportMenu } from "../../../src/app/features/export/data-export-menu";
import { dataset, records } from "./export-fixture";

const saved = vi.hoisted(() => [] as { content: Blob; fileName: string }[]);
vi.mock("../../../src/app/features/export/save-file", () => ({
  saveFile: (content: Blob, fileName: string) => saved.push({ content, fileName }),
}));

const filters = { regions: ["140100"], sectors: [], indicators: ["trade.total"], from: 2021, to: 2021 };

function serve(files: Record<string, string>) {
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string) => {
      const hit = Object.entries(files).find(([path]) => url.endsWith(path));
      return hit ? new Response(hit[1], { status: 200 }) : new Response("", { status: 404 });
    }),
  );
}

async function bytes(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

afterEach(cleanup);

beforeEach(() => {
  saved.length = 0;
  serve({ "data/indicators.json": '{"raw":true}', "data/indicators.schema.json": '{"title":"schema"}' });
});

describe("DataExportMenu", () => {
  it("opens as a menu of buttons labelled in the UI language, and Escape closes it", async () => {
    const user = userEvent.setup();
    render(<DataExportMenu dataset={dataset} records={records.slice(0, 1)} filters={filters} lang="en" />);
    const toggle = screen.getByText("Download data");
    await user.click(toggle);
    expect(screen.getByTestId("data-export").hasAttribute("open")).toBe(true);
    const names = screen.getAllByRole("button").map((b) => b.textContent);
    expect(names).toEqual([
      "CSV of this view (1 rows)",
      "CSV of all data (3 rows)",
      "ZIP: view CSV + codebook + schema",
      "Dataset JSON",
      "JSON Schema",
    ]);
    screen.getByText("JSON Schema").focus();
    await user.keyboard("{Escape}");
    expect(screen.getByTestId("data-export").hasAttribute("open")).toBe(false);
    expect(document.activeElement).toBe(toggle);
  });

  it("labels itself in Chinese", () => {
    render(<DataExportMenu dataset={dataset} records={records} filters={filters} lang="zh" />);
    expect(screen.getByText("下载数据")).toBeTruthy();
    expect(screen.getByText("本视图 CSV（3 条）")).toBeTruthy();
  });

  it("saves the view's rows as CSV with a BOM, named after the filters", async () => {
    const user = userEvent.setup();
    render(<DataExportMenu dataset={dataset} records={records.slice(0, 2)} filters={filters} lang="zh" />);
    await user.click(screen.getByText("下载数据"));
    await user.click(screen.getByText("本视图 CSV（2 条）"));
    await waitFor(() => expect(saved).toHaveLength(1));
    const file = saved[0];
    expect(file?.fileName).toBe("zhibiao-trade.total-太原市-2021-20261128.csv");
    const data = await bytes(file?.content as Blob);
    expect([...data.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse(strFromU8(data.slice(3)), { header: true, skipEmptyLines: true });
    expect(parsed.data).toHaveLength(2);
    expect(screen.getByRole("status").textContent).toContain("已下载 zhibiao-trade.total-太原市-2021-20261128.csv");
  });

  it("saves all records, whatever the view", async () => {
    const user = userEvent.setup();
    render(<DataExportMenu dataset={dataset} records={[]} filters={filters} lang="en" />);
    await user.click(screen.getByText("Download data"));
    await user.click(screen.getByText("CSV of all data (3 rows)"));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.fileName).toBe("zhibiao-all-20261128.csv");
    const text = strFromU8((await bytes(saved[0]?.content as Blob)).slice(3));
    expect(Papa.parse(text, { header: true, skipEmptyLines: true }).data).toHaveLength(3);
  });

  it("zips the view CSV with the codebook and the published schema", async () => {
    const user = userEvent.setup();
    render(<DataExportMenu dataset={dataset} records={records.slice(0, 1)} filters={filters} lang="en" />);
    await user.click(screen.getByText("Download data"));
    await user.click(screen.getByText("ZIP: view CSV + codebook + schema"));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.fileName).toBe("zhibiao-trade.total-太原市-2021-20261128.zip");
    const files = unzipSync(await bytes(saved[0]?.content as Blob));
    expect(Object.keys(files).sort()).toEqual([
      "README.md",
      "indicators.schema.json",
      "zhibiao-trade.total-太原市-2021-20261128.csv",
    ]);
    expect(strFromU8(files["indicators.schema.json"] as Uint8Array)).toBe('{"title":"schema"}');
    expect(strFromU8(files["README.md"] as Uint8Array)).toContain("Records in this file: 1");
  });

  it("saves the published JSON and schema byte for byte", async () => {
    const user = userEvent.setup();
    render(<DataExportMenu dataset={dataset} records={records} filters={filters} lang="en" />);
    await user.click(screen.getByText("Download data"));
    await user.click(screen.getByText("Dataset JSON"));
    await waitFor(() => expect(saved).toHaveLength(1));
    await user.click(screen.getByText("JSON Schema"));
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(saved.map((f) => f.fileName)).toEqual([
      "zhibiao-indicators-20261128.json",
      "zhibiao-indicators.schema-20261128.json",
    ]);
    expect(await saved[0]?.content.text()).toBe('{"raw":true}');
    expect(await saved[1]?.content.text()).toBe('{"title":"schema"}');
  });

  it("says why a download failed instead of saving an error page", async () => {
    serve({});
    const user = userEvent.setup();
    render(<DataExportMenu dataset={dataset} records={records} filters={filters} lang="en" />);
    await user.click(screen.getByText("Download data"));
    await act(() => user.click(screen.getByText("JSON Schema")));
    await waitFor(() => expect(screen.getByRole("status").textContent).toContain("HTTP 404"));
    expect(saved).toHaveLength(0);
  });
});
