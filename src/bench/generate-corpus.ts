import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { int, mulberry32, pick, type Rng } from "./random";

// A synthetic newspaper corpus for the extraction benchmark: pages with a
// front matter block, headlines, bylines, prose paragraphs and the sentence
// shapes of the development corpus (三个一批 batches, foreign-trade figures
// with growth, shares, balances, ranks, 持平, quarters, 以美元计价, monthly and
// 分别 lists, Chinese numerals), with the numbers, regions and periods varied
// so no two pages are alike. Figures are as dense as on a real page: the
// sample page states 20 facts in 10 KB (about 1,930 per MB), the development
// reports about 1,700 per MB; FIGURE_ARTICLE_SHARE is set so the extractor
// reads about 2,100 records per MB here (±5 % between seeds and sizes).

const REGIONS: readonly (readonly [string, string])[] = [
  ["太原市", "山西省"],
  ["大同市", "山西省"],
  ["晋中市", "山西省"],
  ["临汾市", "山西省"],
  ["吕梁市", "山西省"],
  ["朔州市", "山西省"],
  ["长治市", "山西省"],
  ["郑州市", "河南省"],
  ["洛阳市", "河南省"],
  ["开封市", "河南省"],
  ["南昌市", "江西省"],
  ["九江市", "江西省"],
  ["武汉市", "湖北省"],
  ["宜昌市", "湖北省"],
  ["合肥市", "安徽省"],
  ["芜湖市", "安徽省"],
  ["丽水市", "浙江省"],
  ["汕头市", "广东省"],
  ["山西省", "中国"],
  ["河南省", "中国"],
];
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
];
const PARTNERS = ["“一带一路”沿线国家", "东盟", "欧盟", "RCEP其他成员国", "美国", "日本", "韩国"];
const NAMES = ["王伟", "李娜", "张敏", "刘洋", "陈静", "杨帆", "赵磊", "黄蕾", "周强", "吴昊"];
const CN_DIGITS = "〇一二三四五六七八九";
const FILLER = [
  "会议强调，要坚持项目为王，强化要素保障，推动项目早落地、早开工、早投产、早见效。",
  "各级各部门要增强责任感和紧迫感，以更实举措、更优服务推动重点项目建设取得新成效。",
  "活动现场气氛热烈，企业代表纷纷表示，将抢抓机遇，加快推进项目建设，为地方经济发展贡献力量。",
  "近年来，当地持续优化营商环境，深化“放管服”改革，企业获得感和满意度不断提升。",
  "下一步，将继续聚焦主导产业，围绕产业链精准招商，推动产业集群化、高端化发展。",
  "海关有关负责人表示，将进一步优化通关流程，支持外贸企业稳订单、拓市场。",
  "从贸易方式看，一般贸易仍为主要方式，加工贸易比重有所下降，跨境电商等新业态快速发展。",
  "当天，多个分会场通过视频连线方式同步举行，充分展示了开发区建设的新进展新成果。",
  "据了解，这些项目涵盖先进制造、现代服务、基础设施等领域，科技含量高，带动能力强。",
  "与会人员还实地观摩了部分重点项目建设现场，详细了解项目进展和存在的困难问题。",
  "春节过后，各地企业加快复工复产，生产经营秩序逐步恢复，市场活力持续释放。",
  "他指出，要进一步解放思想、改革创新，努力在高质量发展上不断取得新突破。",
  "2月26日上午，省委常委会召开会议，传达学习第十二次党代会精神，研究部署下一阶段重点工作。",
  "全市3500万干部群众备受鼓舞，纷纷表示要以实际行动推动各项决策部署落地见效。",
  "会议要求，各地要把招商引资作为一项基础性、战略性工作，做到超前谋划、精准对接。",
  "要通过在线招商、以商招商、点对点招商等方式，不断提高招商活动的实效性。",
  "从投资规模、亩产效益、产业带动、能效水平等方面综合考量，合理确定招商引资门槛。",
  "持续深化“承诺制+标准地+全代办”改革，推动项目签约即落地、落地即开工。",
  "比如，在审批环节推行容缺受理，企业办事时间平均缩短一半以上。",
  "在第一季度的调度会上，相关部门逐一梳理了项目建设中遇到的用地、用能和融资问题。",
  "近年来，这座城市在“十四五”规划引领下，加快构建现代产业体系。",
  "记者在园区看到，一排排标准化厂房拔地而起，施工机械往来穿梭，处处是热火朝天的景象。",
  "企业负责人介绍，新生产线投用后，产品良品率明显提高，订单已经排到了明年。",
  "市场监管部门将加大对重点领域的抽检力度，切实维护消费者合法权益。",
  "今年以来，当地围绕5G基站、数据中心等新型基础设施建设持续发力。",
  "该负责人说，下一步还将加强与高校、科研院所合作，推动科技成果就地转化。",
  "据介绍，活动期间共举办各类对接会12场，吸引了来自省内外的众多客商参加。",
  "各开发区要聚焦主责主业，在体制机制创新上走在前列，努力打造成为高质量发展的主战场。",
  "与此同时，金融机构也加大了对中小微企业的信贷支持，帮助企业渡过难关。",
  "在全省开发区考核中，这个开发区连续三年位居前列，成为区域经济增长的重要引擎。",
  "文旅部门推出了一系列惠民措施，带动假日消费持续回暖。",
  "农业农村部门加快推进高标准农田建设，确保粮食生产稳定。",
  "省生态环境厅有关负责人表示，将统筹推进大气、水、土壤污染防治。",
  "有关专家认为，外贸企业应加快开拓多元化市场，提升抗风险能力。",
  "当天，省领导还深入企业调研，与企业家面对面交流，现场协调解决实际问题。",
];
const HEADLINES = [
  "持续发力抓项目 奋楫当先促转型",
  "优化营商环境 激发市场活力",
  "全力以赴稳增长 凝心聚力谋发展",
  "园区建设跑出加速度",
  "科技创新赋能产业升级",
  "乡村振兴绘就新画卷",
  "打好污染防治攻坚战",
  "文旅融合点亮假日经济",
];

