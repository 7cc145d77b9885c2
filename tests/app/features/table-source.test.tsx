import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { safeHttpUrl } from "../../../src/app/features/source/safe-url";
import { splitQuote } from "../../../src/app/features/source/split-quote";
import { sampleDataset } from "../fixtures/make-dataset";
import { renderApp } from "../fixtures/render-app";

afterEach(() => vi.unstubAllGlobals());

const json = JSON.stringify(sampleDataset());

describe("splitQuote", () => {
  it.each([
    ["同比增长52.9%。", "52.9%", { before: "同比增长", match: "52.9%", after: "。" }],
    ["签约项目347个", "签约项目347个", { before: "", match: "签约项目347个", after: "" }],
    ["增长五成多", "52.9%", null],
  ])("%s around %s", (quote, text, expected) => {
    expect(splitQuote(quote, text)).toEqual(expected);
  });
});

describe("safeHttpUrl", () => {
  it.each([
    ["https://example.org/a?b=1", "https://example.org/a?b=1"],
    ["http://example.org", "http://example.org/"],
    ["javascript:alert(1)", null],
    [" JavaScript:alert(1)", null],
    ["data:text/html,<script>alert(1)</script>", null],
    ["//example.org/x", null],
    ["example.org", null],
    ["", null],
    [undefined, null],
  ])("%s → %s", (raw, expected) => {
    expect(safeHttpUrl(raw)).toBe(expected);
  });
});

describe("table view", () => {
  it("lists every record with the value as written and normalised", async () => {
    renderApp(json, { search: "?view=table" });
    const table = await screen.findByTestId("records-table");
    expect(within(table).getAllByRole("row")).toHaveLength(sampleDataset().records.length + 1);
    expect(within(table).getAllByText("1852.35亿元").length).toBeGreaterThan(0);
    expect(within(table).getByText("+50%以上")).toBeInTheDocument();
  });

  it("sorts by value with the keyboard and marks the column", async () => {
    const user = userEvent.setup();
    renderApp(json, { search: "?view=table&region=140000&indicator=projects.signed" });
    const table = await screen.findByTestId("records-table");
    const header = within(table).getByRole("button", { name: "按标准化数值排序" });
    header.focus();
    await user.keyboard("{Enter}");
    expect(header.closest("th")).toHaveAttribute("aria-sort", "ascending");
    const firstValues = () =>
      within(table)
        .getAllByRole("row")
        .slice(1)
        .map((row) => row.getAttribute("data-record-id"));
    expect(firstValues()).toEqual(["sy-signed", "zg-signed", "jc-signed", "sx-signed", "jc-signed-inv"]);
    await user.keyboard("{Enter}");
    expect(header.closest("th")).toHaveAttribute("aria-sort", "descending");
    expect(firstValues()[0]).toBe("jc-signed-inv");
  });

  it("opens the source panel with the figure highlighted, the other statements and warnings; Escape returns focus", async () => {
    const user = userEvent.setup();
    renderApp(json, { search: "?view=table&region=140000" });
    const table = await screen.findByTestId("records-table");
    const opener = within(table).getByRole("button", { name: "签约项目347个" });
    await user.click(opener);
    const panel = await screen.findByRole("dialog");
    expect(panel.querySelector("mark")?.textContent).toBe("签约项目347个");
    expect(within(panel).getByTestId("source-quote")).toHaveTextContent(
      "全省共签约项目347个、开工项目323个、投产项目315个。",
    );
    expect(within(panel).getByText("太原日报")).toBeInTheDocument();
    expect(within(panel).getByText("持续发力抓项目 奋楫当先促转型")).toBeInTheDocument();
    expect(within(panel).getByTestId("source-warnings")).toHaveTextContent("合计不符");
    const link = within(panel).getByTestId("source-link");
    expect(link).toHaveAttribute("href", "https://example.org/taiyuan/2022-02-27.html");
    expect(link).toHaveAttribute("target", "_blank");
    expect(link).toHaveAttribute("rel", "noopener noreferrer");
    expect(window.location.search).toContain("record=sx-signed");

    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(window.location.search).not.toContain("record=");
    await waitFor(() => expect(document.activeElement?.textContent).toBe("签约项目347个"));
  });

  it("shows alsoIn statements", async () => {
    renderApp(json, { search: "?view=table&record=ty-growth" });
    const panel = await screen.findByRole("dialog");
    const also = within(panel).getByTestId("source-also-in");
    expect(also.querySelector("mark")?.textContent).toBe("五成多");
  });

  it("keeps hostile markup in a quote inert and never links a javascript: URL", async () => {
    renderApp(json, { search: "?view=table&record=evil" });
    const panel = await screen.findByRole("dialog");
    expect(panel.querySelector("img")).toBeNull();
    expect(panel.querySelector("script")).toBeNull();
    expect(panel.querySelector("b")).toBeNull();
    expect(within(panel).getByTestId("source-quote")).toHaveTextContent('<img src=x onerror="window.__pwned=1">');
    expect(panel.querySelector("mark")?.textContent).toBe("699.21亿元");
    expect(within(panel).queryByTestId("source-link")).not.toBeInTheDocument();
    expect(within(panel).getByTestId("source-unsafe-url")).toHaveTextContent("javascript:alert(1)");
    expect(panel.querySelectorAll("a")).toHaveLength(0);
    expect(within(panel).getByText("<script>alert('t')</script>标题")).toBeInTheDocument();
  });
});

