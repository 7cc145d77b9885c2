import { describe, expect, it } from "vitest";
import { formatReport } from "../../src/bench/report";

describe("formatReport", () => {
  it("one Markdown table, columns aligned (CJK counted as two columns), pass/FAIL/— results", () => {
    const table = formatReport([
      { name: "extraction, 1 core", value: "24.1 MB/s", budget: "≥ 20 MB/s", pass: true },
      { name: "峰值内存", value: "180 MB", budget: "—", pass: null },
      { name: "warm re-run", value: "0.40 s", budget: "≤ 10 % of cold", pass: false },
    ]);
    expect(table.split("\n")).toEqual([
      "| figure             | value     | budget         | result |",
      "|--------------------|-----------|----------------|--------|",
      "| extraction, 1 core | 24.1 MB/s | ≥ 20 MB/s      | pass   |",
      "| 峰值内存           | 180 MB    | —              | —      |",
      "| warm re-run        | 0.40 s    | ≤ 10 % of cold | FAIL   |",
    ]);
  });
});
