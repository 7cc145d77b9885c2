import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { EMPTY_FILTERS } from "../../../src/app/data/filter-records";
import { ProjectsView } from "../../../src/app/features/projects/projects-view";
import { RegionsView } from "../../../src/app/features/regions/regions-view";
import { TradeView } from "../../../src/app/features/trade/trade-view";
import type { ViewProps } from "../../../src/app/view-props";
import { type Dataset, datasetSchema } from "../../../src/schema/dataset";
import fixture from "../fixtures/chart-dataset.json";

// The three chart views rendered as the shell renders them, on the chart
// fixture, with ECharts drawing SVG in jsdom.

const dataset: Dataset = datasetSchema.parse(fixture);

function props(patch: Partial<ViewProps> = {}): ViewProps {
  return { dataset, records: dataset.records, filters: EMPTY_FILTERS, lang: "zh", onSelectRecord: () => {}, ...patch };
}

function withQuery(node: ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return <QueryClientProvider client={client}>{node}</QueryClientProvider>;
}

async function readyCharts(container: HTMLElement, ids: string[]) {
  for (const id of ids) {
    await waitFor(
      () => expect(container.querySelector(`[data-chart-id="${id}"]`)).toHaveAttribute("data-chart-ready", "true"),
      {
        timeout: 5000,
      },
    );
  }
}

function chartText(container: HTMLElement, id: string): string {
  return container.querySelector(`[data-chart-id="${id}"] svg`)?.textContent ?? "";
}

afterEach(() => {
  vi.unstubAllGlobals();
});

// The first test also pays for loading ECharts and the lazy view modules.
describe("chart views on the fixture", { timeout: 20_000 }, () => {
  it("projects: the funnel follows the region the filters name, and the measure switch changes the axis", async () => {
    const { container } = render(
      withQuery(<ProjectsView {...props({ filters: { ...EMPTY_FILTERS, regions: ["140500"] } })} />),
    );
    await readyCharts(container, ["projects-funnel", "projects-compare"]);
    expect(chartText(container, "projects-funnel")).toContain("晋城市“三个一批”项目数量（按批次）");
    await userEvent.selectOptions(screen.getByLabelText("度量"), "investment");
    await waitFor(() => expect(chartText(container, "projects-funnel")).toContain("晋城市“三个一批”项目投资额"));
    expect(chartText(container, "projects-funnel")).toContain("亿元");
  });

  it("trade: each period kind gets its own charts", async () => {
    const { container } = render(
      withQuery(<TradeView {...props({ filters: { ...EMPTY_FILTERS, regions: ["140100"] } })} />),
    );
    await readyCharts(container, ["trade-trend", "trade-growth", "trade-balance", "trade-partner"]);
    expect(chartText(container, "trade-trend")).toContain("（全年）");
    const kinds = screen.getByRole("group", { name: "时期类型" });
    await userEvent.click(within(kinds).getByLabelText("季度"));
    await waitFor(() => expect(chartText(container, "trade-trend")).toContain("（季度）"));
    expect(chartText(container, "trade-trend")).not.toContain("2021年");
  });

  it("regions: compares regions and draws the map of the province from its boundary file", async () => {
    const square = (code: string, name: string, x: number) => ({
      type: "Feature",
      properties: { code, name },
      geometry: {
        type: "Polygon",
        coordinates: [
          [
            [x, 37],
            [x + 1, 37],
            [x + 1, 38],
            [x, 38],
            [x, 37],
          ],
        ],
      },
    });
    const geo = {
      type: "FeatureCollection",
      features: [square("140100", "太原市", 112), square("140200", "大同市", 113)],
    };
    const fetchMock = vi.fn(async (_url: string) => new Response(JSON.stringify(geo), { status: 200 }));
    vi.stubGlobal("fetch", fetchMock);
    const { container } = render(withQuery(<RegionsView {...props()} />));
    await readyCharts(container, ["regions-compare", "regions-map"]);
    expect(String(fetchMock.mock.calls[0]?.[0])).toMatch(/maps\/140000\.json$/u);
    expect(chartText(container, "regions-map")).toContain("山西省各市");
    expect(within(screen.getByTestId("regions-beside")).getByText("山西省")).toBeInTheDocument();
  });

  it("regions: a missing boundary file says so instead of drawing an empty map", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response("not found", { status: 404 })),
    );
    render(withQuery(<RegionsView {...props()} />));
    expect(await screen.findByText("没有山西省的地图边界数据。", {}, { timeout: 15_000 })).toBeInTheDocument();
  });
});
