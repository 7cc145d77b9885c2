import { describe, expect, it } from "vitest";
import {
  buildBatchCompareOption,
  comparablePeriods,
} from "../../../../src/app/features/projects/build-batch-compare-option";
import type { IndicatorRecord } from "../../../../src/schema/dataset";
import { categoriesOf, seriesOf } from "../../charts/option-access";
import { makeRecord } from "../../fixtures/make-dataset";

const city = (name: string, code: string) => ({ name, code, level: "prefecture" as const });
const B4 = { year: 2023, batch: 4, label: "2023年第4批" };

function rec(indicator: IndicatorRecord["indicator"], region: IndicatorRecord["region"], value: number, period = B4) {
  return makeRecord({ indicator, measure: "count", unit: "item", value, region, period });
}

describe("buildBatchCompareOption", () => {
  const records = [
    rec("projects.signed", { name: "山西省", code: "140000", level: "province" }, 233),
    rec("projects.signed", city("大同市", "140200"), 20),
    rec("projects.started", city("大同市", "140200"), 19),
    rec("projects.signed", city("阳泉市", "140300"), 15),
    rec("projects.started", city("阳泉市", "140300"), 55),
    rec("projects.signed", city("长治市", "140400"), 23),
    rec("projects.started", city("忻州市", "140900"), 9),
    rec("projects.signed", city("临汾市", "141000"), 33, { year: 2022, batch: 1, label: "2022年第1批" }),
  ];

  it.each([
    { sortBy: "projects.signed" as const, order: ["长治市", "大同市", "阳泉市", "忻州市"] },
    { sortBy: "projects.started" as const, order: ["阳泉市", "大同市", "忻州市", "长治市"] },
  ])("sorts regions by $sortBy, largest first, unreported last", ({ sortBy, order }) => {
    const option = buildBatchCompareOption({
      records,
      period: "2023-b4",
      measure: "count",
      sortBy,
      lang: "zh",
      title: "t",
    });
    expect(categoriesOf(option)).toEqual(order);
  });

  it("leaves the province total out when prefectures are compared, and other batches out", () => {
    const option = buildBatchCompareOption({
      records,
      period: "2023-b4",
      measure: "count",
      sortBy: "projects.signed",
      lang: "zh",
      title: "t",
    });
    expect(categoriesOf(option)).not.toContain("山西省");
    expect(categoriesOf(option)).not.toContain("临汾市");
    expect(seriesOf(option).map((s) => s.name)).toEqual(["签约项目", "开工项目", "投产项目"]);
  });

  it("lists comparable batches latest first with their region counts", () => {
    expect(comparablePeriods(records, "count").map((p) => [p.key, p.regions])).toEqual([
      ["2023-b4", 5],
      ["2022-b1", 1],
    ]);
  });
});
