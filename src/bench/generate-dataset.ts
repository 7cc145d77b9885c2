import gazetteerJson from "../extract/resolve/gazetteer.json" with { type: "json" };
import type { Dataset, DocumentEntry, IndicatorRecord, Period, Region } from "../schema/dataset";
import { SCHEMA_VERSION } from "../schema/dataset";
import type { IndicatorId, MeasureId, Qualifier, Unit } from "../schema/vocabulary";
import { int, mulberry32, pick, type Rng } from "./random";

// A large synthetic dataset for the browser benchmark and the scale test:
// what a decade of daily pages from many cities would give, in the shape the
// extractor writes (valid against the shared zod schema). Records come in
// the groups a real report yields (one 三个一批 batch: signed/started/
// producing/total × count/investment/output; one trade release: total/
// export/import/balance/enterprises × value/growth), each group from one
// document, so regions, periods and sectors correlate as in real data.

type Row = [code: string, name: string];
const gazetteer = gazetteerJson as unknown as { provinces: Row[]; prefectures: Row[]; counties: Row[]; zones: Row[] };

const SECTORS = [
  "新能源",
  "新材料",
  "高端装备制造",
  "生物医药",
  "电子信息",
  "现代煤化工",
  "节能环保",
  "数字经济",
  "食品加工",
  "现代物流",
  "文化旅游",
  "现代农业",
  "大数据",
  "医药健康",
  "现代服务业",
  "汽车制造",
  "特钢材料",
  "光伏",
];
const PARTNERS = ["一带一路", "东盟", "欧盟", "RCEP", "美国", "日本", "韩国"];
const STAGES: readonly IndicatorId[] = ["projects.signed", "projects.started", "projects.producing", "projects.total"];
const STAGE_ZH: Record<string, string> = {
  "projects.signed": "签约",
  "projects.started": "开工",
  "projects.producing": "投产",
  "projects.total": "共推进",
};
const QUALIFIERS: readonly Qualifier[] = ["exact", "exact", "exact", "exact", "more_than", "about", "less_than"];

const round = (v: number, digits: number): number => Number(v.toFixed(digits));

/** Regions a dataset of many cities names: every province and prefecture, a slice of counties, some zones. */
function regionPool(rng: Rng): Region[] {
  const provinces = gazetteer.provinces.map(([code, name]): Region => ({ name, code, level: "province" }));
  const prefectures = gazetteer.prefectures.map(([code, name]): Region => ({ name, code, level: "prefecture" }));
  const counties = gazetteer.counties
    .filter(() => rng() < 0.15)
    .map(([code, name]): Region => ({ name, code, level: "county" }));
  const zones = [...new Set(gazetteer.zones.map(([, name]) => name))]
    .filter(() => rng() < 0.4)
    .map((name): Region => ({ name, code: null, level: "zone" }));
  return [...provinces, ...prefectures, ...counties, ...zones];
}

export interface GenerateDatasetOptions {
  records: number;
  seed?: number;
  /** Years covered, inclusive. */
  from?: number;
  to?: number;
}

