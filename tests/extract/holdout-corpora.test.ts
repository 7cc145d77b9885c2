import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readExpected, strictF1 } from "./score-corpus";

// Held-out audit sets (see each fixtures/holdout*/README.md), written blind to
// the rules and scored with the matching logic of the shared scorer
// (score.mjs). Each was scored once blind, then used to fix the general shapes
// it exposed, so its floor is the strict F1 measured after those fixes: a rule
// change that loses ground on wording the development corpus lacks fails here.
type AuditSet = [folder: string, files: number, blindF1: number, floor: number];
const SETS: AuditSet[] = [
  ["holdout", 15, 0.751, 1],
  ["holdout2", 12, 0.899, 1],
  ["holdout3", 12, 0.986, 1],
  ["holdout4", 12, 0.781, 1],
  ["holdout5", 12, 0.761, 1],
  ["holdout6", 12, 0.949, 1],
  // 火炬开发区 is not in the gazetteer's zone list.
  ["holdout7", 12, 0.824, 0.991],
  ["holdout8", 12, 0.812, 1],
  // 上年为逆差51.0亿元 is annotated here as the year before's balance; the earlier
  // sets (holdout5) take a 上年 level as a comparison base, and so does the extractor.
  // Also 此外，我市对非洲出口翻了一番 is a remark here; sets 157, 188 and 213 read a market doubled as a growth of
  // 100 (对非洲出口翻了一番), and so does the extractor since.
  ["holdout9", 12, 0.556, 0.994],
  ["holdout10", 12, 0.978, 1],
  ["holdout11", 12, 0.715, 1],
  ["holdout12", 12, 0.975, 1],
  ["holdout13", 12, 0.923, 1],
  ["holdout14", 12, 0.774, 1],
  // A zone abbreviated in the text (襄阳高新区, 包头稀土高新区) is annotated as written; the extractor
  // expands the kind (高新技术产业开发区), as the earlier sets annotate it (长沙经开区 → 长沙经济技术开发区).
  ["holdout15", 12, 0.914, 0.978],
  // Zones written short (西安高新区, 绵阳高新区) as in set 15.
  ["holdout16", 12, 0.804, 0.978],
  // Zones written short as in set 15; a 二季度 start and a 第三批 signing in one event (h17-p08).
  ["holdout17", 12, 0.842, 0.957],
  // 晋中农高区 (an abbreviation the zone list lacks); 中国（河南）自由贸易试验区洛阳片区 (a bracket inside a name).
  ["holdout18", 12, 0.954, 0.997],
  // 較2019年同期 in a 2020 report is year on year by the calendar, a second rate by the annotation.
  ["holdout19", 12, 0.971, 0.988],
  // Scored at the end of a session: a few shapes fixed, the rest listed in their READMEs.
  ["holdout20", 12, 0.799, 0.982],
  ["holdout21", 12, 0.762, 0.988],
  ["holdout22", 12, 0.998, 1],
  ["holdout23", 12, 0.991, 1],
  ["holdout24", 12, 0.979, 1],
  // Scored at the end of a session: a few shapes fixed, the rest listed in its README.
  ["holdout25", 12, 0.82, 0.969],
  ["holdout26", 12, 0.926, 1],
  ["holdout27", 12, 0.896, 1],
  ["holdout28", 12, 0.885, 0.997],
  // Its author expanded two zone names after the blind run (its README lists them); blind 78.2 % as written.
  ["holdout29", 12, 0.782, 0.992],
  // Siblings of the development corpus's project and trade reports: the closest stand-in for the hidden set.
  // 大同经开区 is expanded to the gazetteer's 山西大同经济开发区, annotated 大同经济技术开发区.
  ["holdout30", 12, 0.891, 0.976],
  ["holdout31", 12, 0.94, 1],
  ["holdout32", 12, 0.884, 1],
  ["holdout33", 12, 0.954, 0.992],
  ["holdout34", 12, 0.938, 0.998],
  ["holdout35", 12, 0.979, 0.99],
  ["holdout36", 12, 0.994, 1],
  ["holdout37", 12, 0.934, 0.985],
  // 永川高新区 and 新乡高新区 (no full name in the text) are expanded to 高新技术产业开发区, annotated as written.
  ["holdout38", 12, 0.748, 0.97],
  // 宜昌高新区 likewise.
  ["holdout39", 12, 0.988, 0.992],
  // Short zone names (合肥高新区, 洛阳高新区) are expanded, annotated as written.
  ["holdout40", 12, 0.848, 0.968],
  // 株洲高新区's own report: its name is expanded, annotated as written (9 facts).
  ["holdout41", 12, 0.816, 0.918],
  ["holdout42", 12, 0.955, 0.993],
  // Four project ranks are annotated: the data contract gives project indicators no rank.
  ["holdout43", 12, 0.9, 0.988],
  ["holdout44", 12, 0.904, 1],
  ["holdout45", 12, 0.928, 1],
  ["holdout46", 12, 0.93, 1],
  ["holdout47", 12, 0.979, 1],
  // 大同经开区 (no full name in the text) is the gazetteer's 山西大同经济开发区, annotated 大同经济技术开发区.
  ["holdout48", 12, 0.936, 0.982],
  ["holdout49", 12, 0.904, 1],
  ["holdout50", 12, 0.951, 1],
  ["holdout51", 12, 0.743, 0.978],
  ["holdout52", 12, 0.955, 1],
  ["holdout53", 12, 0.948, 0.985],
  ["holdout54", 12, 0.847, 1],
  ["holdout55", 12, 0.959, 0.995],
  ["holdout56", 12, 0.892, 0.985],
  ["holdout57", 12, 0.804, 0.985],
  ["holdout58", 12, 0.719, 0.983],
  ["holdout59", 12, 0.669, 0.964],
  ["holdout60", 12, 0.793, 0.953],
  ["holdout61", 12, 0.548, 0.984],
  ["holdout62", 12, 0.938, 0.974],
  ["holdout63", 12, 0.983, 0.985],
  ["holdout64", 12, 0.982, 0.99],
  ["holdout65", 12, 0.989, 0.989],
  // 增速居各县（市）之首 (h66-t14) is a growth rank the contract counts; the set left it out.
  ["holdout66", 12, 0.974, 0.992],
  ["holdout67", 12, 0.884, 0.972],
  ["holdout68", 12, 0.95, 0.954],
  ["holdout69", 12, 0.903, 0.961],
  ["holdout70", 12, 0.912, 0.996],
  ["holdout71", 12, 0.809, 0.96],
  ["holdout72", 12, 0.954, 0.988],
  ["holdout73", 12, 0.94, 0.989],
  ["holdout74", 12, 0.973, 0.985],
  ["holdout75", 12, 0.971, 1],
  ["holdout76", 12, 0.953, 1],
  ["holdout77", 12, 0.922, 0.989],
  ["holdout78", 12, 0.966, 1],
  ["holdout79", 12, 0.916, 0.987],
  ["holdout80", 12, 0.985, 0.997],
  ["holdout81", 12, 0.99, 0.993],
  ["holdout82", 12, 0.916, 0.997],
  ["holdout83", 12, 0.974, 1],
  ["holdout84", 12, 0.859, 0.989],
  ["holdout85", 12, 0.893, 0.995],
  ["holdout86", 12, 0.959, 0.992],
  ["holdout87", 12, 0.956, 0.988],
  ["holdout88", 12, 0.957, 0.968],
  ["holdout89", 12, 0.973, 0.986],
  ["holdout90", 12, 0.939, 0.992],
  ["holdout91", 12, 0.997, 0.997],
  ["holdout92", 12, 0.895, 0.989],
  ["holdout93", 12, 0.997, 0.997],
  ["holdout94", 12, 0.957, 0.995],
  ["holdout95", 12, 0.955, 0.986],
  ["holdout96", 12, 0.853, 0.976],
  ["holdout97", 12, 0.969, 1],
  ["holdout98", 12, 0.836, 0.984],
  ["holdout99", 12, 0.996, 0.996],
  ["holdout100", 12, 0.893, 1],
  ["holdout101", 12, 0.945, 0.984],
  // 太原武宿综合保税区 is annotated by its full name; the sample page keeps 武宿综保区 as written.
  ["holdout102", 12, 0.798, 0.983],
  ["holdout103", 12, 0.917, 0.996],
  ["holdout104", 12, 0.846, 0.947],
  ["holdout105", 12, 0.968, 0.993],
  // Trade zones annotated by their short names (航空港区, 合肥综保区); the extractor expands known aliases, as
  // the contract asks: 15 facts differ by name only.
  ["holdout106", 12, 0.898, 0.942],
  ["holdout107", 12, 0.997, 0.997],
  ["holdout108", 12, 0.981, 1],
  // 长垣市 位居各县（市、区）首位 (h109-t24) is a rank the set left out (its Errata).
  ["holdout109", 12, 0.903, 0.99],
  ["holdout110", 12, 0.981, 0.996],
  ["holdout111", 12, 0.978, 0.993],
  ["holdout112", 12, 0.912, 1],
  ["holdout113", 12, 0.944, 0.991],
  ["holdout114", 12, 0.818, 0.933],
  ["holdout115", 12, 0.851, 0.968],
  ["holdout116", 12, 0.903, 0.959],
  ["holdout117", 12, 0.953, 0.99],
  ["holdout118", 12, 0.957, 1],
  ["holdout119", 12, 0.926, 0.997],
  ["holdout120", 12, 0.996, 1],
  ["holdout121", 12, 0.969, 1],
  ["holdout122", 12, 0.945, 0.997],
  ["holdout123", 12, 0.94, 1],
  ["holdout124", 12, 0.974, 1],
  ["holdout125", 12, 0.858, 0.989],
  ["holdout126", 12, 0.942, 0.992],
  ["holdout127", 12, 0.838, 0.973],
  ["holdout128", 12, 0.984, 1],
  ["holdout129", 12, 0.876, 0.943],
  ["holdout130", 12, 0.964, 0.984],
  ["holdout131", 12, 0.796, 0.956],
  ["holdout132", 12, 0.978, 0.993],
  ["holdout133", 12, 0.681, 0.913],
  ["holdout134", 12, 0.901, 0.972],
  ["holdout135", 12, 0.892, 0.987],
  ["holdout136", 12, 0.862, 0.98],
  ["holdout137", 12, 0.967, 0.988],
  ["holdout138", 12, 0.824, 0.99],
  ["holdout139", 12, 0.994, 1],
  ["holdout140", 12, 0.959, 0.995],
  ["holdout141", 12, 0.856, 0.939],
  ["holdout142", 12, 0.984, 1],
  ["holdout143", 12, 0.931, 0.985],
  ["holdout144", 12, 0.966, 0.982],
  ["holdout145", 12, 0.956, 0.993],
  ["holdout146", 12, 0.804, 0.877],
  ["holdout147", 12, 0.992, 0.996],
  ["holdout148", 12, 0.897, 1],
  ["holdout149", 12, 0.957, 0.975],
  ["holdout150", 12, 0.977, 0.997],
  ["holdout151", 12, 0.983, 0.989],
  ["holdout152", 12, 0.944, 0.943],
  ["holdout153", 12, 0.78, 0.991],
  ["holdout154", 12, 0.937, 0.974],
  ["holdout155", 12, 0.995, 1],
  ["holdout156", 12, 0.967, 0.974],
  ["holdout157", 12, 0.952, 0.975],
  ["holdout158", 12, 0.825, 0.932],
  ["holdout159", 12, 0.986, 1],
  ["holdout160", 12, 1, 1],
  ["holdout161", 12, 0.796, 0.895],
  ["holdout162", 12, 0.615, 0.988],
  ["holdout163", 12, 0.554, 0.758],
  ["holdout164", 12, 0.882, 0.936],
  ["holdout165", 12, 0.942, 0.963],
  ["holdout166", 12, 0.953, 0.964],
  ["holdout167", 12, 0.995, 0.994],
  ["holdout168", 12, 0.997, 0.996],
  ["holdout169", 12, 0.855, 0.952],
  ["holdout170", 12, 0.836, 0.942],
  ["holdout171", 12, 0.997, 0.997],
  ["holdout172", 12, 0.942, 0.967],
  ["holdout173", 12, 0.992, 1],
  ["holdout174", 12, 0.99, 0.99],
  ["holdout175", 12, 0.936, 0.957],
  ["holdout176", 12, 0.989, 1],
  // 汉中市28个项目总投资121亿元 in a report on a 集中开工 event reads as all of its projects, not as the started
  // ones (the place-before-count shape that set 175 needed): two records of the right figures with the wrong stage.
  ["holdout177", 12, 0.956, 0.959],
  ["holdout178", 12, 0.981, 0.993],
  ["holdout179", 12, 0.892, 0.964],
  ["holdout180", 12, 0.977, 0.985],
  ["holdout181", 12, 0.98, 0.991],
  ["holdout182", 12, 0.995, 1],
  // Its author annotated 洛阳高新区 as written; the extractor expands it (洛阳高新技术产业开发区), as set 15 notes.
  ["holdout183", 12, 0.96, 0.966],
  ["holdout184", 12, 0.936, 1],
  ["holdout185", 12, 0.992, 0.996],
  ["holdout186", 12, 0.881, 0.943],
  ["holdout187", 12, 0.953, 0.991],
  ["holdout188", 12, 0.989, 1],
  ["holdout189", 12, 0.932, 0.978],
  // Its author annotated 宜昌高新区 as written; the extractor expands it (宜昌高新技术产业开发区), as set 39 notes.
  ["holdout190", 12, 0.773, 0.926],
  ["holdout191", 12, 0.979, 0.987],
  // Its author annotated 南阳高新区 as written; the extractor expands it, as set 15 notes.
  ["holdout192", 12, 0.695, 0.967],
  // Its author annotated 安阳高新区 as written; the extractor expands it, as set 15 notes.
  ["holdout193", 12, 0.814, 0.843],
  ["holdout194", 12, 0.979, 0.995],
  ["holdout195", 12, 0.986, 0.985],
  ["holdout196", 12, 0.991, 1],
  // Its author annotated 肇庆高新区 as written; the extractor expands it, as set 15 notes.
  ["holdout197", 12, 0.874, 0.873],
  // Its author annotated 宜昌高新区 as written; the extractor expands it, as set 39 notes.
  ["holdout198", 12, 0.965, 0.984],
  ["holdout199", 12, 0.95, 0.966],
  // Its author annotated 平顶山高新区, 安阳高新区, 信阳高新区 as written; the extractor expands them, as set 15 notes.
  ["holdout200", 12, 0.968, 0.97],
  // Its author annotated 西安高新区 as written; the extractor expands it, as set 15 notes.
  ["holdout201", 12, 0.886, 0.885],
  ["holdout202", 12, 0.916, 0.948],
  // Its author annotated counties' ranks among their city's (projects.*/rank): the contract gives projects no rank.
  ["holdout203", 12, 0.922, 0.924],
  ["holdout204", 12, 0.982, 0.992],
  ["holdout205", 12, 1, 1],
  ["holdout206", 12, 0.959, 1],
  ["holdout207", 12, 0.991, 0.997],
  ["holdout208", 12, 0.955, 0.995],
  ["holdout209", 12, 0.825, 0.893],
  // Its author annotated 襄阳高新区 as written; the extractor expands it, as set 15 notes.
  ["holdout210", 12, 0.908, 0.97],
  ["holdout211", 12, 0.974, 0.983],
  ["holdout212", 12, 0.978, 0.996],
  ["holdout213", 12, 0.981, 0.992],
  // Tables written as text, two-level headers among them (as set 163): scored at the end of a session.
  ["holdout214", 12, 0.734, 0.739],
  ["holdout215", 12, 0.985, 0.992],
  ["holdout216", 12, 0.997, 0.996],
  ["holdout217", 12, 0.876, 0.938],
  ["holdout218", 12, 0.878, 0.998],
  // Siblings of the development corpus, scored at the end of the session.
  // Its author annotated 中北高新区 as written; the extractor expands it, as set 15 notes.
  ["holdout219", 12, 0.974, 0.985],
  ["holdout220", 12, 0.987, 0.99],
  ["holdout221", 12, 0.98, 0.979],
  ["holdout222", 12, 0.987, 0.986],
  // Sets 224 and 226 annotated zones by the short names their reports use (洛阳高新区), where the extractor
  // writes the expanded name (洛阳高新技术产业开发区); their READMEs say so and their blind scores carry it.
  ["holdout223", 12, 0.926, 0.976],
  ["holdout224", 12, 0.975, 0.974],
  ["holdout225", 12, 0.977, 0.986],
  ["holdout226", 12, 0.696, 0.715],
  // Sets 227-230 were asked to expand zones' short names (X经开区 → X经济技术开发区); where the extractor knows a
  // zone's official name of another kind (山西大同经济开发区) the two differ, as their READMEs say.
  ["holdout227", 12, 0.978, 0.977],
  ["holdout228", 12, 0.972, 0.971],
  ["holdout229", 12, 0.901, 0.981],
  ["holdout230", 12, 0.975, 0.997],
  // Sets 231-234 chose per zone: the report's full name where given, else their own expansion (README each).
  ["holdout231", 12, 0.977, 0.976],
  ["holdout232", 12, 0.977, 0.997],
  ["holdout233", 12, 0.969, 0.968],
  ["holdout234", 12, 0.924, 0.935],
  ["holdout235", 12, 0.989, 0.993],
  ["holdout236", 12, 0.989, 1],
  ["holdout237", 12, 0.977, 0.976],
  ["holdout238", 12, 0.964, 0.971],
  ["holdout239", 12, 0.84, 0.95],
  ["holdout240", 12, 0.99, 0.989],
  ["holdout241", 12, 0.995, 0.994],
  ["holdout242", 12, 0.995, 0.996],
  ["holdout243", 12, 0.978, 0.977],
  ["holdout244", 12, 1, 1],
  ["holdout245", 12, 0.893, 0.947],
  ["holdout246", 12, 1, 1],
  ["holdout247", 12, 0.973, 1],
  ["holdout248", 12, 0.905, 0.904],
  ["holdout249", 12, 0.989, 0.988],
  ["holdout250", 12, 0.985, 0.986],
  ["holdout251", 12, 0.955, 0.963],
  ["holdout252", 12, 0.938, 0.947],
  ["holdout253", 12, 0.944, 0.951],
  ["holdout254", 12, 0.993, 0.992],
  ["holdout255", 12, 0.935, 0.934],
  ["holdout256", 12, 0.957, 0.958],
  ["holdout257", 12, 0.961, 0.979],
  ["holdout258", 12, 0.883, 0.974],
  ["holdout259", 12, 0.941, 0.94],
  ["holdout260", 12, 0.971, 0.976],
  ["holdout261", 12, 0.987, 0.986],
  ["holdout262", 12, 0.947, 0.946],
  ["holdout263", 12, 0.987, 0.986],
  ["holdout264", 12, 0.976, 0.975],
  ["holdout265", 12, 0.937, 0.976],
  ["holdout266", 12, 0.667, 0.974],
  ["holdout267", 12, 0.968, 0.974],
  ["holdout268", 12, 0.986, 0.99],
  ["holdout269", 12, 0.901, 0.966],
  ["holdout270", 12, 0.967, 0.966],
  ["holdout271", 12, 0.978, 0.977],
  ["holdout272", 12, 0.998, 0.997],
  ["holdout273", 12, 0.955, 0.978],
  ["holdout274", 12, 0.884, 0.927],
  ["holdout275", 12, 0.98, 0.979],
  ["holdout276", 12, 0.984, 0.988],
  ["holdout277", 12, 0.975, 1],
  ["holdout278", 12, 0.939, 0.948],
  ["holdout279", 12, 0.962, 1],
  ["holdout280", 12, 1.0, 1],
  ["holdout281", 12, 0.919, 0.941],
  ["holdout282", 12, 0.979, 0.978],
  ["holdout283", 12, 0.989, 0.988],
  ["holdout284", 12, 0.984, 0.983],
  ["holdout285", 12, 0.83, 0.963],
  ["holdout286", 12, 0.988, 0.987],
  ["holdout287", 12, 0.997, 0.996],
  ["holdout288", 12, 0.987, 0.986],
  ["holdout289", 12, 0.955, 0.959],
  ["holdout290", 12, 0.92, 0.919],
  ["holdout291", 12, 0.96, 0.959],
  ["holdout292", 12, 0.955, 0.954],
  ["holdout293", 12, 0.948, 0.971],
  ["holdout294", 12, 0.957, 0.956],
  ["holdout295", 12, 0.994, 0.993],
  ["holdout296", 12, 0.995, 1],
  ["holdout297", 12, 0.95, 0.949],
  ["holdout298", 12, 0.944, 0.943],
  ["holdout299", 12, 0.981, 0.985],
  ["holdout300", 12, 0.977, 0.976],
  ["holdout301", 12, 0.985, 0.984],
  ["holdout302", 12, 0.989, 1],
  ["holdout303", 12, 0.988, 0.987],
  ["holdout304", 12, 1.0, 1],
  ["holdout305", 12, 0.962, 0.989],
];

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "fixtures");

describe.each(SETS)("held-out audit set %s", (folder, files, blindF1, floor) => {
  const dir = join(FIXTURES, folder);
  const expected = readExpected(dir);

  it(`lists facts for every one of its ${files} files`, () => {
    expect(expected.length).toBeGreaterThanOrEqual(files);
    for (const entry of expected) expect(entry.facts.length).toBeGreaterThan(0);
  });

  it(`keeps strict F1 ≥ ${floor} (blind: ${blindF1})`, () => {
    expect(strictF1(dir, expected)).toBeGreaterThanOrEqual(floor);
  });
});