describe("empty state and tabs", () => {
  it("names the filter that emptied the view and clears it", async () => {
    const user = userEvent.setup();
    renderApp(json, { search: "?region=140100&sector=新能源" });
    const empty = await screen.findByTestId("empty-state");
    expect(empty).toHaveTextContent("「行业」筛选排除了所有剩余记录");
    expect(screen.getByTestId("no-sector-note")).toHaveTextContent("3 条记录未注明行业");
    await user.click(within(empty).getByRole("button"));
    expect(screen.queryByTestId("empty-state")).not.toBeInTheDocument();
    expect(window.location.search).toBe("?region=140100");
  });

  it("moves between tabs with the arrow keys", async () => {
    const user = userEvent.setup();
    renderApp(json);
    const overview = await screen.findByRole("tab", { name: "概览" });
    expect(overview).toHaveAttribute("aria-selected", "true");
    overview.focus();
    await user.keyboard("{ArrowLeft}");
    const quality = screen.getByRole("tab", { name: "数据质量" });
    expect(quality).toHaveAttribute("aria-selected", "true");
    expect(quality).toHaveFocus();
    expect(window.location.search).toBe("?view=quality");
    await user.keyboard("{Home}");
    expect(screen.getByRole("tab", { name: "概览" })).toHaveFocus();
  });

  it("restores the state on back", async () => {
    const user = userEvent.setup();
    renderApp(json);
    await user.click(await screen.findByRole("tab", { name: "记录表" }));
    expect(screen.getByTestId("records-table")).toBeInTheDocument();
    window.history.back();
    await waitFor(() => expect(screen.getByRole("tab", { name: "概览" })).toHaveAttribute("aria-selected", "true"));
  });
});

describe("overview", () => {
  it("shows the selected region's latest figures with qualifiers as written", async () => {
    renderApp(json, { search: "?region=140100" });
    const total = await screen.findByTestId("card-trade.total");
    expect(total).toHaveTextContent("1852.35亿元");
    expect(total).toHaveTextContent("+52.9%");
    expect(screen.getByTestId("card-trade.export")).toHaveTextContent("+50%以上");
  });

  it("switches to English", async () => {
    const user = userEvent.setup();
    renderApp(json, { search: "?region=140100" });
    await user.click(await screen.findByTestId("lang-toggle"));
    expect(await screen.findByTestId("card-trade.total")).toHaveTextContent("CNY 185.2 bn");
    expect(window.location.search).toContain("lang=en");
    expect(document.documentElement.lang).toBe("en");
  });
});