const dec = (rng: Rng, lo: number, hi: number, digits = 1): string => (lo + rng() * (hi - lo)).toFixed(digits);
const cnNumber = (n: number): string => {
  if (n < 10) return CN_DIGITS[n] ?? "";
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : CN_DIGITS[tens]}十${ones === 0 ? "" : CN_DIGITS[ones]}`;
};

interface Page {
  region: string;
  province: string;
  year: number;
  month: number;
}

function projectParagraphs(rng: Rng, p: Page): string[] {
  const batch = int(rng, 1, 6);
  const n = [int(rng, 5, 60), int(rng, 5, 60), int(rng, 5, 60)];
  const inv = [dec(rng, 10, 900, 2), dec(rng, 10, 600, 1), dec(rng, 5, 300, 1)];
  const total = n.reduce((a, b) => a + b, 0);
  const sector = pick(rng, SECTORS);
  return [
    `${p.region}${p.year}年第${cnNumber(batch)}期“三个一批”活动举行 ${total}个项目总投资${dec(rng, 50, 2000, 1)}亿元`,
    `本报讯（记者 ${pick(rng, NAMES)}）${p.month}月${int(rng, 1, 28)}日，${p.region}举行${p.year}年第${batch}期项目集中签约一批、开工一批、投产一批“三个一批”活动。${pick(rng, FILLER)}`,
    `${rng() < 0.5 ? `本次活动${p.region}` : `${p.region}“三个一批”活动`}共推进项目${total}个，总投资${dec(rng, 100, 3000, 2)}亿元。其中，签约项目${n[0]}个，总投资${inv[0]}亿元，预计年产值${dec(rng, 10, 800, 1)}亿元；开工项目${n[1]}个，总投资${inv[1]}亿元；投产项目${n[2]}个，总投资${inv[2]}亿元，预计可实现年产值${dec(rng, 5, 500, 1)}亿元。`,
    `从产业分布看，${sector}项目${cnNumber(int(rng, 3, 40))}个，占项目总数的${dec(rng, 5, 60)}%，总投资超${int(rng, 10, 300)}亿元。${pick(rng, FILLER)}`,
  ];
}

function tradeParagraphs(rng: Rng, p: Page): string[] {
  const m = int(rng, 2, 11);
  const total = Number(dec(rng, 100, 5000, 2));
  const exp = Number((total * (0.4 + rng() * 0.4)).toFixed(2));
  const imp = Number((total - exp).toFixed(2));
  const unit = rng() < 0.8 ? "亿元" : "亿美元";
  const fall = rng() < 0.3;
  const partner = pick(rng, PARTNERS);
  return [
    `前${cnNumber(m)}个月${p.region}外贸进出口${fall ? "下降" : "增长"}${dec(rng, 1, 40)}%`,
    `${p.province === "中国" ? "海关总署" : `${p.region}海关`}${p.month}月${int(rng, 1, 28)}日发布的数据显示，今年1至${m}月，${p.region}进出口总值${total}${unit}，比去年同期(下同)${fall ? "下降" : "增长"}${dec(rng, 0.5, 60)}%。其中，出口${exp}${unit}，增长${dec(rng, 1, 80)}%；进口${imp}${unit}，下降${dec(rng, 0.5, 30)}%。贸易顺差${(exp - imp).toFixed(2)}${unit}，扩大${dec(rng, 1, 3, 1)}倍。`,
    `同期，${p.region}对${partner}进出口${dec(rng, 5, 900, 1)}${unit}，增长${int(rng, 2, 9)}成多，占同期${p.region}外贸总值的${dec(rng, 3, 60)}%。机电产品、劳动密集型产品出口分别增长${dec(rng, 1, 50)}%和${dec(rng, 1, 50)}%。`,
    `${p.year}年前${cnNumber(m)}个月，${p.region}有进出口实绩的企业${int(rng, 200, 9000)}家，同比增加${int(rng, 10, 600)}家。${pick(rng, FILLER)}`,
  ];
}

// A quarter's report: 持平, ranks, the same figures in US dollars, a monthly list.
function quarterParagraphs(rng: Rng, p: Page): string[] {
  const usd = [Number(dec(rng, 20, 600, 1)), Number(dec(rng, 10, 300, 1))];
  return [
    `一季度${p.region}外贸实现平稳开局`,
    `据${p.region}海关统计，${p.year}年一季度，${p.region}外贸进出口总值${dec(rng, 100, 4000, 1)}亿元，与去年同期持平，居${p.province === "中国" ? "中部" : "全省"}第${cnNumber(int(rng, 1, 6))}位。如果以美元计价，一季度${p.region}进出口总值${usd[0]}亿美元，增长${dec(rng, 1, 50)}%。其中，出口${usd[1]}亿美元，增长${dec(rng, 1, 60)}%；进口${((usd[0] ?? 0) - (usd[1] ?? 0)).toFixed(1)}亿美元，下降${dec(rng, 0.5, 20)}%。`,
    `1—3月，${p.region}进出口分别增长${dec(rng, 1, 30)}%、${dec(rng, 1, 30)}%、${dec(rng, 1, 30)}%。按总值排名，${p.region}居中部第${int(rng, 1, 6)}位、全国第${int(rng, 5, 31)}位，占全省外贸总值的${dec(rng, 3, 60)}%。${pick(rng, FILLER)}`,
  ];
}

// Prose: a headline, a byline and paragraphs of several sentences, as most of a real page.
function proseParagraphs(rng: Rng): string[] {
  const paragraphs = Array.from({ length: int(rng, 3, 7) }, () =>
    Array.from({ length: int(rng, 2, 6) }, () => pick(rng, FILLER)).join(""),
  );
  return [pick(rng, HEADLINES), `本报讯（记者 ${pick(rng, NAMES)}）${paragraphs[0] ?? ""}`, ...paragraphs.slice(1)];
}

/** Share of articles that state figures; the rest is prose (calibrated to about 2,100 records per MB). */
const FIGURE_ARTICLE_SHARE = 0.32;

function page(rng: Rng): string {
  const [region, province] = pick(rng, REGIONS);
  const p: Page = { region, province, year: int(rng, 2010, 2025), month: int(rng, 1, 12) };
  const day = int(rng, 1, 28);
  const date = `${p.year}-${String(p.month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const parts = [`---\nsource: ${region.slice(0, 2)}日报\ndate: ${date}\nregion: ${region}\n---`];
  const articles = int(rng, 3, 8);
  for (let a = 0; a < articles; a++) {
    const r = rng() / FIGURE_ARTICLE_SHARE;
    if (r < 0.4) parts.push(...projectParagraphs(rng, p));
    else if (r < 0.8) parts.push(...tradeParagraphs(rng, p));
    else if (r < 1) parts.push(...quarterParagraphs(rng, p));
    else parts.push(...proseParagraphs(rng));
  }
  return `${parts.join("\n\n")}\n`;
}

export interface GeneratedCorpus {
  dir: string;
  files: number;
  bytes: number;
}

/**
 * Writes pages into `dir` (in sub-folders of 200 files, as a scraper would)
 * until `targetBytes` of UTF-8 text is reached. Deterministic for a seed.
 */
export function generateCorpus(dir: string, targetBytes: number, seed = 1): GeneratedCorpus {
  const rng = mulberry32(seed);
  let bytes = 0;
  let files = 0;
  while (bytes < targetBytes) {
    let text = "";
    // A page of 10–40 KB: several articles, as a real daily page.
    const size = int(rng, 10_000, 40_000);
    while (Buffer.byteLength(text) < size) text += page(rng);
    const sub = join(dir, `batch-${String(Math.floor(files / 200)).padStart(4, "0")}`);
    if (files % 200 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `page-${String(files).padStart(6, "0")}.txt`), text);
    bytes += Buffer.byteLength(text);
    files++;
  }
  return { dir, files, bytes };
}
