import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { buildRegionTree } from "../../../src/app/data/region-hierarchy";
import { RegionPicker } from "../../../src/app/features/filters/region-picker";
import { sampleDataset } from "../fixtures/make-dataset";

// The pinyin dictionary is loaded by tests/app/setup.ts, as it is in the app
// once the search box has had focus.

describe("region picker search", () => {
  it("finds a region by its pinyin initials and by its Chinese name", async () => {
    const user = userEvent.setup();
    const tree = buildRegionTree(sampleDataset().records);
    render(<RegionPicker tree={tree} selected={[]} lang="zh" onChange={() => {}} />);
    await user.click(screen.getByRole("button", { expanded: false }));
    const search = screen.getByRole("searchbox");
    expect(screen.getByText("郑州市")).toBeInTheDocument();

    await user.type(search, "tys");
    expect(screen.getByText("太原市")).toBeInTheDocument();
    expect(screen.queryByText("郑州市")).not.toBeInTheDocument();

    await user.clear(search);
    await user.type(search, "郑州");
    expect(screen.getByText("郑州市")).toBeInTheDocument();
    expect(screen.queryByText("太原市")).not.toBeInTheDocument();
  });
});