/** Deterministic for a seed; exactly `records` records, unique ids, valid against `datasetSchema`. */
export function generateDataset({
  records: target,
  seed = 7,
  from = 2014,
  to = 2025,
}: GenerateDatasetOptions): Dataset {
  const rng = mulberry32(seed);
  const regions = regionPool(rng);
  const documents: DocumentEntry[] = [];
  const records: IndicatorRecord[] = [];
  const seen = new Set<string>();
  let serial = 0;

  while (records.length < target) {
    const region = pick(rng, regions);
    const year = int(rng, from, to);
    const month = int(rng, 1, 12);
    const docId = `g${documents.length.toString(36).padStart(6, "0")}`;
    const date = `${year}-${String(month).padStart(2, "0")}-${String(int(rng, 1, 28)).padStart(2, "0")}`;
    const projects = rng() < 0.5;
    let period: Period;
    if (projects) {
      const batch = int(rng, 1, 6);
      period = { year, batch, label: `${year}年第${batch}期` };
    } else if (rng() < 0.6) {
      const to2 = Math.max(2, month);
      period = { year, months: [1, to2], label: `${year}年1-${to2}月` };
    } else {
      const quarter = int(rng, 1, 4);
      period = { year, quarter, label: `${year}年第${quarter}季度` };
    }
    const groupKey = `${region.code ?? region.name}|${projects ? "p" : "t"}|${period.label}`;
    if (seen.has(groupKey)) continue;
    seen.add(groupKey);

    const title = projects
      ? `${region.name}${period.label}“三个一批”活动举行`
      : `${period.label}${region.name}外贸进出口${rng() < 0.7 ? "增长" : "下降"}`;
    const article = `${docId}-a0`;
    documents.push({
      id: docId,
      file: `data/raw/generated/${year}/${docId}.txt`,
      source: `${region.name.slice(0, 2)}日报`,
      date,
      region: region.name,
      inferred: false,
      articles: [{ id: article, title }],
    });

    const add = (
      indicator: IndicatorId,
      measure: MeasureId,
      value: number,
      unit: Unit,
      text: string,
      extra: Partial<IndicatorRecord> = {},
    ) => {
      if (records.length >= target) return;
      const quote = `${period.label}，${region.name}${text}，较上年同期有所变化，相关负责人表示将持续发力推动高质量发展。`;
      const start = int(rng, 0, 4000);
      records.push({
        id: `r${(serial++).toString(36).padStart(7, "0")}`,
        indicator,
        measure,
        value,
        unit,
        qualifier: measure === "rank" ? "exact" : pick(rng, QUALIFIERS),
        region,
        period,
        sectors: [],
        rule: `${indicator}-${measure}`,
        source: { document: docId, article, quote, text, start, end: start + text.length },
        ...extra,
      });
    };

    if (projects) {
      const sectors = SECTORS.filter(() => rng() < 0.18);
      for (const stage of STAGES) {
        const n = int(rng, 5, stage === "projects.total" ? 300 : 120);
        const inv = round(rng() * 900 + 5, 2);
        const zh = STAGE_ZH[stage] ?? "";
        add(stage, "count", n, "item", `${zh}项目${n}个`, { sectors });
        add(stage, "investment", Math.round(inv * 1e8), "CNY", `总投资${inv}亿元`, { sectors });
        if (rng() < 0.5) add(stage, "output", Math.round(inv * 0.6e8), "CNY", `年产值${round(inv * 0.6, 2)}亿元`);
      }
    } else {
      const unit: Unit = rng() < 0.85 ? "CNY" : "USD";
      const total = round(rng() * 4000 + 10, 2);
      const exp = round(total * (0.4 + rng() * 0.4), 2);
      const imp = round(total - exp, 2);
      const money = (v: number) => `${v}亿${unit === "CNY" ? "元" : "美元"}`;
      const flows: [IndicatorId, number][] = [
        ["trade.total", total],
        ["trade.export", exp],
        ["trade.import", imp],
        ["trade.balance", round(exp - imp, 2)],
      ];
      for (const [id, v] of flows) {
        add(id, "value", Math.round(v * 1e8), unit, money(v));
        const g = round(rng() * 80 - 20, 1);
        add(id, "growth", g, "percent", `${g < 0 ? "下降" : "增长"}${Math.abs(g)}%`);
      }
      if (rng() < 0.5) {
        const partner = pick(rng, PARTNERS);
        const share = round(rng() * 50 + 1, 1);
        add("trade.total", "share", share, "percent", `对${partner}进出口占${share}%`, { partner, of: region.name });
      }
      if (rng() < 0.3) add("trade.total", "rank", int(rng, 1, 11), "rank", "排名第三", { among: "全省各市" });
      const firms = int(rng, 50, 9000);
      add("trade.enterprises", "count", firms, "item", `有进出口实绩的企业${firms}家`);
    }
  }

  return {
    schemaVersion: SCHEMA_VERSION,
    generatedAt: new Date(Date.UTC(to, 11, 31)).toISOString(),
    documents,
    records,
    warnings: [],
  };
}
