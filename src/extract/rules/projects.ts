import type { IndicatorId } from "../../schema/vocabulary";
import { isRegionName, isWithinRegion, scanRegionNames } from "../resolve/gazetteer";
import { FIVE_YEAR_SPAN, type PeriodContext, projectPeriod } from "../resolve/periods";
import { type RegionMentionHit, regionListBefore, spellOutWhole, subjectRegions } from "../resolve/regions";
import {
  ACTIVITY as ACTIVITY_FEATURE,
  COUNT as COUNT_FEATURE,
  PROJECT as PROJECT_FEATURE,
  textFeatures,
} from "../text/char-features";
import { execAll } from "../text/exec-all";
import { parseInteger } from "../text/numerals";
import { type Quantity, rankedAre, scanProjectCounts } from "../text/quantities";
import type { Sentence } from "../text/segment";
import { findAside } from "./aside";
import {
  boundBeforeExactList,
  charAfter,
  charBefore,
  clauseQuantities,
  ITEM_MARK,
  inPlanSection,
  listedPeriods,
  opensAims,
  periodsListedAlone,
  withoutPassed,
} from "./clauses";
import { countAt, placeBracketCounts, rankedPlaceCounts } from "./place-counts";
import { placesListedFirst, placesReferred, rememberPlaceList } from "./place-list";
import { headRegions } from "./subject";
import type { Candidate, Clause, ReadingState, SentenceRule } from "./types";

// “三个一批” project activities: counts of projects signed, started and put
// into production (or all together), with their investment and output.
// Not figures: subsets of a batch (等14个项目, 另有22个项目), thresholds
// (总投资10亿元以上项目1个), single projects' amounts, 完成投资, shares of the event.

// Stage words, alone or run together: 签约, 开工 (or 动工), 投产, 签约开工投产, 签约、开工、投产.
// 竣工投产 is one stage (producing); 开工竣工投产 and 开竣工 are two (the whole).
// 签下协议 / 签订协议 / 签署合同 are signing too (共有63个项目签下协议), and 签了 before a number (一共签了四十多个项目).
// Each may carry 一批 (签约一批、开工一批、投产一批项目共计62个) or 项目 before the next (签约项目、开工项目、投产项目),
// and 集中 (集中签约项目、集中开工项目、集中投产项目).
const STAGE_GROUP =
  /(?:签约|签(?:下|订|署)(?:了)?(?:投资|合作)?(?:协议|合同)|签了(?=[\d一二两三四五六七八九十近])|开工|动工|竣工投产|投产|竣工|开竣工)(?:一批[”"]?)?(?:(?:项目[、和与及或]|[、和与及或])?(?:集中)?[“"]?(?:签约|开工|动工|竣工投产|投产|竣工)(?:一批[”"]?)?)*/gu;
// Read on a group STAGE_GROUP found (签了 is one only before a number, which that checked).
const STAGE_WORD = /签约|签(?:下|订|署)(?:了)?(?:投资|合作)?(?:协议|合同)|签了|开工|动工|竣工投产|投产|竣工|开竣工/gu;
const STAGES: Record<string, IndicatorId> = {
  签约: "projects.signed",
  开工: "projects.started",
  动工: "projects.started",
  竣工投产: "projects.producing",
  投产: "projects.producing",
  竣工: "projects.producing",
  开竣工: "projects.total",
};
// Words that make a count the whole activity: 共推进项目58个, 共有项目54个, 累计推进项目53个.
// A post's line of the stages together (📌合计：项目25个，总投资101亿元): no part's.
const TOTAL_LINE = /^\P{Script=Han}{0,4}(?:合计|总计|共计)/u;
// A stage's label before its colon (✅签约一批：28个).
// Also the stage alone as a line's label (签约：28个，186.2亿元).
const BATCH_LABEL = /^[^\p{Script=Han}]*[“"]?(?:签约|开工|投产)(?:一批)?[”"]?$/u;
// Also 【签约一批】 ⏎ 共25个，总投资146.3亿元: the count alone opening the line under a stage's heading.
const BOXED_BATCH_COUNT =
  /^【(?:签约|开工|投产)一批】(?=(?:共计|共有|合计|总计|共)?[\d零〇一二两三四五六七八九十百千]+个$)/u;
const COUNT_CLAUSE_END = /^[^，。；]{0,8}?[：:]?\d+个$/u;
const BARE_CELL_COUNT = /^(?:共计|共有|合计|总计|共)?[\d零〇一二两三四五六七八九十百千]+个$/u;
const CELL_MEASURE = /(?<m>总投资)/u;
const TOTAL_MARK =
  /共推进|共推动|共有|共计|合计|总计|累计推进|(?:推进|推动|承接|实施)(?:重点|重大|[“"]三个一批[”"])?项目|涉及(?:重点|重大)?项目|(?:参加|参与)(?:活动的?)?(?:重点|重大)?项目|项目总数|共/u;
const ACTIVITY = /三个一批|签约|开工|动工|竣工|投产/u;
// A label of all the projects ending at its colon (共推进项目：86个, 项目总数：204个, 合计：104个项目).
const TOTAL_LABEL =
  /(?:^|[^签约开工动投产])(?:共推进|共推动|推进|共有|共计|合计|总计|参加活动的?)(?:重点|重大)?项目(?:数|总数|个数|数量)?$|^[^\p{Script=Han}]*(?:项目总数|合计|总计|共计)$/u;
// A clause naming one stage as its batch, alone (一是签约一批, （二）“开工一批”).
const STAGE_ONE_BATCH =
  /^(?:[一二三四五六]是|[（(][一二三四五六][）)]|[一二三四五六]、)?[“"]?(?:签约|开工|动工|投产)一批[”"]?$/u;
// The whole activity's count with no stage word (全市共推进项目58个, 本次共推进项目61个,
// 本期活动共有2617个项目参加, 全省共2486个项目): read only in an article that has named a
// project activity before.
// A count right after its stage word, without 项目 (a table row: 哈尔滨市    开工142个    总投资624.7亿元).
// Or the stages of a total just read: 推进项目14个，其中签约5个、开工6个、投产3个.
// Also the stage by its campaign name (签约一批6个, “签约一批”41个).
const STAGE_COUNT = /(?:签约|开工|动工|投产)(?:一批[”"]?)?(?<num>\d+|[一二两三四五六七八九十百千]+)个(?![月年])/gu;
// 28个项目总投资191.6亿元 / 我市本期64个项目总投资367.4亿元 opening a sentence: the batch's projects, all of them.
const COUNT_THEN_TOTAL =
  /^(?:本期|本次|此次|本批)?(?:全市|我市|本市|全县|我县|全区|我区|全省|我省|\p{Script=Han}{1,6}?[市县区])?(?:本期|本次|此次|本批)?(?:共有|共)?[\d零〇一二三四五六七八九十百千两]+个(?:重点|重大)?项目(?:的)?(?:计划)?(?:总投资|投资总额)/u;
const ACTIVITY_TOTAL = new RegExp(
  String.raw`(?:推进|推动|承接|实施)(?:重点|重大|[“"]三个一批[”"]|三类|三批)?项目|(?:参与|参加)(?:(?:本期|本次|此次|这次|本批)?活动的?)?(?:重点|重大)?项目(?:有|共|共有)?[\d零〇一二三四五六七八九十百千两]|(?:参与|参加)(?:(?:本期|本次|此次|这次|本批)?活动的?)?(?:重点|重大)?项目(?:分别为|分别是|依次为|依次是)|(?:本期|本次|此次|本批)(?:活动[，,]?(?:全市|全县|全区|全省|我市|我县|我区|我省)?)?(?:重点|重大)?项目(?:总投资|投资总额)|(?:共有|共计|合计|总计|共推出)(?:重点|重大|三类|三批)?项目[\d零〇一二三四五六七八九十百千两]|(?:分别|依次)(?:有|为)?(?:重点|重大)?项目[\d零〇一二三四五六七八九十百千两]|(?:本次|此次|本期)活动的?[\d零〇一二三四五六七八九十百千两]+个(?:重点|重大)?项目|(?:参与|参加)项目(?:数量|个数|数)|项目(?:数量|个数|数)(?:位?居|排|最多)|项目(?:数量|个数|数)(?:分别|依次)(?:为|是|有|达)?[\d零〇一二三四五六七八九十百千两]|项目(?:数量|个数|总数|数)占|项目(?:数量|个数|总数|数)(?:和|、|及)(?:总投资|投资额|投资总额)(?:分别)?占|项目总投资(?:位?居|排名?)|(?:^|[，,])(?:总投资|投资总额|投资额)(?:位?居|排名?|排在|位列)(?:全省|全市)?(?:前[\d二两三四五六七八九十]|第[\d一二两三四五六七八九十]+[、和至到])|(?:三批|三类)项目的?(?:合计|共计|总计)?(?:计划)?(?:总投资|投资额)|项目总数|项目(?:共计|合计|总计|共有|共)[\d零〇一二三四五六七八九十百千两]|共?涉及(?:重点|重大)?项目[\d零〇一二三四五六七八九十百千两]|(?:共有|共计|合计|总计|共)[：:]?[\d零〇一二三四五六七八九十百千两]+个(?:重点|重大)?项目|(?:一共|总共|共涉及|共推出|共推进|共推动|共实施|共承接)[^，。；]{0,6}?[\d零〇一二三四五六七八九十百千两]+个(?:重点|重大)?项目|[\d零〇一二三四五六七八九十百千两]+个(?:重点|重大)?项目(?:集中|同步|同时|一同)?(?:参加|参与|亮相)了?(?:(?:本次|此次|本期|这次)?(?:集中)?活动|[，,。]|$)|分会场[，,][\d零〇一二三四五六七八九十百千两]+个(?:重点|重大)?项目(?:的)?(?:计划)?(?:总投资|投资总额)|^[^，。；]{0,8}?[\d零〇一二三四五六七八九十百千两]+个(?:重点|重大)?项目中[，,]|(?:落户|落地|落在)[^，。；]{2,24}?的(?:重点|重大)?项目[\d零〇一二三四五六七八九十百千两]|(?:开发区|园区|示范区|新区|集聚区)(?:内|内的|的)?(?:承载了?|落地|入驻|共有|有)?(?:重点|重大)?项目[\d零〇一二三四五六七八九十百千两]+个|[\d零〇一二三四五六七八九十百千两]+个(?:重点|重大)?项目(?:落户|落地|落在|位于)|(?:位于|落户|落地|落在)[^，。；]{2,24}?的有[\d零〇一二三四五六七八九十百千两]+个|${COUNT_THEN_TOTAL.source}`,
  "u",
);
// Measure words before an amount. Accepted shapes: 总投资59.91亿元, 签约投资额29.88亿元, 计划总投资24.57亿元,
// 协议总投资约68亿元, 签约总额超过180亿元, 预计年产值931亿元, 达产后预计新增年产值60多亿元, 总投资达270亿元, 投产后年营业收入41.6亿元,
// 金额68.9亿元 (after a stage's count: 签约12个项目，金额68.9亿元).
const MEASURE =
  /(?<m>签约投资额|签约总金额|签约总额|签约金额|签约资金|协议总额|协议资金|合同资金|签约额|合同总金额|合同总额|合同金额|合同额|协议金额|投资总额|总投资额|投资额|计划总投资|协议总投资|协议投资额|协议投资|协议引资额|协议引资|引资额|引资|总投资|投资|年产值|产值|年营业收入|年销售收入|年主营业务收入|年营收|项目金额|(?<!\p{Script=Han})金额)(?:分别|依次|均|各|达到|达|约|逾|为|超过|超|近|可达|将达|共计|合计|预计|有望|可|将|是|却|则|也|仍)*\s*$/u;
// A measure with a round amount in words (总投资突破千亿元) and the exact amount in the next clause (达1036.8亿元).
const ROUND_AMOUNT_BEFORE =
  /(?<m>投资总额|总投资额|总投资|年产值)(?:突破|超过|超|逾|近|约|达到|达)[千百十两一二三四五六七八九]+(?:多|余)?(?:万亿|亿)元$/u;
const AMOUNT_GOES_ON = /^(?:达到|达|为|共计|合计|计)$/u;
// Also 完成固定资产投资 (investment done, a statistic of its own).
// Also an average (项目平均投资额达5.9亿元) and one company's projects (这家企业的投产项目总投资8.8亿元).
const NOT_BATCH_MONEY =
  /(?:完成|年度|年内|今年|全年|本年|当年|已|累计完成)(?:计划)?(?:固定资产)?$|固定资产$|平均$|(?:企业|公司|集团)的?(?:签约|开工|动工|投产)?(?:项目)?$/u;
// A named single project before 总投资: 高性能纤维新材料产业项目总投资100亿元 (not 38个项目总投资).
const SINGLE_PROJECT =
  /(?:[^个批点大类些述等”"\d](?<!签约|开工|动工|投产|重点|重大|本期|本次|此次|本批|全部|所有|签约的|开工的|动工的|投产的|全市|全县|全区|全省|我市|我县|我区|我省)项目|该项目|这一项目|此项目|(?:生产线|产业园|产业基地|工厂)(?=[（(]))[（(]?(?:总投资|投资|计划总投资)[^，；]*$|(?:单个|单体|单一)项目[^，；]*$|单体投资[^，；]*$|(?<![\d十百千])一个(?:总投资|投资)[^，；]*$|最大(?:的)?(?:单个项目)?投资额|投资额最大/u;
const RESPECTIVELY = /分别|依次|对应/u;
// 项目全部建成后预计年产值…: the output of all the projects again, after a kind's count.
const WHOLE_AFTER = /^(?:这些|上述)?(?:项目)?全部(?:建成|达产|投产|竣工)(?:投产|达产)?后/u;
const INVOLVED_BEFORE = /^(?:共|共计)?涉及$/u;
const RESPECTIVE_BEFORE = /(?:分别|依次)(?:有|为|是)?$/u;
const MEASURE_AFTER_DASH =
  /^\s*[—－-]{1,2}\s*(?:这|这是|是|即)[^，。；]{0,20}?的?(?<m>总投资额|总投资|签约总额|签约金额|协议投资额|投资额|年产值|产值)/u;
const THIS_EVENT_BEFORE = /(?:本次|此次|本期|本批次?)(?:活动|集中[^，。；]{0,6})?(?:共|共有)?$/u;
const EACH_BEFORE = /(?:各|均)(?:为|有|是|达到|达)?$/u;
// 总投资均超过40亿元, 投资额各为5亿元: one amount for each of the places listed before.
const EACH_AMOUNT = /(?:均|各)(?:为|是|达到|达|在)?$/u;
const EACH_AFTER = /^项目(?:数量|个数)?(?:各|均)/u;
// What stands between a count and the place its projects went to (个开工项目落在, 个落户).
const LANDED_IN =
  /^(?:集中)?(?:签约|开工|动工|投产|竣工投产)?(?:重点|重大|产业|招商)?(?:项目)?(?:集中|全部|均|将)?(?:落户|落地|落在|位于|选址|布局)(?:于|在|到)?/u;
// 签约项目中，有15个落户沈抚改革创新示范区: one count without 项目, before the place it went to.
const COUNT_BEFORE_PLACE =
  /^(?:有)?(?<num>\d+|[零〇一二两三四五六七八九十百千]+)个(?=(?:落户|落地|落在|位于|选址|布局)(?:于|在|到)?\p{Script=Han})/u;
const PLACE_REMARK = /^(?!场|.*(?:委|局|政府|举行|召开|活动|会场))\p{Script=Han}{2,6}$/u;
// What may lead a list's item before its place (◆夷陵区：, 📍禅城区：).
const POINT_MARK = new RegExp(`^${ITEM_MARK}$`, "u");
const KIND_POINT =
  /^[^\p{Script=Han}]*(?!重点|重大|本次|此次|本期|全市|全区|全县|全省|共|推进|推动|承接|实施|参与|参加|涉及)\p{Script=Han}{2,8}$/u;
// Also a place's projects counted after their noun (其中，原平经济技术开发区项目9个).
const SUBTOTAL_SENTENCE =
  /^其中[，,]?[^，。；]{2,16}?(?:[\d零〇一二两三四五六七八九十百千]+个(?:重点|重大)?项目|[区县市]的?项目[\d零〇一二两三四五六七八九十百千]+个)/u;
const EMOJI_LEAD = /^\p{Extended_Pictographic}/u;
// Also a sentence opened by the measure it lists (总投资方面，长春市528.3亿元、…).
const MEASURE_POINT =
  /^[^\p{Script=Han}\d]{0,3}(?:总投资|投资总额|协议总投资|协议投资|签约金额|签约总额|年产值)(?:[：:]|方面[，,])/u;
const MEASURE_OPENING =
  /^(?:计划|协议)?(?:总投资|投资总额)额?(?:为|达到?|约|超过?|逾|近)?[\d零〇一二三四五六七八九十百千两]/u;
// Also 各地开工项目分别为：旌阳区21个、…: the label says the places follow, each with its own.
const STAGE_LABEL = /(?:签约|开工|动工|投产)(?:项目)?(?:数|个数|情况)?(?:分别为|分别是|依次为)?$/u;
// Also 落地孝义经开区的项目18个: the projects that went to the place, counted.
const LANDED_FIRST = /^(?:落户|落地|落在|位于|分布在)[^，。；]{2,24}?的(?:有|为|是|(?:重点|重大)?项目)/u;
const COUNT_AFTER_PLACE =
  /^(?:落户|落地|落在|位于|分布在)[^，。；]{2,24}?的(?:有|为|是)(?<num>\d+|[零〇一二两三四五六七八九十百千]+)个(?![^，；]*项目)/u;
// Also 全市60个项目集中亮相，总投资252.35亿元: the verb closing its clause.
const JOINED_EVENT_AFTER =
  /^(?:重点|重大)?项目(?:集中|同步|同时|一同)?(?:参加|参与|亮相)了?(?:(?:本次|此次|本期|这次)?(?:集中)?活动|。?$)/u;
const EACH_BARE_COUNT = /[、和及与]\p{Script=Han}{2,12}各(?:有|为)?(?<num>\d+|[一二两三四五六七八九十]+)个。?$/u;
const PERIOD_BARE_COUNT =
  /^(?:第?[一二三四1-4]季度|(?:\d{1,2}|[一二三四五六七八九十]{1,2})月份?|上半年|下半年)(?:共|有|为)?(?<num>\d+|[一二两三四五六七八九十百]+)个(?![^，；]*项目)/u;
const THIS_BATCH_END = /(?:本期|本次|此次|本批次?|此批)$/u;
const EACH_PLACE_END = /(?:^|[^、和及与])(?:各|均)(?:有|为)?$/u;
// 14个项目进行了现场签约, 6个重点项目进行了现场签约, 12个项目在主会场集中签约, 另外10个项目在各镇街分会场签约: the projects signed on
// stage or at one venue (but 共有10个项目进行了现场签约 is all of them, and so are those at 主会场和各分会场).
const ON_STAGE_AFTER =
  /^(?:(?:签约|开工|投产)?(?:重点|重大|代表性?)?项目)?[^，。；]{0,6}(?:现场|主会场(?![和及与、])|(?<!主会场[和及与、]各?)分会场)/u;
// What stands between a count and the stage it is of (28个项目现场签约, 12个重点项目进行了集中签约).
const STAGE_BEFORE_NOUN = /^(?:签约|开工|动工|投产|竣工)(?:一批)?[”"]?(?:重点|重大)?项目/u;
const OWN_STAGE_BETWEEN = /^(?:重点|重大|产业)?项目(?:已|均|顺利|正式)?(?:现场|集中|进行了?|分批)*(?:集中)?$/u;
// Also at a sub-venue (分会场上，榆次区3个项目进行了现场签约), not a city's own event held at one.
const AT_A_VENUE = /主会场|分会场上/u;
// 横琴粤澳深度合作区同步设立分会场: where a venue was, not what the figures after are about.
const VENUE_SET_UP = /^[^在，。；]*(?:设立|设置|设有|设)了?[^，。；]{0,4}分会场。?$/u;
// 本次签约项目中，现场签约项目12个: on stage, out of the projects counted before.
// 高平市同步设立分会场，该市本次签约项目6个: the place that set up a venue, its own figures next.
const JOINED_EVENT_BEFORE = /(?:参加|参与)(?:本期|本次|此次|这次|本批)?(?:活动)?的(?:重点|重大)?$/u;
const PROGRESSED_AFTER = /^(?:签约|开工)的?(?:重点|重大)?项目(?:已经|已)?(?:实现|完成)?(?:开工|投产|落地|竣工)/u;
// Also 山西综改示范区单独设立分会场，推进项目36个: a place's venue, its figures right after.
const VENUE_THEN_OWN = /分会场[，,](?:该[市县区]|(?:共|集中)?(?:推进|签约|开工|投产)项目)/u;
// Also counted (滁州、安庆、宿州三个分会场).
const VENUES_END = /(?:[两二三四五六七八九十\d]+个)?(?:分会场|主会场|会场)(?=(?:分别|均|各)?$)/u;
const VENUE_AT = /^[^，。；在]{2,12}在[^，。；]{2,24}(?:设立|设置|设)了?[^，。；]{0,4}分会场$/u;
// 我市主会场设在山西转型综合改革示范区: the place whose venue it is, not the venue.
const VENUE_SET_IN = /^[^，。；在]{2,12}(?:主会场|分会场|会场)(?:设在|设于|位于)[^，。；]{2,40}$/u;
const PART_OF_STAGE_BEFORE = /项目中/u;
const HOLDS_EVENT = /^[^，。；]{2,12}?(?:举行|举办|召开)了?(?:全省|全市)[^，。；]*?(?:活动|仪式)/u;
const IN_EVENT = /^[^，。；在]{2,12}在[^，。；]{2,30}?(?:活动|大会|仪式)中/u;
const BASE_WORDS = "(?:而|在)?(?:去年|上年|上一年)(?:同期|同次|第[一二三四五六七八九十\\d]+次)";
// Also a clause opening on a batch before compared with (比第一次活动时的49个项目、112.4亿元分别增加…).
const BASE_LEVEL = new RegExp(
  `^${BASE_WORDS}|^(?:与|和|同)[^，。；]{2,40}相比$|^(?:比|较)(?:上一?|第[一二三四五六七八九十\\d]+|首)[次期批][^，。；（(]{0,8}?的`,
  "u",
);
// The base alone in its clause (上年同期，).
const BASE_ALONE = new RegExp(`^${BASE_WORDS}$`, "u");
const DIFFERENCE_LIST_BEFORE = /(?:比|较)[^，。；]{0,12}(?:分别|依次)(?:增加|减少|多|少|新增)[^，。；]*$/u;
const PROJECT_PEOPLE_AFTER = /^(?:重点|重大)?项目(?:负责人|代表|方代表|业主代表|单位代表)/u;
// 本次多开工项目23个, 比上次增加15个: a difference between two batches.
const DIFFERENCE_BEFORE = /(?:多出?|少|增加|减少|新增了?)(?:签约|开工|动工|投产)?(?:项目)?$/u;
// Places among the first N (位居前三, 排名前5位).
const TOP_N = String.raw`(?:位居|居|排名?|位列)前[\d一二三四五六七八九十]+(?:位|名)?`;
const RANKED_AFTER_PLACES = new RegExp(`${TOP_N}。?$`, "u");
// Several places counted, then their figures summed (三市合计, 五家开发区合计); `measure`: the word after the number.
const placesSummed = (measure: string): string =>
  String.raw`^(?:[两二三四五六七八九十]|\d{1,2})${measure}(?:开发区|园区|县（市、区）|县市区|县区|市|县|区|地)(?:合计|共计|总计|累计|一共|共)`;
const POOLED_SHARE = new RegExp(`${placesSummed("个?")}占`, "u");
const PLACES_CLOSE = /(?:的是|的分别是|的分别为|依次是|依次为)[^，；的。]{4,}[。]?$/u;
// What follows a place that opens a sentence as its subject: a verb, not a noun it qualifies (我市项目, 全省“三个一批”).
const OPENS_WITH_SUBJECT =
  /^(?:则|也|还)?(?:依托|依靠|凭借|借助|立足|发挥|紧盯|紧扣|聚焦|围绕|坚持|持续|继续|积极|全力|大力|着力|扎实|不断|加快|加速|深入|狠抓|抢抓|以|把|将|在|通过|按照|牢牢|始终|今年|本次|此次|共|累计|表现|成效|亮点|(?:仍然|仍|依然|继续)?(?:是|成为)[^，。；]{0,12}(?:主阵地|主战场|主引擎|主力军|排头兵|领头羊|龙头))/u;
// 签约金额, 签约额: a stage word that is part of an amount's measure.
const STAGE_AS_MEASURE = /^(?:金额|总额|额|资金|投资)/u;
const STAGED_NAMED_PROJECT =
  /^(?:现场|集中)?(?:签约|开工|动工|投产)的(?![\d零〇一二两三四五六七八九十百千]+个)[^，。；、\d]{2,16}项目/u;
const ON_STAGE_BEFORE = /现场(?:集中)?(?:签约|开工|动工|投产)的(?:重点|重大)?(?:项目)?(?:有|为|是|共)?$/u;
const STAGE_BEFORE_AMOUNT = /(?:^|[、，,])(?:签约|开工|动工|投产)(?:项目)?$/u;
const WHOLE_PROJECTS_NAMED = /[“"]?三个一批[”"]?项目|(?:共有|共|本次|本期|此次)[^，。；]{0,4}项目\d/u;
const OWN_PART = /^其中[，,]?(?:我|本)(?:市|县|区|省)/u;
const KIND_AMOUNT_AFTER = /^[、，,]?(?:总投资|计划总投资|投资额|签约金额|签约额|协议投资|合同金额|金额)/u;
const AREA_FRAME =
  /^(?:从|按|分)(?:区域|地域|县区|县（[市区]、[市区]）|县市区|属地|园区|开发区|平台|载体|板块)(?:分布)?(?:来)?看$/u;
const SHORT_MODIFIER = /^[^，。；\d]{2,8}的$/u;
const PLACE_FRAME = /^从(?<place>\p{Script=Han}{2,8}?)(?:范围)?来?看$/u;
const VENUE_WORD = /^(?:主会场|分会场|会场)$/u;
const LOOK_OVER = /^(?:放眼|纵观|综观|纵览|环视)$/u;
// Also after a note on its name (山西综改示范区（以下简称综改区）作为主会场).
const LEAD_LABEL = /^(?:【[^】]{1,12}】|[^\p{Script=Han}\d\p{L}]{1,3})$/u;
// Also what the place remains, before a colon (航空港区仍是全市项目建设的“主引擎”：签约项目14个…).
const REMAINS_WORDS = "(?:仍然|仍|依然|继续)?(?:是|成为)";
const REMAINS = new RegExp(`^[^，。；]{2,12}?${REMAINS_WORDS}[^，。；]{2,20}$`, "u");
// 巩义经济技术开发区是本期项目的“主阵地”: a place named by its role in the batch.
const ROLE_IS_WORDS = `是[^，。；、]{0,12}?[“"]?(?:主阵地|主战场|主力军|主引擎|排头兵|领头羊|重头戏|主会场)[”"]?`;
const ROLE_IS = new RegExp(`${ROLE_IS_WORDS}$`, "u");
const TOPIC_ROLE = new RegExp(
  `^(?:[（(](?:以下简称|下称|简称)[^）)]{1,10}[）)])?(?:作为[^，。；、]{1,20}|${ROLE_IS_WORDS}|${REMAINS_WORDS}[^，。；、：]{2,20})$`,
  "u",
);
const MODIFIED_PLACE = /^在[^，。；]{4,40}的[^，。；的]{2,12}$/u;
// Any modifier before a place closing the clause (龙头企业扎堆的绵阳高新技术产业开发区，三季度集中开工项目18个).
const MODIFIER_THEN_PLACE = /^[^，。；]{2,40}的[^，。；的]{2,16}$/u;
const MOST_IS = /(?:最多|最高|最大|居首|第一)的是[^，。；、的]{2,12}$/u;
// Not a count of projects (总投资3985亿元的712个项目集中签约): the amount of all of them.
const ONE_PROJECT_AFTER = /^的(?!项目)(?![\d零〇一二两三四五六七八九十百千]+个)[^，。；、]{2,24}项目/u;
// Figures summed over batches: 今年以来, 两次“三个一批”活动 (not 第二次), 两批累计集中签约, 历次活动.
const OTHER_STATISTIC_BEFORE =
  /(?:入库|储备|新建|续建|在建|谋划|前期|固定资产投资|备案|审批)的?(?:项目(?:数量|数)?(?:为|达到?|有)?)?$/u;
const RANKING_COLON = new RegExp(`${TOP_N}的?(?:依次|分别)?(?:是|为)$`, "u");
// Only with its measure word (五家开发区合计推进项目113个): 三市合计占… is a pooled share, and a sum's clause would
// leave the rest of its sentence (…；签约投资额居前三位的分别是…) a part.
const PLACES_COUNTED_SUMMED = new RegExp(placesSummed("(?:家|个)"), "u");
const POOL_BEFORE = /项目库的?(?:项目)?(?:数量|总数)?(?:共有|共计|共|为|达到?|有)?$/u;
const MONTHS_NAMED = /月|季度|半年/u;
// Not a batch's figure set against the earlier ones (开工项目71个，为历次活动最多).
const OVER_BATCHES =
  /(?:今年|本年|年初)以来|(?<![第一二三四五六七八九十\d])(?:两|[二三四五六七八九十]|\d{1,2})[次批][^，。；\d]{0,12}?(?:活动|集中)|历次(?![^，。；]{0,6}(?:最多|最高|之最|新高|之首))/u;
// A sentence opening a breakdown of its own (从投资规模看，).
const FRAME_OPENING = /^(?:从|按)[^，。；]{1,10}(?:看|来看)[，,]/u;
const NAMED_BATCH = /第(?:\d{1,2}|[一二三四五六七八九十]{1,3})[次期批]/gu;
const SUMMED_AFTER_BATCH = /累计|合计|共计|总计|(?:两|[二三四五六七八九十])[次批期]/u;
// Projects named as part of the batch without a count: 部分项目现场签约，总投资30亿元.
// Also the rest counted (其余19个投产项目分布在另外三个区).
// Also named before it (祁县、灵石、寿阳等其余开发区合计推进项目13个).
// Also a table's row labelled 其他 alone (其他\t\t39\t\t224.3).
const REMAINDER =
  /^(?:[^，。；\d]{2,30}?等)?(?:其余|其他|其它|剩余)(?:各)?(?:县市区|县区|县市|市县|区县|市州|州市|地市|县|区|市|州|园区|开发区|地区)|^(?:其余|其他|其它|剩余)的?[\d一二两三四五六七八九十百千]+个|^(?:其余|其他|其它)[\t ]/u;
// Towns and subdistricts (庄寨镇、普连集镇等乡镇共承接项目15个, 荫城镇、八义镇各有2个…项目): places below a county, which no
// region code names, not the county they are in.
// Also a county's town, then the count of its projects (盐湖区龙居镇3个农产品加工项目同步开工).
const TOWNSHIPS =
  /^(?:其中[，,]?)?(?:\p{Script=Han}{1,6}?(?:县|区|市|旗))?(?<first>\p{Script=Han}{1,5}?(?:镇|乡|街道))[、和及与]?(?:\p{Script=Han}{1,5}(?:镇|乡|街道)[、和及与]?)*(?:等(?:\d+|[一二两三四五六七八九十]+)?个?(?:乡镇|镇街|镇|乡|街道)(?:[（(](?:街道|镇街|乡镇)[）)])?)?(?:(?:共|合计|分别|各)?(?:承接|落地|签约|开工|投产|有|实施|推进|集中)|的?(?:\d+|[一二两三四五六七八九十]+)个[^，。；、\d]{0,10}项目)/u;
/** Whether a clause opens with towns (TOWNSHIPS) and not with a city or county whose name ends so (新乡签约项目41个). */
function opensWithTownships(text: string): boolean {
  const first = TOWNSHIPS.exec(text)?.groups?.first;
  return first !== undefined && !isRegionName(first);
}
// 东风汽车集团新能源整车项目在襄阳开工，总投资120亿元: one company's project, its own amount next.
const COMPANY_PROJECT = /(?:集团|公司)[^，。；、]{1,20}项目(?:在[^，。；、]{1,10})?(?:开工|签约|投产|落地|开建)/u;
// 该项目为我市第五期“三个一批”投产项目，达产后年产值可达30亿元: the project just named, its own figures.
// Also one plant, firm or project after 其中 (其中该工厂达产后可实现年销售收入20亿元以上, 其中单体规模最大的项目…,
// 其中某新材料公司高纯钼靶材项目…), and a phase of one project
// (项目一期计划明年6月投产，全部建成后可实现年销售收入80亿元).
// Also projects named before 等 (比亚迪二期、某智能终端扩产等项目建成后将新增年产值…): those, not the batch.
const THIS_PROJECT =
  /^(?:其中[，,]?)?(?:(?:该|这一|这个|此)(?:项目|工厂|企业|基地|生产线)|(?:一家|某)[^，。；、]{1,16}?(?:企业|公司|工厂|项目)|[^，。；、]{0,8}?(?:单个|单体|单一)[^，。；、]{0,8}?项目|项目[一二三]期|[^，。；]{2,24}?等(?:重点|重大)?项目(?=建成|投产|达产))/u;
// 一个稀土永磁电机项目现场开工，项目总投资36亿元: one project, its own amount next (一个年产10万吨特种纸项目).
const ONE_NAMED_PROJECT = /(?:^|[^\d一二两三四五六七八九十百千])一个[^，。；、]{3,14}项目/u;
// 单体投资最大的榆次区年产5万吨锂电负极材料项目, 一个位于祁县的…项目: one project and where it lies.
const ONE_PROJECT_NAMED =
  /(?:单个|单体|单一)(?:项目|投资)|(?:^|[^\d一二两三四五六七八九十百千])一个[^，。；、\d]{2,16}项目/u;
const PART_OF_BATCH = /(?:部分|代表性?)(?:重点|重大)?项目/u;
// 其中，省级开发区签约项目412个: the zones' part of a province's or city's batch, no place of its own.
const ZONES_PART = /^其中[，,]?(?:全省|全市)?(?:省级|国家级)(?:经济)?(?:开发区|园区|产业园区)/u;
// A target, not a result: 全年计划集中开工项目1000个以上, 力争全年新开工重大项目300个以上, 全年签约投资有望突破2000亿元,
// 第四季度还将集中签约项目30个以上
// (but 年产值有望达到40亿元左右 is the output expected, as every output is).
// So are the year's planned projects (今年全市共安排市级重点项目500个), and the list of key projects
// (列入省市重点建设项目共298个).
const PLAN =
  /计划(?:集中)?新?(?:签约|开工|动工|投产|引进|实施|推进)|谋划(?:实施|推进)?|统筹推进|(?:还|也|又|即|拟)?将(?:要|集中|陆续|统一)?(?:签约|开工|动工|投产)|力争|争取|目标(?:是|为)|(?<!产值)有望|(?:今年|全年|年内|年度)[^，；。]{0,6}安排[^，；。]{0,8}项目|列入[^，；。]{0,8}(?:重点|重大)(?:建设)?项目/u;
const ANY_STAGE = /签约|开工|动工|投产/u;
const YEAR_PLAN = /项目[\d零〇一二两三四五六七八九十百千]+[个项][，,](?:年度|全年|今年)(?:计划|预计)?(?:完成)?投资/u;
const PLAN_LEAD = /^(?:按|根据|依据|按照)(?:计划|安排|部署|工作安排|计划安排)$/u;
// Also a size in words (超百亿元项目2个): projects above a size are a part.
const THRESHOLD =
  /(?:元|美元)以上的?(?:[^，。；、\d]{0,4}项目|有)|以上项目|以下项目|(?:超|过|逾)(?:[十百千]|\d+(?:\.\d+)?)[亿万]元(?:以上)?的?(?:重大|重点)?(?:项目|有)/u;
// A clause naming projects counted (8个签约项目中) and the next opening with a count of them.
const COUNTED_BEFORE = /[\d零〇一二三四五六七八九十百千两]+个[^，。；]{0,8}项目中$/u;
// Not places' shares of them (25个签约项目中，9个、7个、5个分别落地晋中经济技术开发区…).
const SOME_OF_COUNTED =
  /^(?:有|仅有|共有)?[\d零〇一二三四五六七八九十百千两]+个(?![^，。；]*(?:、|分别|落地|落户|位于|分布))/u;
// A clause ending with one named project (总投资最大的为…产业园项目，总投资25亿元): the next amounts are its own.
const MAKES_PROJECT = /年产[^，。；、]{1,24}项目(?!中)/u;
const NAMED_PROJECT_STAGED =
  /(?<!签约|开工|动工|投产|重点|重大|集中|[个批点的”"\d])项目(?:日前|近日|近期|正式|顺利|今天|今日|昨天|昨日|当天|同步|同日|同时|随后|也)?(?:开工|动工|签约|投产|竣工)(?:建设|仪式)?。?$/u;
const KIND_OF_STAGE_BEFORE =
  /(?:签约|开工|动工|投产)的(?![省市县区]?重点|[省市县区]?重大|项目)[^，。；\d]{2,}(?:项目)?$/u;
const BATCH_OF_SIZE = /集中(?:签约|开工|动工|投产)(?:的)?亿元以上(?:重点|重大)?项目/u;
const INVESTOR_KIND_BEFORE = /(?:外资|外商投资|港资|澳资|台资|侨资|港澳台资?|境外|省外|央企|民营|国有)(?:企业)?的?$/u;
const COMPANY_BEFORE = /(?:集团|公司|企业)[^，。；\d]{0,8}?(?:有|的)?$/u;
const LEADING_MARK = /^[^\p{Script=Han}\d\p{L}]+/u;
const NAMED_PROJECT_END = /(?<!签约|开工|动工|投产|重点|重大|集中|[个批点的”"\d])项目$/u;
// A clause opening a breakdown of a stage's projects by kind (签约项目中，外资项目12个): what follows is a part.
// Or in the clause, before its figures: 开工项目中产业类项目41个.
// Not 从三类项目看 (the stages, each its own figures), nor 这批项目中签约项目10个 (the batch by stage).
const KIND_BREAKDOWN = /项目[中里](?!心|签约|开工|动工|投产)|^从(?![三两]类)[^，。；]{0,8}项目来?看/u;
// A sentence's frame of kinds of project: 按产业划分, 从产业看, 分行业来看. Not 分类别看
// (the stages are its categories: 分类别看，“签约一批”项目26个) nor 从投资规模看 (places ranked by it).
const KIND_FRAME = /^(?:按|从|分)(?:产业|行业|领域|性质)(?:类别|领域|分布)?(?:划分|来看|看|分)$/u;
const PLACE_BREAKDOWN = /(?:[县市区地]|园区)[）)]?项目中/u;
// A whole that names its place: 占全区开工项目总投资的15.3%, 占该市本次总投资的85.9%.
const WHOLE_PLACE = /^(?:全|我|该)(?:省|市|区|县|州|盟|国)/u;
const ACHIEVED = /实现|获得|享受|纳入|采用|[“"]/u;
// Also after 共 (从签约项目看，共签约项目28个: the stage's own count, not a kind's).
const STAGE_SUBJECT = /^(?:共|共计|合计|总计)?(?:签约|开工|动工|投产)的?(?:重点|重大)?项目(?!中)/u;
// The measures a ranking or a bound names before places' amounts (总投资居前三位的…, 总投资均超过200亿元).
const PLACES_MEASURE = "签约金额|签约额|合同金额|引资额|投资额|总投资|年产值|产值";
const BOUND_MEASURE = new RegExp(`(?<m>${PLACES_MEASURE})均(?:超过|超|突破|达到|在|逾)`, "u");
const MEASURE_ENDS = new RegExp(`(?<m>${PLACES_MEASURE})$`, "u");
const PLACES_PAST_BOUND =
  /(?:超过|超|突破|达到|达|在)[\d.]+(?:万亿|亿|万)?元(?:以上)?的(?:省辖市|设区市|地级市|地市|城市|市州|县市区|县（市、区）|县区|市|县|区|地区)?(?:还有|也有|有|是|为|包括)/u;
// A clause about the number of projects with its figure in the next clause: 开工项目数量居全省首位，达58个.
// Or a clause ending with the projects of a stage, their count starting the next (本次集中开工的项目，共计128个).
const COUNT_NAMED =
  /项目(?:数量|个数|数)(?!据)|项目数?(?:最多|较多|居多)$|(?:签约|开工|动工|投产)的?(?:重点|重大)?项目$/u;
// A sentence breaking the activity's projects down by place, no stage named (按属地分，…; 从区域分布看，…).
// Also 从县域分布看 before a list of places and their counts (介休市11个、灵石县9个).
const BY_COUNTY_FRAME = /^(?:从|按)县域(?:分布)?(?:看|来看)[，,：:]/u;
const PLACE_COUNTS_LISTED = /[，,：:]\p{Script=Han}{2,8}\d+个、\p{Script=Han}{2,8}\d+个/u;
// The words of a frame breaking the projects down by place (从参会项目的属地分布看, 分县（市、区）看).
const BY_PLACE_LEAD = "(?:参会|参加活动的?|本次|此次|本批|全部)?(?:项目)?的?";
const BY_PLACE_UNITS = "属地|区域|地域|县区|县（市、区）|县（市）区|县市区";
const BY_PLACE_FRAME = new RegExp(
  String.raw`^(?:从|按)${BY_PLACE_LEAD}(?:${BY_PLACE_UNITS})(?:分布)?(?:看|来看|分|划分)[，,：:]|^从项目分布(?:看|来看)[，,：:](?:[\d零〇一二两三四五六七八九十百千]+个项目中[，,])?\p{Script=Han}{2,12}(?:[、和]\p{Script=Han}{2,12})?(?:各)?\d+个`,
  "u",
);
const BY_PLACE_SPLIT = /^分(?:县区|区|区域|地区|县（市、区）|县（市）区|县市区)看[，,：:]/u;
// The frame as a heading over one line per place (分县（市）区看：).
const BY_PLACE_HEADING = new RegExp(
  `^(?:从|按|分)${BY_PLACE_LEAD}(?:${BY_PLACE_UNITS}|县（市）)(?:分布)?(?:看|来看|分|划分)[：:]$`,
  "u",
);
const FRAME_STAGE = /^从(?<st>签约|开工|动工|投产)项目(?:数量|个数|数)?来?看$/u;
const STAGE_BROKEN_DOWN = /^[^，。；]{0,12}?(?<st>签约|开工|动工|投产)的?(?:重点|重大)?项目中$/u;
// Also 参加活动的项目数.
// Also the label of a list of places' counts (各县（区、市）参加活动的项目分别为：榆次区13个、…).
const WHOLE_COUNTED = /(?:推进|推动|参与|参加|实施)(?:活动的?)?(?:重点|重大)?项目(?:数量|个数|数|分别为|依次为)/u;
// What the places did with the projects counted (参与项目数, 推进项目数量).
// Also 参加活动的项目分别为11个、9个、8个.
const COUNT_VERB_END = /(?:参与|参加|推进|推动|实施|谋划|储备|集中)(?:(?:本次|此次|本期)?活动的?)?$/u;
const SUM_AFTER_STAGES = /^(?:共计|合计|总计|共)/u;
// Counts listed for what the clause before named: 三市集中开工项目数位居前三，分别为68个、57个和41个.
// Also with the stage's verb (太原、晋中、长治三市签约项目数量居前，分别签约21个、16个和15个).
const RESPECTIVE_COUNTS =
  /^(?:分别|依次)(?<verb>签约|开工|动工|投产)?(?:为|是|达到|达|有)?(?<list>[\d零〇一二两三四五六七八九十百千]+个(?:[、和及与][\d零〇一二两三四五六七八九十百千]+个)+)(?![^，；]*项目)/u;
const AMOUNT_AFTER_RANK = /^(?:为|达到|达|是)$/u;
const RANKED_MEASURE_BEFORE =
  /(?<m>签约金额|签约额|合同金额|引资额|投资额|总投资|年产值|产值)(?:(?:分别)?(?:居|位居|排名|排)[^，；]{0,8}(?:首位|第[一二三四五六七八九十\d]+位?|前列)|最高|最多|最大)$/u;
const SHARE_WHOLE = /占[^，。；]*?的/gu;
const RESPECTIVE_HEAD = /^(?:分别|依次)(?:为|是|达到|达)?$/u;
// Places ranked: the top ones (居前三位的是), or some after the first (总投资居第二、三位的是芜湖市和滁州市).
const RANKED_ARE = rankedAre(
  "(?:前[\\d二两三四五六七八九十]+|第[\\d一二两三四五六七八九十]+(?:[、和至到]第?[\\d一二两三四五六七八九十]+)+)",
);
const RANKED_LIST_MEASURE = new RegExp(`(?<m>${PLACES_MEASURE})${RANKED_ARE}`, "u");
// Places, then the measure they rank top by (郑州、洛阳、南阳三市项目总投资居全省前三位), their amounts next.
// Also a stage's measure, ranked in turn (襄阳高新区、枣阳市、襄州区签约总投资分列前三位 / 分列第一至第三位).
const PLACES_RANKED_BY_AMOUNT = new RegExp(
  `(?:[两二三四五六七八九十]个?(?:市|县|区|地))?的?(?:(?:重点|重大)?项目(?:计划)?|签约|开工|投产)(?<m>${PLACES_MEASURE})(?:位居|居|排名?|位列|分列)(?:全省|全市|全区)?(?:前[\\d二两三四五六七八九十]+|第[一二三]至第[三四五六七八九十])(?:位|名)?$`,
  "u",
);
const EACH_OF_LIST = /各(?:有|为|是)/u;
const STAGES_SUMMED = /(?:合计|共计|总计)(?:达到?|为)?(?:约|近|超)?$/u;
const FORMER_IN = /前者/u;
// Also projects on stage named before their count (活动现场还有12个重点项目集中签约).
const WITNESSED_BEFORE = /见证(?:了)?$|(?:活动|签约)?现场(?:还|另)?有$/u;
const AMONG_AFTER = /^(?:重点|重大)?项目中(?:[，,]|$)/u;
const VENUE_BEFORE = /(?:主会场|分会场|现场)[^，。；\d]{0,8}的$/u;
// Also 为5个重点项目举行了集中开工仪式.
const CEREMONY_AFTER = /^(?:重点|重大|代表性?)?项目(?:举行了?)?的?(?:集中)?(?:签约|开工|动工|投产|开竣工)仪式/u;
// 其中10个项目在现场集中签约: of the projects just counted, those signed on the spot (not 共12个项目在现场集中签约,
// the place's whole signing).
const ON_THE_SPOT_AFTER =
  /^(?:重点|重大)?项目(?:在|于)(?:活动)?现场(?:集中|进行|举行)?了?(?:集中)?(?:签约|开工|动工|投产)/u;
const FORMER_LATTER_LEAD = /^(?<w>前者|后者)(?:为|是|达到?)?$/u;
const HEADLINE_COUNT_AMOUNT = /^[^，。；！]{0,8}?[\d零〇一二两三四五六七八九十百千]+个(?:重点|重大)?项目[、，,\s]$/u;
const SUM_LEAD = /^(?:合计|共计|总计|三者合计|累计)(?:总投资|计划总投资|投资总额)?(?:达到?|为)?(?:约|近|超)?\d/u;
// A county item's title by the county's short name (长垣：, 屯留：), not a list line (盂县：签约5个).
const ITEM_TITLE = /^\p{Script=Han}{2,3}(?<![县市区旗])[：:]/u;
const ITEM_TITLE_COUNT =
  /^\p{Script=Han}{2,3}(?<![县市区旗])[：:][\d一二两三四五六七八九十百]+个(?:重点|重大)?项目(?:总投资|计划总投资|投资)/u;
// Also a place's line after a colon (郑州市：346个项目，总投资2468亿元；), not a stage's label (开工一批：11个项目).
const PLACE_PROJECTS_ROW =
  /^[^\s\d\p{Script=Han}]*\p{Script=Han}{2,14}(?:[ \u3000]+项目[\d一二三四五六七八九十百]+个|(?<=[市县区旗州盟])[：:][\d一二三四五六七八九十百]+个(?:重点|重大)?项目(?![的中]))/u;
const THREE_BATCHES = /^(?:这|上述)?(?:三批|三类)项目的?(?:计划)?(?:总投资|投资额|投资)/u;
const THIS_EVENT_FRAME = /^(?:在)?(?:本期|本次|此次|这次|本批次?)(?:活动|集中活动)(?:中)?$/u;
const OWN_PROJECTS_HEAD =
  /^(?:全市|全县|全区|全省|我市|我县|我区|我省)?(?:参加|参与)?(?:活动的)?(?:重点|重大)?项目(?:计划)?$/u;
const ALL_PROJECTS_BEFORE = /(?:本期|本次|此次|本批|全部|所有)(?:活动)?(?:重点|重大)?项目$/u;
const WHOLE_STAGE_COUNT = /共(?:集中)?(?:签约|开工|动工|投产)[\d一二两三四五六七八九十百千]+个/u;
const RESPECTIVE_STAGE = /(?:分别|依次)(?:集中)?(?:签约|开工|动工|投产)[\d一二两三四五六七八九十百千]+个/u;
// Also 高平经济技术开发区内项目15个, 原平经济技术开发区承载项目10个, 云冈经开区落地项目9个.
const SECTOR_PROJECTS =
  /^(?![^，。；]*(?:推进|推动|实施|参加|参与|签约|开工|动工|投产|共|全[市县区省]|我[市县区省]|本[市县区省]))\p{Script=Han}{1,8}(?:产业|行业)(?:项目)?$/u;
// Also 河津经济技术开发区有项目13个.
const PLACE_THEN_COUNT = /^(?:内|内的|的|承载了?|落地的?|入驻的?)?(?:共有|拥有|有)?(?:重点|重大)?(?:项目)?$/u;
const PLACE_COUNT_BEFORE = /^(?<place>\p{Script=Han}{2,12}?)[\d一二两三四五六七八九十]+个[、，,]$/u;
const COUNT_IN_BRACKET_BEFORE = /[（(][\d一二两三四五六七八九十]+个[、，,]$/u;
const MAIN_VENUE_PART = /^(?:在|其中[，,]?)?主会场(?:上|内)?[^，。；\d]{0,8}$/u;
const TOTAL_AMOUNT_LEAD = /^(?:总投资|计划总投资|投资总额|总投资额)/u;
const STAGE_COUNT_THEN_AMOUNT =
  /^[^（(]*?(?:签约|开工|动工|投产)[\d一二两三四五六七八九十百千]+个[、，,]?(?:总投资|计划总投资|投资额|协议投资)/u;
// Also one place's counts of several stages (榆次区签约9个、开工8个、投产5个).
const PLACES_STAGE_COUNTS =
  /^\p{Script=Han}{2,12}(?:签约|开工|动工|投产)[\d一二两三四五六七八九十]+个(?:[、和及]\p{Script=Han}{0,12}(?:签约|开工|动工|投产)[\d一二两三四五六七八九十]+个)*。?$/u;
// Also several stages' counts in one clause (签约5个、开工7个、投产4个).
const STAGE_COUNT_CLAUSE =
  /^[“"]?(?:集中)?(?:签约|开工|动工|投产)(?:一批[”"]?)?[\d一二两三四五六七八九十百千]+个(?:[、和及](?:签约|开工|动工|投产)[\d一二两三四五六七八九十百千]+个)*$/u;
// 分别 right before a stage's first count (分别签约8个、5个; 分别集中开工131个和97个).
const RESPECTIVE_LIST_BEFORE = /(?:分别|依次)(?:有|为|是|集中)?$/u;
const STAGES_THEN_COUNTS =
  /^(?:其中[，,]?)?(?:签约|开工|动工|投产)(?:[、和及与](?:签约|开工|动工|投产))+(?:分别|依次)(?:为|是|有|达到?)?(?<list>(?:\d+|[一二两三四五六七八九十百]+)个(?:[、和及与](?:\d+|[一二两三四五六七八九十百]+)个)+)/u;
const COUNT_BROKEN_DOWN = /^(?:重点|重大)?项目[中里]$/u;
const STAGE_OPENS = /^(?:签约|开工|动工|投产)/u;
// 签约项目中，12个、9个、7个分别落户蓬江区、新会区和台山市: counts without 项目 before the places they went to.
// Also after the stage or 有 (投产项目则有6个、4个分别落在…; 有12个、9个分别位于…).
const COUNTS_BEFORE_PLACES =
  /^(?:(?:(?:签约|开工|动工|投产)(?:的)?(?:项目)?)?(?:则|中)?(?:共有|有))?(?<list>[\d零〇一二两三四五六七八九十百千]+个(?:[、和及与][\d零〇一二两三四五六七八九十百千]+个)+)(?=(?:分别|依次)(?:落户|落地|落在|位于|分布在|分布于|来自))/u;
const BARE_COUNT =
  /^(?:共计|共有|合计|总计|共|有|达到|达|为|计)*(?<num>\d+|[零〇一二两三四五六七八九十百千]+)个(?![^，；]*项目)/u;
// Sectors: 涉及电子信息、先进材料、食品加工、生物医药等多个领域.
const SECTORS =
  /(?:涉及|集中在|覆盖|分布在|分布于|聚焦|主要为|主要涉及|主要分布在|以)(?<list>[^。；]{2,120}?)等?(?:多个|重点)?(?:产业|行业领域|领域|行业|产业领域)/u;

/** The stage a stage word names (签下协议 is 签约's). */
function stageWord(w: string): IndicatorId | undefined {
  return STAGES[w] ?? (w.startsWith("签") ? "projects.signed" : undefined);
}

function stageOf(group: string): IndicatorId {
  const kinds = new Set((group.match(STAGE_WORD) ?? []).map(stageWord));
  if (kinds.size > 1) return "projects.total";
  return [...kinds][0] ?? "projects.total";
}

interface Stage {
  start: number;
  end: number;
  indicator: IndicatorId;
}

/** The last of `items` (in order of position) ending at or before `at`; a loop, not filter().at(-1), which
 * allocates and, given empty and full arrays by turns, made V8 re-optimise the rule reading them. */
function lastEndingBy<T extends { end: number }>(items: readonly T[], at: number): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i] as T;
    if (item.end <= at) return item;
  }
  return undefined;
}

function stagesOf(text: string): Stage[] {
  // 建成投产后预计可实现年产值…: when the projects produce, not the stage they are at.
  // 已开工在建项目163个: projects under construction, another statistic.
  return execAll(STAGE_GROUP, text)
    .filter((m) => text.charAt(m.index + m[0].length) !== "后" && !text.startsWith("在建", m.index + m[0].length))
    .map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      indicator: stageOf(m[0]),
    }));
}

/** The stages a text names, in order: a group of several (签约开工) is all the projects'. */
export function stagesNamed(text: string): IndicatorId[] {
  return stagesOf(text).map((st) => st.indicator);
}

/** The place right after a count and where its projects went (23个开工项目落在浑南区). */
function placeLandedIn(clause: Clause, from: number, state: ReadingState): RegionMentionHit | undefined {
  const verb = LANDED_IN.exec(clause.text.slice(from));
  if (!verb?.[0]) return undefined;
  const at = from + verb[0].length;
  // The verb blanked: a place after 在 or 于 is otherwise no subject (在浑南区主会场举行 is a venue).
  const text = clause.text.slice(0, from) + " ".repeat(verb[0].length) + clause.text.slice(at);
  return headRegions({ ...clause, text }, text.length, state).find((r) => r.start === at);
}

// The measure a clause before a list of places' amounts names (从开工项目投资额看, 总投资方面).
// The measures listed places' amounts are of (总投资, 签约额, 年产值 …).
const LISTED_MEASURES = "总投资|投资额|签约金额|签约额|协议投资额?|引资额|年产值";
const LISTED_AMOUNTS_MEASURE = new RegExp(`(?<m>${LISTED_MEASURES}|产值)(?:方面|看|来看)?$`, "u");
const RANKING_BEFORE_LIST = /[，,][^，。；]*?(?:依次是|依次为|分别是|分别为)[：:]$/u;
// Also a bound the places passed (总投资超过200亿元的省辖市有洛阳（286.3亿元）、…).
// Or a ranking (开工项目总投资居前三位的是武汉（876.3亿元）、…).
const RANKING_LEAD = new RegExp(
  `^[^，。；]*?(?:依次是|依次为|分别是|分别为|元(?:以上)?的(?:省辖市|设区市|地级市|地市|城市|市州|县市区|县区|市|县|区|地区)?(?:还有|也有|有|是|为|包括)|${RANKED_ARE})[：:]?`,
  "u",
);
// Also each amount in brackets after its place (邓州市（128.6亿元）、卧龙区（115.3亿元）).
const AMOUNT_LIST_GAP = /^(?:[）)])?(?:[、，,和及与])?(?<place>\p{Script=Han}{2,12})[（(]?$/u;
const MEASURE_LISTED_BEFORE_COLON = new RegExp(`(?<m>${LISTED_MEASURES})(?:依次是|依次为|分别是|分别为)$`, "u");
const MEASURE_RANKED_AFTER = new RegExp(
  `^[）)](?:签约|开工|动工|投产)?(?:的)?(?:重点|重大)?项目(?:计划)?(?<m>${LISTED_MEASURES}|产值)(?:分别)?(?:位?居|排名?|排在|列)`,
  "u",
);
// 总投资超过50亿元的有耒阳市（68.3亿元）、…: places past a bound, each with its amount in brackets.
const PLACE_AMOUNTS_PAST_BOUND =
  /元(?:以上)?的[^，。；有是为]{0,6}(?:有|是|为|包括)[：:]?\p{Script=Han}{2,12}[（(][\d.]+(?:万亿|亿|万)?元[）)]/u;
// 项目总投资居前五位的依次是…: the measure ranked before the list, in the same clause.
const RANKED_AMOUNTS_MEASURE =
  /(?<m>总投资|投资额|签约金额|签约额|协议投资额?|年产值)(?:居|位居|排名?|排在)[^，；。]{0,8}?(?:的)?(?:依次是|依次为|分别是|分别为)[：:]?/u;

/**
 * The places of a clause that lists amounts each right after its place (南宁市528.3亿元、柳州市263.9亿元),
 * one per amount, or undefined when any gap before an amount is not a place alone.
 */
function placesBeforeAmounts(
  text: string,
  money: readonly Quantity[],
  state: ReadingState,
): Array<Candidate["region"]> | undefined {
  const out: Array<Candidate["region"]> = [];
  let from = 0;
  for (const q of money) {
    // 排名前五的省辖市依次是：郑州市1523.6亿元、…: a ranking's words before the first place.
    const gap = text.slice(from, q.start);
    const name = AMOUNT_LIST_GAP.exec(from === 0 ? gap.replace(RANKING_LEAD, "") : gap)?.groups?.place;
    const hit = name ? subjectRegions(name, { home: state.home, seenZones: state.seenZones }).at(-1) : undefined;
    if (!name || hit?.start !== 0 || hit.end !== name.length) return undefined;
    out.push(hit.region);
    from = q.end;
  }
  return out;
}

/** The stage the clause after `clause` opens with, before its amount, when only a comma parts them. */
function stageOfNextClause(sentence: Sentence, clauses: readonly Clause[], clause: Clause): IndicatorId | undefined {
  const next = clauses.find((c) => c.start > clause.start);
  const end = clause.start + clause.text.length;
  if (!next || next.start !== end + 1 || sentence.text.charAt(end - sentence.start) !== "，") return undefined;
  const figure = clauseQuantities(next)[0];
  const stage = stagesOf(next.text)[0];
  // 投产项目达产后预计年产值62.4亿元: what those projects will make, not what the count before invested.
  if (stage?.start !== 0 || figure?.kind !== "money" || stage.end > figure.start) return undefined;
  return OUTPUT_WORDS.test(next.text.slice(stage.end, figure.start)) ? undefined : stage.indicator;
}

const OUTPUT_WORDS = /产值|达产|达效|营收|收入|税收/u;

/** The stages a group names one by one (签约、开工、投产 → three), for a 分别 list over them. */
function listedStages(text: string, group: Stage | undefined): IndicatorId[] {
  if (!group) return [];
  const words = text.slice(group.start, group.end).match(STAGE_WORD) ?? [];
  return words.length > 1 ? words.map((w) => stageWord(w) ?? "projects.total") : [];
}

function sectorsOf(text: string): string[] {
  const m = SECTORS.exec(text);
  if (!m?.groups?.list) return [];
  return m.groups.list
    .split(/、|和|及|，/u)
    .map((x) => x.replace(/[“”"]/gu, "").trim())
    .filter((x) => x.length >= 2 && x.length <= 12);
}

/**
 * The place a figure is about: its own place when the clause lists places as
 * the subject (one per figure of the list), else the clause's region. A
 * function of its own rather than a closure in the clause loop: a closure
 * over the loop's variables made the whole read keep them in a heap context.
 */
function placeOf(
  q: Quantity,
  all: readonly Quantity[],
  listedPlaces: ReadonlyArray<Candidate["region"]> | undefined,
  region: Candidate["region"],
): Candidate["region"] | undefined {
  if (listedPlaces === undefined) return region;
  return all.length === listedPlaces.length ? listedPlaces[q.listIndex] : undefined;
}

// A headline giving projects' count and amount together (83个项目…总投资438.9亿元): the batch's totals. A count
// alone may be a stage's its verb names (58个项目签下“开年大单”).
const HEADLINE_TOTALS =
  /个(?:重点|重大)?项目[^，。；]{0,12}?(?:总投资|投资总额|计划总投资)[^，。；]{0,4}?[\d零〇一二三四五六七八九十百千两]/u;
// An event's word beside the stage words (三个一批…活动, 集中签约): the lead is about the batch, not one project.
const EVENT_IN_LEAD = /一批|活动|集中/u;

/**
 * Whether the article's lead (its first body sentence) names a project activity: a headline before it
 * (许昌83个项目集中“亮相” 总投资438.9亿元) gives that activity's figures before the body names it.
 */
function leadNamesActivity(state: ReadingState): boolean {
  const lead = state.sentences?.find((s) => !s.headline);
  return lead !== undefined && ACTIVITY.test(lead.text) && EVENT_IN_LEAD.test(lead.text);
}

/** The stage the article's headline named, for a headline line naming none. */
const headlineStage = new WeakMap<ReadingState, IndicatorId>();
/** The stage a post's part heading named (1️⃣签约一批), for the lines under it. */
const partStage = new WeakMap<ReadingState, IndicatorId>();
const PART_STAGE = /签约|开工|动工|投产/u;
/** The stage a heading line of its own named (【签约一批】), for the paragraph right under it. */
const headingStage = new WeakMap<ReadingState, { stage: IndicatorId; paragraph: number }>();
const STAGE_HEADING =
  /^[^\p{Script=Han}\d]{0,3}[“"]?(?:签约|开工|动工|投产)(?:一批)?(?:项目)?[”"]?[^\p{Script=Han}\d]{0,3}$/u;
/** The stage the last sentence read gave figures of, and its paragraph. */
const lastStage = new WeakMap<
  ReadingState,
  { stage: IndicatorId; paragraph: number; stages: number; counts: readonly number[] }
>();
/** The stages' counts the last sentence giving several gave, and its paragraph (签约、开工、投产项目分别为24个、…). */
const stageCountsBefore = new WeakMap<ReadingState, { paragraph: number; counts: readonly Candidate[] }>();
const PARTS_MARK_ALONE = /^其中\P{Script=Han}*$/u;
const OUTPUT = /产值|年营业收入|年销售收入|年主营业务收入|年营收/u;
const ALL_DONE = /(?:全部|所有)(?:项目)?(?:建成|达产|投产|竣工)/u;

export const projectRule: SentenceRule = {
  name: "projects",
  needs: ACTIVITY_FEATURE | PROJECT_FEATURE | COUNT_FEATURE,
  pass(sentence: Sentence, state: ReadingState): void {
    notePlacesListed(sentence, state);
    underPlaceHeading(sentence, state);
    // A sentence with nothing to read (各县区、功能区踊跃参与。) leaves the stage for the paragraph after.
    const last = lastStage.get(state);
    if (last === undefined || sentence.paragraph - last.paragraph > 1) lastStage.delete(state);
  },
  read(sentence: Sentence, clauses: readonly Clause[], state: ReadingState, figures: () => boolean): Candidate[] {
    notePlacesListed(sentence, state);
    // 三个一批, 签约, 开工, 投产: each holds an activity pair (一批 …) in some clause.
    const activity = clauses.some((c) => (c.features & ACTIVITY_FEATURE) !== 0) && ACTIVITY.test(sentence.text);
    // 从参会项目的属地分布看，大同经开区21个，云州区13个: the activity's projects place by place.
    // 分县（市）区看： ⏎ ——沁阳市17个，总投资52.3亿元；: so are the lines under the frame as a heading.
    const placeLine = underPlaceHeading(sentence, state);
    if (sentence.headline) {
      // The stages a headline names (全市第二批重大项目集中开工) are those of its next line's count (58个项目总投资236亿元).
      const named = new Set(stagesOf(sentence.text).map((st) => st.indicator));
      if (named.size > 0)
        headlineStage.set(state, named.size === 1 ? ([...named][0] as IndicatorId) : "projects.total");
      // 1️⃣签约一批 ⏎ 🔹项目数量：8个 ⏎ 🔹合同金额：41.6亿元: a part's heading names the stage of its lines.
      // Not 【集中竣工】: completed, no stage of ours.
      const one = named.size === 1 ? ([...named][0] as IndicatorId) : undefined;
      if (one && PART_STAGE.test(sentence.text)) partStage.set(state, one);
      else if (named.size > 0) partStage.delete(state);
      if (one && STAGE_HEADING.test(sentence.text))
        headingStage.set(state, { stage: one, paragraph: sentence.paragraph });
      else headingStage.delete(state);
    } else {
      headlineStage.delete(state);
      if (sentence.row !== true) partStage.delete(state);
    }
    // 【签约一批】 ⏎ 共31个项目，总投资168.2亿元: the paragraph under a stage's heading is that stage's.
    const heading = sentence.headline ? undefined : headingStage.get(state);
    const underHeading =
      heading !== undefined && sentence.paragraph === heading.paragraph + 1 ? heading.stage : undefined;
    if (heading !== undefined && underHeading === undefined) headingStage.delete(state);
    // 📌合计：项目26个，总投资92.65亿元 after the parts: all the stages together.
    const totalLine = sentence.row === true && TOTAL_LINE.test(sentence.text) && partStage.has(state);
    const sectionStage = sentence.row === true && !totalLine ? partStage.get(state) : underHeading;
    // 此次集中开工的重大项目共58个…。项目全部建成后，预计可新增年产值410亿元以上: the output of the stage just read.
    const before = lastStage.get(state);
    lastStage.delete(state);
    // So is a list's next point naming a measure (📌开工项目：102个 ⏎ 💰总投资：613.7亿元).
    const carried =
      (before?.paragraph === sentence.paragraph && OUTPUT.test(sentence.text)) ||
      // 🏭达产后预计年产值约35亿元: a post's point on the line after its stage's.
      (before !== undefined &&
        sentence.paragraph - before.paragraph <= 1 &&
        OUTPUT.test(sentence.text) &&
        EMOJI_LEAD.test(sentence.text)) ||
      (before !== undefined && sentence.paragraph - before.paragraph <= 1 && MEASURE_POINT.test(sentence.text)) ||
      // 运城经济技术开发区开工项目9个。总投资37.8亿元，…: the next sentence opened by the amount goes on about them.
      (before?.paragraph === sentence.paragraph && MEASURE_OPENING.test(sentence.text))
        ? // 签约、开工、投产项目分别为…。…，全部达产后预计新增年产值约520亿元: after several stages' figures, all of theirs.
          // So is a point of the amount alone under a line of several stages' counts (签约项目35个、开工项目30个、
          // 投产项目27个 ⏎ 总投资：431.5亿元).
          before !== undefined &&
          before.stages > 1 &&
          (ALL_DONE.test(sentence.text) || (sentence.row === true && MEASURE_POINT.test(sentence.text)))
          ? "projects.total"
          : before?.stage
        : undefined;
    // The stage the sentence before gave figures of, in this paragraph or the one before.
    const priorStage = before !== undefined && sentence.paragraph - before.paragraph <= 1 ? before.stage : undefined;
    const priorCounts = priorStage !== undefined && before?.stages === 1 ? before.counts : [];
    // 分县（市、区）看，泽州县9个、… (or 分区看，顺德区项目36个): the activity's projects too, unless the sentence
    // before gave one stage's (运城市集中签约项目26个…。分县（市、区）看，盐湖区6个: signed).
    const byPlace =
      placeLine ||
      BY_PLACE_FRAME.test(sentence.text) ||
      (BY_PLACE_SPLIT.test(sentence.text) &&
        (priorStage === undefined || priorStage === "projects.total" || (before?.stages ?? 0) > 1));
    const byPlaceList = byPlace || (BY_COUNTY_FRAME.test(sentence.text) && PLACE_COUNTS_LISTED.test(sentence.text));
    if (
      activity ||
      (sentence.headline && !state.activity && HEADLINE_TOTALS.test(sentence.text) && leadNamesActivity(state))
    )
      state.activity = true;
    else if (
      !state.activity ||
      !(
        ACTIVITY_TOTAL.test(sentence.text) ||
        sentence.header !== undefined ||
        sectionStage !== undefined ||
        // 🔹禹州市 项目28个 总投资176.4亿元: a place's line of the batch's projects, all of them.
        // So is a county item's title (长垣：25个项目总投资186.4亿元).
        (sentence.row === true && (PLACE_PROJECTS_ROW.test(sentence.text) || ITEM_TITLE_COUNT.test(sentence.text))) ||
        carried !== undefined ||
        sentence.headline ||
        byPlaceList ||
        // 其中，兰考县十八个项目总投资六十二亿元…: the parts of the figures just read.
        (priorStage !== undefined && SUBTOTAL_SENTENCE.test(sentence.text))
      )
    )
      return [];
    // Past the activity and the stages it names: nothing more to take from a sentence without figures.
    if (!figures()) return [];
    // A table's row for the rest of the places together (其他州（市）　115　618.8): none of them.
    if ((sentence.header !== undefined || sentence.row === true) && REMAINDER.test(sentence.text)) return [];
    // 各市签约、开工、投产项目数分别为：太原市28个、24个、17个；大同市19个、16个、13个: a place a row, a stage a column.
    const rows = STAGE_COLUMNS.test(sentence.text) ? stageColumns(sentence, clauses, state) : undefined;
    if (rows) return rows;
    const out: Candidate[] = [];
    // A county item's title (屯留：签约投资额突破50亿元), read as a line: it rounds as a headline does.
    const itemTitle = sentence.row === true && ITEM_TITLE.test(sentence.text);
    let region = state.paragraphRegion;
    // Their stage is the one the sentence before read, or all of them when it read several.
    // Not when the part holds more projects than the stage's count (▶投产一批：6个项目 ⏎ 其中，落地…开发区的项目14个):
    // a part of all the stages together.
    const partCount = priorStage !== undefined ? scanProjectCounts(sentence.text)[0]?.value : undefined;
    const partsOf =
      priorStage !== undefined && SUBTOTAL_SENTENCE.test(sentence.text)
        ? (before?.stages ?? 0) > 1 ||
          (partCount !== undefined && partCount > (before?.counts.at(-1) ?? Number.POSITIVE_INFINITY))
          ? "projects.total"
          : priorStage
        : undefined;
    let stage: IndicatorId | undefined = totalLine ? "projects.total" : (carried ?? partsOf ?? sectionStage);
    // Amounts after a subset of the batch (8个代表项目…，总投资) or a single project (该项目总投资…，预计年产值) are theirs.
    let partOnly = false;
    // The whole the sentence's last share was of (经开区项目数占全市的13.8%，总投资占9.1%).
    let lastShareOf: string | undefined;
    // partOnly was set by a kind of project's count (其中外资项目3个，投资额…), not by one project.
    let kindPart = false;
    // Figures after a count of projects signed on stage (现场签约项目45个，协议投资额…) are the
    // event's only when the report states no other: read as fallbacks.
    let onStageOnly = false;
    // Stages of the counts read so far, in order: 总投资分别为A、B、C maps onto them.
    const countStages: IndicatorId[] = [];
    const subtotal = /^其中/u.test(sentence.text);
    const sectors = sectorsOf(sentence.text);
    // The previous clause named a number of projects without giving it.
    let countNamed = false;
    // Places listed as the subject, one per figure of a list (read until another subject is named).
    let listedPlaces: Array<Candidate["region"]> | undefined;
    // A sentence in brackets (（全省共2486个项目…）) is an aside: its place is not the paragraph's.
    const bracketed = /^[（(]/u.test(sentence.text);
    // Stages a 分别 list runs over (郑州市签约、开工、投产项目分别为136个、158个、112个; 签约、开工项目总投资分别达…，
    // 分别涉及项目67个、81个): one per figure, in order, for this clause and the sentence's next lists.
    let stageList: IndicatorId[] = [];
    // What the clause before gave, for a share standing alone after it (签约项目72个，占全省的6.5%).
    let lastMeasure: Candidate["measure"] | undefined;
    // After 签约项目中: counts and amounts are of a kind of project, unless a place is named.
    let byKind = false;
    // The sentence opened with a frame of kinds (按产业划分，): every clause group is a kind's.
    let kindFrame = false;
    // A clause of this sentence opened a breakdown (其中…).
    let breakdown = false;
    // Figures given a batch of their own by a list of batches (第一次、第二次活动分别…).
    const ownBatch = new Set<Candidate>();
    // The clause before, as written.
    let previousText = "";
    // After a ranking's colon: each clause may give one place of the ranking and its count.
    let rankedItems = false;
    // The last clause with counts gave several stages' counts joined in one list.
    let joined = false;
    // Where in countStages the counts read since the sentence's last amount start.
    let countsSinceAmount = 0;
    // The clause before read counts.
    let countedBefore = false;
    // A clause of this sentence named its place (not by 全市/我市).
    let namedHere = false;
    // Index in `out` of the first figure read at or after the first clause summing over batches.
    let overFrom = -1;
    // The place before a 其中 clause named a part of it (其中新乡高新区签约项目12个): back after ；.
    let wholeBeforePart: Candidate["region"] | undefined;
    // The measure of the last amount read, for a place's amount written bare after it.
    let lastMoneyMeasure: RegExpExecArray | undefined;
    // Two stages' amount summed (签约项目与开工项目总投资合计1020.8亿元), for 前者 / 后者 after it.
    let summedStages: IndicatorId[] = [];
    let summedMeasure: RegExpExecArray | undefined;
    // The stage a breakdown by kind named (签约项目中，…), for counts it lists by place.
    let breakdownStage: IndicatorId | undefined;
    // The clause ended with its count's projects to be broken down (此次开工的19个项目中，工业项目11个…).
    let kindsNext = false;
    // The clause before was a bracket's breakdown of the whole before it.
    let afterPart = false;
    // The clause before named the rest of the places alone (📍其余县（市）).
    let remainderBefore = false;
    let regionBeforePart = region;
    // The stage last read was a part's (其中偃师区签约项目9个), not the sentence's.
    let stageOfPart = false;
    // Periods a clause listed alone (第一次、第二次、第三次活动中), for the 分别 list of counts after it.
    let periodsBefore: PeriodContext[] = [];
    // A clause opened the sentence as a plan (按计划，今年一季度全市将集中开工项目120个以上): the rest is a target.
    // 全县共谋划实施重点项目186个，年度计划投资235亿元: the year's list of projects, no batch.
    // Not a stage's projects of which some have a year's plan (开工项目121个…，年度计划投资245.6亿元).
    let planned = inPlanSection(sentence, state) || (YEAR_PLAN.test(sentence.text) && !ANY_STAGE.test(sentence.text));
    // The sentence opened with the base compared with alone (上年同期，…).
    let baseSentence = false;
    for (const { clause, aside, part } of withAsides(clauses, state)) {
      const text = clause.text;
      // “十四五”以来，全市累计签约项目…: a span the dataset has no period for, as a plan is no result.
      if (PLAN_LEAD.test(text) || FIVE_YEAR_SPAN.test(text) || opensAims(sentence, clause)) planned = true;
      // After a bracket's parts (（其中富平县11个）), the places listed there are done with.
      if (afterPart) {
        listedPlaces = undefined;
        region = regionBeforePart;
        partOnly = false;
        kindPart = false;
      }
      afterPart = part;
      regionBeforePart = region;
      // 我市63个项目中，签约、开工、投产项目分别为…: the projects broken down by stage, each stage its own figures.
      if (kindsNext && !STAGE_OPENS.test(text)) byKind = true;
      // 南阳市131个项目中，邓州市18个、内乡县11个: the clause before counted the projects broken down here.
      const brokenDown = kindsNext;
      kindsNext = false;
      const afterSemicolon = charBefore(sentence, clause) === "；";
      if (wholeBeforePart && afterSemicolon) {
        region = wholeBeforePart;
        wholeBeforePart = undefined;
      }
      // 签约方面，…，其中10亿元以上项目8个；开工方面，项目19个: a 其中 breakdown ends with its clause group.
      if (afterSemicolon && !subtotal) breakdown = false;
      // 去年同期首次活动推进项目为86个: the base compared with, not a figure of this batch; nor the figures
      // inside 与一季度集中开工的85个项目、393.2亿元总投资相比.
      if (BASE_LEVEL.test(text)) {
        // 上年同期，全市开发区第三次活动签约项目为21个: a base opening the sentence alone is what all its figures are.
        if (clause.start === sentence.start && BASE_ALONE.test(text)) baseSentence = true;
        continue;
      }
      if (baseSentence) continue;
      if (overFrom < 0 && OVER_BATCHES.test(text)) overFrom = out.length;
      const clauseBefore = previousText;
      previousText = text;
      const stages = stagesOf(text);
      const counts = withoutPassed(text, scanProjectCounts(text));
      // 介休市签约7个、平遥县签约5个 (周口市开工86个): each count's place, right before its stage, every one of
      // them a place by name (not 目前已开工32个, nor 全省签约298个 in an aside).
      let itemPlaces: Array<Candidate["region"]> | undefined;
      const stagePlaces =
        counts.length === 0 && state.activity && PLACES_STAGE_COUNTS.test(text)
          ? placesOfStageCounts(text, state)
          : undefined;
      // 各县市区集中开工项目情况 ⏎ 临渭区　11个　61.2亿元: a line's bare count under a heading naming the stage.
      // Also after a stage's label and its colon (✅签约一批：28个，总投资146.5亿元), or the whole's (共推进项目：86个).
      if (
        counts.length === 0 &&
        (sectionStage !== undefined ||
          ((BATCH_LABEL.test(clauseBefore) || (state.activity && TOTAL_LABEL.test(clauseBefore))) &&
            charBefore(sentence, clause) === "：")) &&
        BARE_CELL_COUNT.test(text)
      ) {
        const cell = bareCount(text);
        if (cell) counts.push(cell);
      }
      // 【签约一批】共6个，协议总投资33.8亿元: the stage's label in brackets, its count right after it.
      const boxed = counts.length === 0 ? BOXED_BATCH_COUNT.exec(text) : null;
      if (boxed) {
        const cell = bareCount(text.slice(boxed[0].length));
        if (cell) counts.push({ ...cell, start: cell.start + boxed[0].length, end: cell.end + boxed[0].length });
      }
      // Also once this sentence gave stages' counts of projects: 榆次区签约项目6个…；太谷区签约4个、开工3个.
      if (
        counts.length === 0 &&
        (sentence.row === true ||
          (countStages.at(-1) === "projects.total" && /^其中/u.test(text)) ||
          (countStages.length > 0 && state.activity) ||
          // 涪陵高新区、涪陵综保区分别签约8个、5个: places, then their counts after the stage.
          (state.activity && respectiveStagePlaces(text, state)) ||
          // 荆州共开工98个: a place's count of one stage, whole; 签约36个，协议总投资…: a clause of its own.
          (state.activity && (WHOLE_STAGE_COUNT.test(text) || STAGE_COUNT_CLAUSE.test(text))) ||
          // 神木市开工12个、总投资186.3亿元: a stage's count right before its amount.
          (state.activity && STAGE_COUNT_THEN_AMOUNT.test(text)) ||
          stagePlaces !== undefined)
      ) {
        counts.push(...stageCounts(text));
        // 桐城市签约4个，太湖县、望江县各3个: places sharing one count, the stage the clause before named.
        // 一季度集中开工项目215个…；二季度188个、总投资865.3亿元: the next period's count of the same stage.
        const bare =
          counts.length === 0 && countStages.length > 0
            ? (countClosing(EACH_BARE_COUNT.exec(text)) ?? countClosing(PERIOD_BARE_COUNT.exec(text)))
            : undefined;
        if (bare) counts.push(bare);
      }
      // 签约、开工、投产分别为17个、18个、13个: the stages listed, then their counts without 项目.
      if (counts.length === 0 && state.activity) counts.push(...respectiveCounts(text, STAGES_THEN_COUNTS));
      // The count a clause before named (开工项目数量居全省首位，达58个) is of that clause's stage.
      let namedStage: IndicatorId | undefined;
      const closingCount = counts.at(-1);
      // 我市此次开工的98个项目中，制造业项目62个…；基础设施项目21个…: every group after is one of its kinds.
      if (closingCount && COUNT_BROKEN_DOWN.test(text.slice(closingCount.end))) kindsNext = kindFrame = true;
      const stageBefore = breakdownStage ?? stage;
      // Also after the clause's own stage (投产项目则有6个、4个分别落在…).
      if (
        counts.length === 0 &&
        (stageBefore !== undefined || stages.length > 0) &&
        (stages.length === 0 || COUNTS_BEFORE_PLACES.test(text))
      ) {
        // Also places, then their counts without 项目 (投产项目中，顺德区、南海区分别有14个和13个).
        const listed = respectiveCounts(text, COUNTS_BEFORE_PLACES);
        const afterPlaces = listed.length > 0 ? listed : placesThenCounts(text, state);
        const one = afterPlaces.length === 0 ? (COUNT_BEFORE_PLACE.exec(text) ?? COUNT_AFTER_PLACE.exec(text)) : null;
        const n = one?.groups?.num ? parseInteger(one.groups.num) : null;
        if (one?.groups?.num && n !== null && n > 1) {
          const end = one.index + one[0].length;
          afterPlaces.push(countAt(n, end - one.groups.num.length - 1, end));
        }
        if (afterPlaces.length > 0) {
          counts.push(...afterPlaces);
          namedStage = stages.at(-1)?.indicator ?? stageBefore;
        }
      }
      if (countNamed && counts.length === 0) {
        const bare = respectiveCounts(text);
        if (bare.length === 0) {
          const one = bareCount(text);
          if (one) bare.push(one);
        }
        if (bare.length > 0) {
          counts.push(...bare);
          // 郑州、洛阳、南阳参与项目数居前三，分别为…: a number of an activity's projects naming no stage is of all of them.
          const verb = RESPECTIVE_COUNTS.exec(text)?.groups?.verb;
          namedStage = (verb ? stageWord(verb) : undefined) ?? breakdownStage ?? stage ?? "projects.total";
        }
      }
      // 南康区开工项目11个，于都县9个，瑞金市8个: a place and a count go on the list of the count before.
      // Also after a stage named alone (开工项目涵盖…，其中麦积区26个，总投资72.5亿元).
      // And after a stage's breakdown by place (开工项目中，长垣经济技术开发区有9个).
      if (
        counts.length === 0 &&
        (countStages.length > 0 ||
          breakdownStage !== undefined ||
          (stage !== undefined && text.startsWith("其中")) ||
          // 📍各地开工项目：翠屏区18个，叙州区16个: a label naming the stage, then the places.
          (stage !== undefined && STAGE_LABEL.test(clauseBefore) && charBefore(sentence, clause) === "：") ||
          (stage === undefined && stages.length === 0 && byPlaceList))
      ) {
        // Under 从县域看 alone, only a list (河津市、闻喜县、绛县三个县（市）… is no place's count).
        const listOnly = !byPlace && countStages.length === 0 && breakdownStage === undefined && stage === undefined;
        const item = listOnly ? undefined : placeCount(clause, state);
        // 从县域分布看，介休市11个、灵石县9个、…: several places and their counts in one clause.
        const list = item || !byPlaceList ? undefined : placeCountList(clause, state);
        if (list) {
          counts.push(...list.counts);
          itemPlaces = list.places;
          namedStage = breakdownStage ?? stage ?? "projects.total";
        } else if (item) {
          counts.push(item);
          namedStage = breakdownStage ?? stage ?? (byPlace ? "projects.total" : undefined);
          // The breakdown is by place after all: each place's figures are read as its own.
          if (breakdownStage !== undefined) byKind = false;
        }
      }
      // 投产项目最多的是运城（41个），其次为长治（36个）和晋城（30个）: places, each with its count in brackets.
      let bracketPlaces: Array<Candidate["region"]> | undefined;
      // Where each place's bracket ends: an amount inside it is that place's.
      let bracketEnds: number[] = [];
      // 推进项目数居前五位的依次为运城市（96个）、…: the whole's counts, no stage named.
      const wholeCounted =
        WHOLE_COUNTED.test(text) ||
        (charBefore(sentence, clause) === "：" && WHOLE_COUNTED.test(clauseBefore)) ||
        (rankedItems && charBefore(sentence, clause) === "；");
      // 推进项目数量居前五位的依次是：大同经开区27个，…；晋城经开区25个，…: one place of the ranking a clause.
      if (charBefore(sentence, clause) === "：" && RANKING_COLON.test(clauseBefore)) rankedItems = true;
      // 投产项目中，长治市（24个，总投资118.5亿元）和吕梁市（21个，…）数量居前: the stage the clause before broke down.
      const stageFramed = STAGE_BROKEN_DOWN.test(clauseBefore);
      if (
        counts.length === 0 &&
        (stage !== undefined ||
          stages.length > 0 ||
          priorStage !== undefined ||
          wholeCounted ||
          brokenDown ||
          stageFramed)
      ) {
        const bracketed =
          stage !== undefined || stages.length > 0 || wholeCounted || stageFramed
            ? placeBracketCounts(clause, state)
            : [];
        // Also 开工项目数较多的是周口市112个、驻马店市97个: places ranked, each with its count after it.
        const ranked = bracketed.length > 0 ? [] : rankedPlaceCounts(clause, state, rankedItems);
        const found = bracketed.length > 0 ? bracketed : ranked;
        // 按开工项目个数排序，依次为长春市146个…: the stage the clause before named.
        // 开工项目从旗区分布看，准格尔旗12个、…: the stage of the clause or sentence before.
        // 赣州市开工项目中，南康区15个、…: the stage of the projects the clause before broke down.
        const framed = (FRAME_STAGE.exec(clauseBefore) ?? STAGE_BROKEN_DOWN.exec(clauseBefore))?.groups?.st;
        if (ranked.length > 0 && stages.length === 0)
          namedStage =
            (framed ? stageWord(framed) : undefined) ??
            (brokenDown && stagesOf(clauseBefore).length === 0 ? "projects.total" : undefined) ??
            (wholeCounted ? "projects.total" : undefined) ??
            stage ??
            priorStage;
        // 从签约项目数量看，排在前三位的依次是太原市（56个）、…: the stage the frame before named.
        if (bracketed.length > 0 && stages.length === 0 && framed) namedStage = stageWord(framed);
        // 夷陵区（21个）、枝江市（17个）参加活动的项目数位居前三: the places' projects, all of them.
        else if (bracketed.length > 0 && stages.length === 0 && wholeCounted) namedStage = "projects.total";
        if (found.length > 0) {
          counts.push(...found.map((f) => f.count));
          bracketPlaces = found.map((f) => f.region);
          bracketEnds = found.map((f) => f.end);
        }
      } else if (counts.length > 1 && (text.includes("）") || text.includes(")"))) {
        // 南阳（签约项目61个，总投资472.6亿元）、洛阳（签约项目47个，…）: each place's figures in its own bracket.
        const found = placeBracketCounts(clause, state);
        if (found.length === counts.length && found.every((f, i) => f.count.value === counts[i]?.value)) {
          counts.splice(0, counts.length, ...found.map((f) => f.count));
          bracketPlaces = found.map((f) => f.region);
          bracketEnds = found.map((f) => f.end);
        }
      }
      // 榆次区签约、开工、投产项目依次为12个、9个、7个；太谷区分别为8个、6个、5个: a place, then a list over the
      // stages listed before.
      // Also with no 分别 (武汉签约、开工项目数分别为126个和203个，襄阳为58个和117个).
      let placeListed = false;
      if (counts.length === 0 && stageList.length > 1) {
        const listed = placeRespectiveCounts(clause, state);
        if (listed.length === stageList.length) {
          counts.push(...listed);
          placeListed = true;
        }
      }
      // 签约项目9个、开工项目7个、投产项目5个，共计21个: the stages' sum, the whole activity.
      if (counts.length === 0 && countStages.length > 1 && SUM_AFTER_STAGES.test(text)) {
        const bare = bareCount(text);
        if (bare) counts.push(bare);
      }
      // 周口、商丘、信阳三市开工项目均超过50个，分别为67个、58个、54个: a bound each place passes, its exact figures
      // next; the clause only names the places and their stage.
      const boundOnly = boundBeforeExactList(text, clause, clauses);
      if (boundOnly) counts.length = 0;
      countNamed = counts.length === 0 && (boundOnly || COUNT_NAMED.test(text) || RANKED_AFTER_PLACES.test(text));
      // 签约、开工项目⏎分别为5个、7个: the counts named run over the stages listed.
      // Also a clause naming the stages alone (按照“签约、开工、投产”的顺序，项目数依次是…).
      if (countNamed || (counts.length === 0 && clauseQuantities(clause).length === 0)) {
        const named = listedStages(text, stages.at(-1));
        if (named.length > 1) stageList = named;
      }
      // 总投资超过200亿元的省辖市有洛阳（286.3亿元）、…: the bound the places passed is no figure; theirs follow.
      // Also with the places after a colon (…的设区市有3个：赣州（468.2亿元）、…).
      const listNext = clauses.find((c) => c.start > clause.start);
      const bound =
        BRACKETED_AMOUNTS.test(text) ||
        (charAfter(sentence, clause) === "：" && listNext !== undefined && BRACKETED_AMOUNTS.test(listNext.text))
          ? PLACES_PAST_BOUND.exec(text)
          : null;
      // …的设区市有3个：赣州（468.2亿元）、…: the places after the colon, the bound before it.
      const boundLead =
        charBefore(sentence, clause) === "：" && BRACKETED_AMOUNTS.test(text)
          ? PLACES_PAST_BOUND.exec(clauseBefore)
          : null;
      const money = boundOnly
        ? []
        : clauseQuantities(clause).filter(
            (q) => q.kind === "money" && !(bound && q.start >= bound.index && q.end <= bound.index + bound[0].length),
          );
      if (counts.length === 0 && money.length === 0) {
        const alone = periodsListedAlone(clause, state);
        if (alone.length > 1) periodsBefore = alone;
      }
      // Also one named by what it makes, then what it did (年产30万吨铸造用生铁项目从签约到投产仅用时11个月，总投资6.8亿元).
      // Or after its stage (现场签约的动力电池结构件项目由…投资建设，总投资20亿元): one project and its own amounts.
      if (
        counts.length === 0 &&
        money.length === 0 &&
        (NAMED_PROJECT_END.test(text) || MAKES_PROJECT.test(text) || STAGED_NAMED_PROJECT.test(text))
      )
        partOnly = true;
      // 市中心医院新院区项目日前开工: one project by its name, then what it did (not 高新区项目集中开工).
      const staged = counts.length === 0 && money.length === 0 ? NAMED_PROJECT_STAGED.exec(text) : null;
      if (staged && staged.index >= 4 && !headRegions(clause, staged.index, state).some((r) => r.end === staged.index))
        partOnly = true;
      // 孝义项目数占全市的32.6%: the place a share is of (全市) is no subject.
      const shareAt = text.indexOf("占");
      const first = Math.min(
        counts[0]?.start ?? text.length,
        money[0]?.start ?? text.length,
        stages[0]?.start ?? text.length,
        shareAt >= 0 && clauseQuantities(clause).some((q) => q.kind === "share") ? shareAt : text.length,
        // 太原市、运城市推进项目数分别占全省的11.6%和11.0%: the places before what they counted.
        wholeCounted && shareAt >= 0 ? (WHOLE_COUNTED.exec(text)?.index ?? text.length) : text.length,
      );
      // 郑州、洛阳、南阳参与项目数居前三: the places before the number named, the figures in the next clause.
      const namedCountAt = countNamed && first === text.length ? COUNT_NAMED.exec(text)?.index : undefined;
      // Only a clause with figures or naming the activity may change the region (read only then),
      // or a table row's first cell (哈尔滨市    开工142个).
      const rowHead = sentence.row === true && clause.start === sentence.start;
      // A clause that is a place alone (湾沚区⏎签约、开工项目⏎分别为5个、7个) names the next clauses' place.
      // So does a clause ending in a place after a long modifier (在全省率先开展…改革的晋中市，此次签约项目37个).
      // The modifier may name a stage of its own (率先推行项目“拿地即开工”审批改革的高平市).
      const placeAlone =
        counts.length === 0 &&
        money.length === 0 &&
        ((text.length <= 10 && stages.length === 0) ||
          MODIFIED_PLACE.test(text) ||
          (MODIFIER_THEN_PLACE.test(text) &&
            headRegions(clause, text.length, state).some(
              (r) => r.end === text.length && text.charAt(r.start - 1) === "的",
            )) ||
          // 常德经济技术开发区：开工项目12个: a place, long as a zone's name is, before a colon.
          (stages.length === 0 && charAfter(sentence, clause) === "：" && (text.length <= 16 || REMAINS.test(text))));
      // 开工项目数量最多的是杭州市，达168个: the one place the clause closes with is the next figures'.
      const closing =
        counts.length === 0 && money.length === 0 && MOST_IS.test(text)
          ? headRegions(clause, text.length, state).find((r) => r.end === text.length && r.start > 0)
          : undefined;
      // 18个项目落户九原区: the place the projects went to, named after their count.
      const onlyCount = counts.length === 1 ? counts[0] : undefined;
      const landedIn =
        onlyCount && money.every((m) => m.start > onlyCount.end)
          ? (placeLandedIn(clause, onlyCount.end, state) ??
            // 落在南康区的有9个: the place first, then its count.
            (LANDED_FIRST.test(text) ? placeLandedIn(clause, 0, state) : undefined))
          : undefined;
      const named =
        closing ??
        landedIn ??
        // 襄垣县在襄垣经济技术开发区设立分会场，14个项目总投资超50亿元: the place that set up the venue, not the venue
        // (so 我市主会场设在综改区，63个项目…).
        // Also 全市在今年前三次全省开发区“三个一批”活动中累计签约项目126个: the place taking part, not the event's.
        // Also 长葛市举行全省第十二期“三个一批”项目建设活动分会场活动: the place holding its part of the province's event.
        (VENUE_AT.test(text) || VENUE_SET_IN.test(text) || IN_EVENT.test(text) || HOLDS_EVENT.test(text)
          ? headRegions(clause, text.includes("在") ? text.indexOf("在") : text.length, state).find(
              (r) => r.start === 0,
            )
          : undefined) ??
        (counts.length > 0 ||
        money.length > 0 ||
        countNamed ||
        rowHead ||
        (/三个一批|活动|分会场/u.test(text) && (!VENUE_SET_UP.test(text) || VENUE_THEN_OWN.test(sentence.text))) ||
        // 两江新区签约项目投资额居首位，为316.8亿元: the place ranked, its amount next.
        RANKED_MEASURE_BEFORE.test(text) ||
        // 郑州市签约项目总投资占全省的19.3%: a share names its place too.
        clauseQuantities(clause).some((q) => q.kind === "share")
          ? headRegions(clause, namedCountAt ?? first, state).at(-1)
          : placeAlone
            ? (headRegions(clause, text.length, state).find(
                (r) =>
                  (r.end === text.length &&
                    (r.start === 0 ||
                      text.charAt(r.start - 1) === "的" ||
                      POINT_MARK.test(text.slice(0, r.start)) ||
                      // 放眼晋城全市，本次活动共签约项目41个: a place looked over opens the sentence.
                      LOOK_OVER.test(text.slice(0, r.start)) ||
                      // 主会场综改区：签约项目36个…: the venue's place, its figures after the colon.
                      VENUE_WORD.test(text.slice(0, r.start)))) ||
                  // 舞钢市表现突出，开工项目7个: a place, then a short remark on it, or its role (综改区作为主会场).
                  // Also after a point's mark (✅ 平原示范区表现亮眼：签约项目8个…).
                  ((r.start === 0 || POINT_MARK.test(text.slice(0, r.start))) &&
                    (PLACE_REMARK.test(text.slice(r.end)) || TOPIC_ROLE.test(text.slice(r.end)))),
              ) ??
              placeAfterZai(clause, sentence, state) ??
              placeFramed(clause, state))
            : counts.length === 0 && money.length === 0 && (text.includes("作为") || ROLE_IS.test(text))
              ? // 孝义经济开发区作为主战场，签约项目9个: a place introduced by its role is the next clauses' subject.
                // 【综改区】山西综改区作为主会场，…: after a section's label too.
                headRegions(clause, text.length, state).find(
                  (r) =>
                    (r.start === 0 || LEAD_LABEL.test(text.slice(0, r.start))) && TOPIC_ROLE.test(text.slice(r.end)),
                )
              : counts.length === 0 &&
                  money.length === 0 &&
                  (clause.start === sentence.start || clauseBefore === "其中" || AREA_FRAME.test(clauseBefore))
                ? // 我市紧盯转型发展重点领域，签约、开工、投产项目分别达到…: the sentence's subject opens it.
                  // Also after a frame (从区域分布看，山西综改示范区继续唱主角，签约项目21个…), or after a short
                  // modifier (主会场所在的晋中农高区表现亮眼，签约项目9个…).
                  headRegions(clause, text.length, state).find(
                    (r) =>
                      (r.start === 0 || SHORT_MODIFIER.test(text.slice(0, r.start))) &&
                      OPENS_WITH_SUBJECT.test(text.slice(r.end)),
                  )
                : undefined);
      // 吕梁市…活动同步举行，全市共推进项目118个: 全市 is the city this sentence named, not the home one.
      // Not 我市, the paper's own place (晋城市共推进项目52个，其中我市13个 in a county-level city's paper).
      // 【晋中】全市7个开发区共推进项目71个: 全市 is the place the clause's label named.
      const pronoun = named !== undefined && named.start > 0 && PRONOUN.test(text.slice(named.start, named.end));
      const labelled = pronoun ? headRegions(clause, named.start, state).at(-1)?.region : undefined;
      const explicit =
        labelled && named && labelled.level !== "province" && fitsPronoun(text, named, labelled)
          ? labelled
          : named &&
              (namedHere || cityOfParagraph(region, state)) &&
              PRONOUN.test(text.slice(named.start, named.end)) &&
              text.charAt(named.start) !== "我" &&
              fitsPronoun(text, named, region)
            ? region
            : named?.region;
      // 孝义市、汾阳市、交城县分别签约项目12个、9个、7个: one figure per listed place.
      // 太原市、大同市、长治市推进项目分别为164个…: the verb before the count is no part of the list.
      const countFrom = namedCountAt ?? first;
      const verbEnd = countFrom - (COUNT_VERB_END.exec(text.slice(0, countFrom))?.[0].length ?? 0);
      // 天镇县、广灵县各开工2个项目: one figure that each listed place has.
      const each = EACH_PLACE_END.exec(text.slice(0, verbEnd));
      // 端州区、鼎湖区开工项目各6个: 各 after the stage.
      const eachPlace = each !== null || (counts.length === 1 && EACH_AFTER.test(text.slice(counts[0]?.start ?? 0)));
      // 许昌市、焦作市本期投产项目分别为44个和37个: the batch named after the places.
      const listEnd =
        verbEnd - (each ? each[0].length - 1 : 0) - (THIS_BATCH_END.exec(text.slice(0, verbEnd))?.[0].length ?? 0);
      const places =
        // 全省11个设区市和赣江新区同步开工项目1122个: the province's cities and its new area together, the province.
        (listEnd > 4 && !WHOLE_AND_PARTS.test(text)
          ? // 西安、宝鸡、渭南分会场分别集中开工项目…: the places' venues, one figure per place.
            regionListBefore(text.slice(0, listEnd).replace(VENUES_END, ""), state.home, state.seenZones)?.regions
          : undefined) ??
        // 开工项目数排在前三位的是郑州、洛阳、许昌，分别为126个、87个、64个: the places close the clause.
        // Only after the ranking's words: 居第二、三位的是芜湖市和滁州市 holds a 、 of its own.
        (counts.length === 0 && money.length === 0 && PLACES_CLOSE.test(text)
          ? regionListBefore(text.slice(text.search(PLACES_CLOSE) + 2), state.home, state.seenZones)?.regions
          : undefined) ??
        // 郑州市、洛阳市、南阳市位居前三，分别为98个、61个、47个: the places, then their ranking.
        (counts.length === 0 && money.length === 0 && RANKED_AFTER_PLACES.test(text)
          ? regionListBefore(text.replace(RANKED_AFTER_PLACES, ""), state.home, state.seenZones)?.regions
          : undefined) ??
        (counts.length === 0 && money.length === 0 && PLACES_RANKED_BY_AMOUNT.test(text)
          ? regionListBefore(text.replace(PLACES_RANKED_BY_AMOUNT, ""), state.home, state.seenZones)?.regions
          : undefined) ??
        // 伊川县、偃师区、孟津区分会场同步举行签约仪式。三地分别签约项目11个、9个和8个: the places listed before.
        (counts.length > 1 || money.length > 1 ? nonEmpty(placesReferred(text.slice(0, listEnd), state)) : undefined);
      if (places && places.length > 1) rememberPlaceList(state, places);
      // The breakdown ends with its clause group (；) or where a stage's projects are named again (投产项目全部达产后).
      // Not after a frame opening the sentence (按产业划分，A项目27个，…；B项目11个，…): its groups are all kinds.
      if (byKind && ((charBefore(sentence, clause) === "；" && !kindFrame) || STAGE_SUBJECT.test(text))) byKind = false;
      const lead = text.slice(0, Math.min(counts[0]?.start ?? text.length, money[0]?.start ?? text.length));
      // Not 各县（市）区、开发区项目中: a breakdown by place, each named with its figures.
      if (KIND_BREAKDOWN.test(lead) && !PLACE_BREAKDOWN.test(lead)) byKind = true;
      if (clause.start === sentence.start && counts.length === 0 && money.length === 0 && KIND_FRAME.test(text)) {
        byKind = true;
        kindFrame = true;
      }
      // 在签约项目中，湛江经济技术开发区签约项目9个，协议投资约136亿元: the breakdown is by place after all.
      // Also places ranked, their counts next (从签约项目看，郑州市、洛阳市、南阳市位居前三，分别为…).
      if (
        byKind &&
        ((explicit && explicit !== region) || places) &&
        (counts.length > 0 ||
          (places &&
            (RANKED_AFTER_PLACES.test(text) ||
              PLACES_RANKED_BY_AMOUNT.test(text) ||
              // 开工项目中，永修县、湖口县、都昌县开工项目均在5个以上，分别为8个…: a bound, their figures next.
              boundOnly)))
      )
        byKind = false;
      if (byKind && !explicit && !places && !PLACES_AFTER.test(text)) {
        // 签约项目中，12个、9个、7个分别落户…: the projects broken down are of the stage named.
        const named = stages.at(-1);
        if (named && counts.length === 0 && money.length === 0) breakdownStage = named.indicator;
        continue;
      }
      // 6个、5个投产项目分别落户新安县和宜阳县: the places after the counts, one each.
      const placesAfter =
        !places && counts.length > 1 ? placesClosing(text, counts.at(-1)?.end ?? 0, state) : undefined;
      if (bracketPlaces) listedPlaces = bracketPlaces;
      // One place's counts of several stages (介休市签约5个、开工4个) leave that place the subject.
      else if (stagePlaces && new Set(stagePlaces.map((r) => r.name)).size > 1) listedPlaces = stagePlaces;
      else if (itemPlaces) listedPlaces = itemPlaces;
      else if (places) listedPlaces = places;
      else if (placesAfter?.length === counts.length) listedPlaces = placesAfter;
      else if (explicit || aside) listedPlaces = undefined;
      if (aside) {
        // An aside's figures are its place's (placeOf below); the sentence's own place resumes after it.
      } else if (places) {
        // The places are each their own figures' subject, not the paragraph's.
      } else if (counts.length === 0 && ONE_PROJECT_NAMED.test(text)) {
        // 单体投资最大的榆次区年产5万吨…项目投资45亿元；开工项目27个: where one project lies, not the subject after it.
      } else if (explicit) {
        if (explicit !== region && named && !PRONOUN.test(text.slice(named.start, named.end))) namedHere = true;
        // 灵石县投产项目…: another place's stage starts afresh after a part of the one before.
        if (explicit !== region && stages.length > 0) partOnly = false;
        if (explicit !== region && !subtotal && /^其中/u.test(text)) wholeBeforePart ??= region;
        region = explicit;
        // Nor after a clause of 其中 alone (…项目36个，其中，濮阳县9个、范县7个): a part's place.
        if (!subtotal && !bracketed && !/^其中/u.test(text) && !PARTS_MARK_ALONE.test(clauseBefore))
          state.paragraphRegion = explicit;
        // 本次全省活动共推进项目854个，其中我市82个…。具体来看，签约项目31个: the paper's own place, a part of the
        // province's whole, is what the paragraph goes on about.
        else if (!bracketed && explicit.name === state.home.region.name && OWN_PART.test(text))
          state.paragraphRegion = explicit;
      }
      // 其中5亿元以上项目28个，省重点项目8个: after 其中, a count naming no stage and no place is of a kind of project.
      if (/^其中/u.test(text)) breakdown = true;
      // Not a count a clause before named by its stage (其中，开工项目数量最多，达976个).
      // A stage named only after the count is its amount's measure (其中工业项目15个、签约金额98.3亿元), no stage of it.
      const firstCountAt = counts[0]?.start ?? text.length;
      const ofKind =
        // 怀仁经济技术开发区有项目9个，陶瓷产业项目7个: a sector's projects, named by their sector alone.
        (SECTOR_PROJECTS.test(text.slice(0, firstCountAt)) && !explicit && !places) ||
        (breakdown &&
          !stages.some((st) => st.start < firstCountAt || !STAGE_AS_MEASURE.test(text.slice(st.end, st.end + 2))) &&
          !explicit &&
          !places &&
          namedStage === undefined);
      const target = planned || PLAN.test(text);
      // 此次全省集中开工亿元以上项目2195个: the batch is of projects above a size, not a part of it (其中亿元以上项目…).
      const threshold = (THRESHOLD.test(text) && !BATCH_OF_SIZE.test(text)) || target;
      // 总投资10亿元以上的有38个，合计投资612.4亿元: the amounts after a threshold's count are those projects'.
      // Not places past a bound, each with its amount (总投资超过50亿元的有耒阳市（68.3亿元）、…).
      if (threshold && !target && !PLACE_AMOUNTS_PAST_BOUND.test(text)) partOnly = true;
      // 8个签约项目中，有3个项目总投资超过5亿元: a count right after the projects counted before is some of them.
      const someOfCounted = SOME_OF_COUNTED.test(text) && COUNTED_BEFORE.test(clauseBefore);
      if (someOfCounted) partOnly = true;
      const zonesPart =
        ZONES_PART.test(text) ||
        ((clauseBefore === "其中" || sentence.text.startsWith("其中")) && ZONES_PART.test(`其中${text}`));
      if (
        PART_OF_BATCH.test(text) ||
        ONE_NAMED_PROJECT.test(text) ||
        THIS_PROJECT.test(text) ||
        COMPANY_PROJECT.test(text) ||
        zonesPart
      )
        partOnly = true;
      if (kindPart && WHOLE_AFTER.test(text)) partOnly = kindPart = false;
      // 其余县区共开工项目21个，总投资77.7亿元: the rest of the places together, none of them.
      // Also after a mark (📍其余县（市）：开工项目24个): the clause after a remainder alone is its figures.
      const remainder: boolean =
        REMAINDER.test(text.replace(LEADING_MARK, "")) ||
        opensWithTownships(text) ||
        // 莱芜区、钢城区合计开工项目31个: places' figures summed are none of theirs (nor 五家开发区合计推进项目113个).
        summedPlaces(text.slice(0, listEnd), state) ||
        PLACES_COUNTED_SUMMED.test(text) ||
        // Not a place named after the rest's frame (其他开发区方面，中北高新区推进项目9个): one of them.
        (remainderBefore && explicit === undefined);
      remainderBefore = remainder && counts.length === 0 && money.length === 0;
      if (remainder) partOnly = true;
      let clauseStage: IndicatorId | undefined;
      // …投产项目14个；晋中市“三个一批”项目38个，总投资176.2亿元: another place after ；, no stage named, its
      // projects all of them, not the stage the place before ended on.
      if (
        afterSemicolon &&
        stages.length === 0 &&
        counts.length > 0 &&
        explicit !== undefined &&
        explicit.name !== regionBeforePart.name &&
        WHOLE_PROJECTS_NAMED.test(text)
      )
        stage = "projects.total";
      const firstFigure = Math.min(counts[0]?.start ?? text.length, money[0]?.start ?? text.length);
      const ownList = listedStages(text, lastEndingBy(stages, firstFigure));
      const firstQ = [counts[0], money[0]].filter((q) => q !== undefined).sort((a, b) => a.start - b.start)[0];
      // Also 签约项目和投产项目各有28个、22个: 各 before a list of counts.
      const respectiveHere =
        firstQ !== undefined &&
        (RESPECTIVELY.test(text.slice(0, firstQ.end)) ||
          (counts.length > 1 && EACH_OF_LIST.test(text.slice(0, firstQ.end))));
      // Also with no 分别 when the stages and the counts pair off (签约、开工、投产项目25个、22个、19个).
      const pairedStages = ownList.length > 1 && ownList.length === counts.length && money.length === 0;
      if (ownList.length > 1 && (respectiveHere || pairedStages)) stageList = ownList;
      // 三批项目总投资分别为326.5亿元、358.2亿元、142.8亿元: the three batches of 三个一批, in their order.
      else if (respectiveHere && money.length === 3 && counts.length === 0 && THREE_BATCHES.test(text))
        stageList = ["projects.signed", "projects.started", "projects.producing"];
      // 5个、6个和4个项目分别进行集中签约、开工和投产: counts first, their stages after 分别.
      const lastCount = counts.at(-1);
      const groupAfter = lastCount ? stages.find((st) => st.start >= lastCount.end) : undefined;
      // Also 分别有21个、17个、12个项目集中签约、开工和投产 (分别 before the counts).
      const trailing =
        lastCount &&
        groupAfter &&
        counts.length > 1 &&
        (RESPECTIVELY.test(text.slice(lastCount.end, groupAfter.start)) ||
          RESPECTIVE_BEFORE.test(text.slice(0, counts[0]?.start ?? 0)))
          ? listedStages(text, groupAfter)
          : [];
      if (trailing.length !== counts.length) trailing.length = 0;
      else if (trailing.length > 0) stageList = trailing;
      const figuresBefore = out.length;
      const listedHere = counts.length > 1 ? listedPeriods(clause, counts[0]?.end ?? 0, state) : [];
      // 第一次、第二次、第三次活动中，我市分别推进项目97个、101个、96个: the batches the clause before listed.
      const batches =
        listedHere.length === 0 &&
        counts.length > 1 &&
        periodsBefore.length === counts.length &&
        RESPECTIVELY.test(text.slice(0, counts[0]?.start ?? 0))
          ? periodsBefore
          : listedHere;
      // A table row with a column per stage: its amount column without a stage (总投资（亿元）) is theirs together.
      // So is a list line's amount after its stages' counts, each its own cell (签约68个｜开工95个｜投产61个｜总投资512.3亿元).
      const rowOfStages =
        (sentence.header !== undefined ||
          (sentence.row === true && !out.some((c) => c.measure === "investment" || c.measure === "output"))) &&
        new Set(countStages).size > 1;
      const readCount = (q: (typeof counts)[number]): void => {
        // 活动现场，10个重点项目进行了集中签约: the projects on stage are a part of the batch.
        // Also those a leader watched sign (并见证了15个重点项目集中签约): the projects on stage.
        const onStage =
          (q.start <= 1 && /现场$/u.test(clauseBefore)) ||
          // 在许昌分会场现场签约的有8个项目: those signed on stage, counted.
          ON_STAGE_BEFORE.test(text.slice(0, q.start)) ||
          WITNESSED_BEFORE.test(text.slice(0, q.start)) ||
          (ON_STAGE_AFTER.test(text.slice(q.end, q.end + 12)) &&
            !/(?:共有|共计|合计|总计|共)$/u.test(text.slice(0, q.start)));
        // 现场签约项目45个 with no 签约项目中 before it: the event's count, unless the report gives another.
        // Not one project (一个滨海文旅综合体项目现场签约): a single project, not the event's count.
        const fallback =
          q.value > 1 &&
          (q.onSite === true || (onStage && !q.subset)) &&
          !threshold &&
          !ofKind &&
          !remainder &&
          !PART_OF_STAGE_BEFORE.test(sentence.text.slice(0, clause.start - sentence.start + q.start)) &&
          // 主会场上，忻州经济开发区12个项目进行了现场签约: those signed at the main venue, a part.
          !AT_A_VENUE.test(sentence.text);
        // 举行了4个重点项目的集中开工仪式, 主会场集中签约的17个项目中，…: the projects of a ceremony, or those among
        // the ones signed at a venue, a part of the batch and never the batch itself.
        const ceremony =
          CEREMONY_AFTER.test(text.slice(q.end, q.end + 16)) ||
          (text.startsWith("其中") && ON_THE_SPOT_AFTER.test(text.slice(q.end, q.end + 16))) ||
          (AMONG_AFTER.test(text.slice(q.end, q.end + 8)) && VENUE_BEFORE.test(text.slice(0, q.start)));
        if (ceremony) {
          partOnly = true;
          return;
        }
        if (fallback) partOnly = false;
        else if (q.subset || onStage) partOnly = true;
        // 其中外资项目3个，投资额2.6亿美元: the count closes its clause, its amount opens the next.
        // Also with the amount after it in the clause (其中工业项目15个、签约金额98.3亿元).
        else if (ofKind && (text.slice(q.end).trim() === "" || KIND_AMOUNT_AFTER.test(text.slice(q.end)))) {
          partOnly = true;
          kindPart = true;
        }
        if (!fallback && (q.subset || onStage || threshold || ofKind || remainder || someOfCounted)) return;
        if (DIFFERENCE_BEFORE.test(text.slice(Math.max(0, q.start - 8), q.start))) return;
        // 比上次活动分别增加3个、5个、2个项目: each a difference from another batch, not a count.
        if (q.listIndex > 0 && DIFFERENCE_LIST_BEFORE.test(text.slice(0, q.start))) return;
        // 九个项目负责人作了表态发言: people of the projects, not projects.
        if (PROJECT_PEOPLE_AFTER.test(text.slice(q.end, q.end + 8))) return;
        // 主会场集中开工的7个项目总投资41.3亿元: the projects at the main venue, a part (not 两江新区主会场…, a place's).
        if (MAIN_VENUE_PART.test(text.slice(0, q.start)) && headRegions(clause, q.start, state).length === 0) {
          partOnly = true;
          return;
        }
        // 其中已有68个签约项目实现开工: how far the projects of a stage have got since, not a batch's count.
        if (PROGRESSED_AFTER.test(text.slice(q.end, q.end + 16))) return;
        // 今年新开工的省区域医疗中心项目3个: projects of one named kind, not an activity's.
        // So is a post's point naming a kind (🔹 产业项目31个，总投资102.4亿元) and no stage or place.
        const kindPoint =
          EMOJI_LEAD.test(sentence.text) &&
          stages.length === 0 &&
          KIND_POINT.test(text.slice(0, q.start)) &&
          headRegions(clause, q.start, state).length === 0;
        // And a company's projects (宝钢湛江钢铁有限公司有4个项目同步投产).
        if (
          kindPoint ||
          zonesPart ||
          KIND_OF_STAGE_BEFORE.test(text.slice(0, q.start)) ||
          // 本期有港资、澳资及台资项目共43个: projects of one kind of investor, a part of the batch.
          INVESTOR_KIND_BEFORE.test(text.slice(Math.max(0, q.start - 10), q.start)) ||
          // 1—8月，全市新签约招商引资项目263个: the year's investment promotion, not an activity's batch.
          (PROMOTION_BEFORE.test(text.slice(0, q.start)) && !EVENT_WORD.test(sentence.text)) ||
          COMPANY_BEFORE.test(text.slice(0, q.start))
        ) {
          partOnly = true;
          return;
        }
        partOnly = false;
        onStageOnly = fallback;
        const before = lastEndingBy(stages, q.start);
        // 37个项目实现“拿地即开工”: a stage word in what the projects achieved is not their stage.
        const after = stages.find((st) => st.start >= q.end && !achievedOnly(text, q.end, st));
        // 另有28个项目现场签约、33个项目竣工投产: each count is of the stage right after it.
        // 3个签约项目、4个开工项目: the stage between a count and its 项目 is its own.
        const own =
          after &&
          (OWN_STAGE_BETWEEN.test(text.slice(q.end, after.start)) ||
            (STAGE_BEFORE_NOUN.test(text.slice(after.start)) && after.start === q.end))
            ? after
            : undefined;
        let ind =
          trailing[q.listIndex] ??
          listedStage(q, counts, respectiveHere || pairedStages || placeListed, stageList) ??
          own?.indicator ??
          before?.indicator ??
          after?.indicator ??
          namedStage;
        // 此次集中开工项目36个…。36个项目总投资187.5亿元: the count the sentence before gave its one stage, said again.
        if (
          !ind &&
          stages.length === 0 &&
          q === counts[0] &&
          priorCounts.includes(q.value) &&
          COUNT_THEN_AMOUNT.test(text.slice(q.end))
        )
          ind = priorStage;
        // 晋中市签约项目总投资148.6亿元，涉及项目24个: the projects of the stage just named.
        if (!ind && stage !== undefined && INVOLVED_BEFORE.test(text.slice(0, q.start))) ind = stage;
        // 一是签约一批，共9个项目: the stage its label named just before, not all the stages.
        if (!ind && stage !== undefined && STAGE_ONE_BATCH.test(clauseBefore)) ind = stage;
        // 【签约一批】 ⏎ 共31个项目 / 本批项目34个: the heading's stage, whatever marks the count as a whole.
        if (!ind && underHeading !== undefined) ind = underHeading;
        // Not a mark of an amount before the count (总投资合计约四百零五亿元的六十三个项目).
        const amountBefore = lastEndingBy(money, q.start);
        if (
          !ind &&
          (TOTAL_MARK.test(text.slice(amountBefore?.end ?? 0, q.end)) ||
            (sentence.row === true && PLACE_PROJECTS_ROW.test(sentence.text)))
        )
          ind = "projects.total";
        // 湛江经开区、遂溪县、廉江市分别有项目21个、14个、12个: places' projects with no stage named, all of them.
        // Also when the count's words hold the 分别 (沁源县的项目数分别为7个).
        if (!ind && (places ?? listedPlaces) && state.activity && RESPECTIVELY.test(text.slice(0, q.end)))
          ind = "projects.total";
        // 这是本次活动72个项目的总投资额: the event's projects, all of them.
        if (!ind && state.activity && THIS_EVENT_BEFORE.test(text.slice(0, q.start))) ind = "projects.total";
        // 共推进项目：86个 / 项目总数：204个: the whole's label before the colon that ends its clause.
        if (
          !ind &&
          state.activity &&
          text.slice(0, q.start).trim() === "" &&
          charBefore(sentence, clause) === "：" &&
          TOTAL_LABEL.test(clauseBefore)
        )
          ind = "projects.total";
        if (
          !ind &&
          state.activity &&
          !sentence.headline &&
          stages.length === 0 &&
          q === counts[0] &&
          (clause.start === sentence.start || VENUE_AT.test(clauseBefore)) &&
          COUNT_THEN_TOTAL.test(text)
        )
          ind = "projects.total";
        // 全区14个项目参加本次活动: the projects the place brought to the event, all of them.
        if (!ind && state.activity && JOINED_EVENT_AFTER.test(text.slice(q.end))) ind = "projects.total";
        // 郑州市参加本期活动的项目321个: the same, said before the count.
        if (!ind && JOINED_EVENT_BEFORE.test(text.slice(Math.max(0, q.start - 14), q.start))) ind = "projects.total";
        // A headline's count of an activity's projects with no stage (七百三十个项目总投资两千七百余亿元) is its total.
        if (!ind && !stage && (sentence.headline || itemTitle) && state.activity)
          ind =
            (sentence.headline && stageBeforeInHeadline(sentence, clause, q) ? headlineStage.get(state) : undefined) ??
            "projects.total";
        // 签约项目4个、开工项目6个、投产项目5个，15个项目总投资36.08亿元: the stages' counts summed, all the projects.
        // Also after the sentence giving them (…分别为24个、21个、18个。63个项目合计总投资256.5亿元).
        if (!ind && stages.length === 0 && COUNT_THEN_AMOUNT.test(text.slice(q.end))) {
          const before = stageCountsBefore.get(state);
          if (
            sumsStageCounts(out, q.value) ||
            (before?.paragraph === sentence.paragraph && sumsStageCounts(before.counts, q.value))
          )
            ind = "projects.total";
        }
        // Nor the projects of the year's pool (全市今年纳入“三个一批”项目库的项目共412个), whatever marks them as a whole.
        if (POOL_BEFORE.test(text.slice(0, q.start))) return;
        // Not projects another statistic counts (；1—10月，全市新入库固定资产投资项目412个, 储备项目, 在建项目).
        if (!ind && stage !== undefined && OTHER_STATISTIC_BEFORE.test(text.slice(Math.max(0, q.start - 16), q.start)))
          return;
        ind ??= stage;
        // 其中，原平经济技术开发区项目9个 / 平遥经济技术开发区8个: a place's own projects, no stage named, all of them.
        if (
          !ind &&
          state.activity &&
          stages.length === 0 &&
          q === counts[0] &&
          headRegions(clause, q.start, state).some((r) => PLACE_THEN_COUNT.test(text.slice(r.end, q.start)))
        )
          ind = "projects.total";
        // 18个项目落户九原区，签约金额96.5亿元: a count naming no stage takes the one its amount names next.
        // Only a count written before its projects (18个项目), not a kind's (工业项目197个，占全部开工项目的69.6%).
        if (!ind && stages.length === 0 && counts.length === 1 && /^(?:重点|重大)?项目/u.test(text.slice(q.end)))
          ind = stageOfNextClause(sentence, clauses, clause);
        if (!ind) return;
        // “开工一批”项目和“投产一批”项目各为53个: one count for each stage named before it.
        const each =
          counts.length === 1 &&
          (EACH_BEFORE.test(text.slice(Math.max(0, q.start - 4), q.start)) ||
            EACH_AFTER.test(text.slice(q.start, q.end)));
        // Also 签约、开工项目各7个: the stages one group names.
        const shared = each
          ? [
              ...new Set(
                stages
                  .filter((st) => st.end <= q.start)
                  .flatMap((st) => {
                    const listed = listedStages(text, st);
                    return listed.length > 1 ? listed : [st.indicator];
                  }),
              ),
            ]
          : [];
        for (const one of shared.length > 1 ? shared : [ind]) {
          clauseStage = one;
          countStages.push(one);
          // Also after the places and a colon (澧县、临澧县、桃源县：各开工项目5个).
          const shared = places ?? (text.startsWith("各") ? listedPlaces : undefined);
          const eachOf = eachPlace && shared && shared.length > 1 && counts.length === 1 ? shared : undefined;
          const owners = eachOf ?? [
            wholeInBracket(clause, q, state) ?? placeOf(q, counts, listedPlaces, aside ?? region),
          ];
          for (const place of owners) {
            if (!place) continue;
            const c = make(q, one, "count", clause, sentence, place, sectors, `${one}-count`);
            c.fallback = onStageOnly;
            // 第一次、第二次活动分别签约项目18个、17个: one batch per figure.
            const batch = batches.length === counts.length ? batches[q.listIndex] : undefined;
            if (batch) {
              c.period = projectPeriod(batch);
              ownBatch.add(c);
            }
            out.push(c);
          }
        }
      };
      for (const q of counts) readCount(q);
      // 集中签约和集中开工活动举行 ⏎ 102个项目总投资1268.5亿元: a clause naming several stages and no count is
      // about them all.
      if (!clauseStage && stages.length > 0)
        clauseStage =
          counts.length === 0 && new Set(stages.map((st) => st.indicator)).size > 1
            ? "projects.total"
            : (stages.at(-1) as Stage).indicator;
      // 开工项目5个以及投产项目3个，总投资32.4亿元: one amount after the counts of several stages is all of theirs.
      const clauseStages = countStages.slice(countStages.length - (out.length - figuresBefore));
      if (counts.length > 0)
        joined = counts.length > 1 && new Set(clauseStages).size > 1 && !clauseStages.includes("projects.total");
      // Not the whole a share is of (数量上占本次活动项目总数的23.4%): the stage before goes on.
      const own = text.replace(SHARE_WHOLE, "");
      if (!clauseStage && counts.length === 0 && TOTAL_MARK.test(own) && /项目/u.test(own))
        clauseStage = "projects.total";
      if (clauseStage) {
        stage = clauseStage;
        stageOfPart = /^其中/u.test(text);
      }
      // The last counts read, one per amount (a total before them stays out: 共推进100个，其中签约…、开工…).
      const listed = countStages.slice(-money.length);
      const prior = countStages[countStages.length - money.length - 1];
      const respectiveList = money.length > 1 && RESPECTIVELY.test(text.slice(0, money[0]?.start ?? 0));
      const respectively =
        respectiveList &&
        listedPlaces === undefined &&
        listed.length === money.length &&
        new Set(listed).size === listed.length &&
        (prior === undefined ||
          prior === "projects.total" ||
          // 签约项目46个，总投资415亿元；开工、投产项目各为53个，总投资依次为…: the stage before has its amount.
          out.some((c) => c.indicator === prior && c.measure === "investment"));
      // 从开工项目投资额看，南宁市528.3亿元、柳州市263.9亿元、钦州市241.6亿元位居前三: each amount right after
      // its place, the measure named in the clause before.
      const moneyPlaces = counts.length === 0 && money.length > 1 ? placesBeforeAmounts(text, money, state) : undefined;
      const moneyMeasure = moneyPlaces
        ? (LISTED_AMOUNTS_MEASURE.exec(clauseBefore) ??
          RANKED_AMOUNTS_MEASURE.exec(text.slice(0, money[0]?.start ?? 0)) ??
          RANKED_LIST_MEASURE.exec(text.slice(0, money[0]?.start ?? 0)) ??
          // 开工项目总投资居前五位的省辖市依次为：郑州市（612亿元）、…: the ranking in the clause before the colon.
          // Also the measure alone before the colon (签约项目投资额依次为：云州区（35.2亿元）、…).
          (charBefore(sentence, clause) === "："
            ? (RANKED_AMOUNTS_MEASURE.exec(clauseBefore) ?? MEASURE_LISTED_BEFORE_COLON.exec(clauseBefore))
            : null) ??
          // 从开工项目计划总投资看，排名前五的省辖市依次是：郑州市…: the measure before the ranking's words.
          LISTED_AMOUNTS_MEASURE.exec(
            sentence.text.slice(0, Math.max(0, clause.start - sentence.start)).replace(RANKING_BEFORE_LIST, ""),
          ) ??
          // 合肥（486.3亿元）、滁州（162.8亿元）签约项目总投资位居全省前三: the measure ranked after the list.
          MEASURE_RANKED_AFTER.exec(text.slice(money.at(-1)?.end ?? text.length)))
        : null;
      // 分别 over lists that do not line up (three counts, two amounts): no amount can be placed.
      if (
        respectiveList &&
        !respectively &&
        listedPlaces === undefined &&
        stageList.length !== money.length &&
        !moneyMeasure
      )
        continue;
      const shares = clauseQuantities(clause).filter((q) => q.kind === "share");
      // 共推进项目38个，总投资124.7亿元，分别占全省的4.7%和6.1%: one share per figure just read, in order.
      const before = shares.length > 1 && shares.every((q) => q.respectively) ? out.slice(-shares.length) : [];
      // 运城、晋中两市签约项目数分别占全省的14.6%和13.0%: places listed before the shares, one each.
      const ofAt = text.indexOf("占");
      const sharePlaces =
        shares.length > 1 && ofAt > 0 && shares.every((q) => q.respectively)
          ? (listedPlaces ?? headRegions(clause, ofAt, state).map((r) => r.region))
          : [];
      // 三市合计占全省签约项目总数的35.4%: a share of places taken together, no one place's.
      const pooled = shares.length > 0 && POOLED_SHARE.test(text);
      for (const q of shares) {
        if (partOnly || pooled) continue;
        const figure = before.length === shares.length ? before[q.listIndex] : undefined;
        const carried = !q.of && lastShareOf && text.slice(0, q.start).endsWith("占") ? lastShareOf : undefined;
        if (q.of) lastShareOf = q.of;
        const c = shareOf(
          carried ? { ...q, of: carried } : q,
          text,
          stages,
          // 签约项目31个、开工项目28个、投产项目24个，分别占全省的…: each share is of its figure's stage.
          // …，总投资共计82.6亿元，占全县本次总投资的65.1%: a share of money, no stage named, is of the amount just read.
          figure?.indicator ??
            (stages.length === 0 && lastMeasure === "investment"
              ? out.findLast((c) => c.measure === "investment")?.indicator
              : undefined) ??
            stage,
          clause,
          sentence,
          aside ?? (sharePlaces.length === shares.length ? sharePlaces[q.listIndex] : undefined) ?? region,
          state,
          figure?.measure ?? lastMeasure,
        );
        if (c) {
          c.fallback = onStageOnly;
          out.push(c);
        }
      }
      const sumOfStages =
        money.length === 1 &&
        counts.length === 0 &&
        SUM_LEAD.test(text) &&
        new Set(out.filter((c) => c.measure === "investment").map((c) => c.indicator)).size > 1;
      const readAmount = (q: Quantity): void => {
        // A headline rounds (总投资超两千亿元): its qualified amount is a sum across stages or a body figure rounded.
        // An exact one (2216个项目总投资1.3万亿元) merges with the body's figure it rounds, or stands alone.
        if (q.threshold || target || ((sentence.headline || itemTitle) && q.qualifier !== "exact")) return;
        const head = text.slice(0, q.start);
        // 签约项目与开工项目总投资合计1020.8亿元，前者602.3亿元，后者418.5亿元: a sum over the stages the sentence then
        // gives one by one, no figure of its own.
        const groups = stages.filter((st) => st.end <= q.start);
        const named = new Set([
          ...groups.map((st) => st.indicator).filter((ind) => ind !== "projects.total"),
          ...groups.flatMap((st) => listedStages(text, st)),
        ]);
        if (named.size > 1 && STAGES_SUMMED.test(head) && !RESPECTIVELY.test(head) && FORMER_IN.test(sentence.text)) {
          summedStages = [...named];
          summedMeasure = MEASURE.exec(head) ?? undefined;
          return;
        }
        const which = summedStages.length > 1 ? FORMER_LATTER_LEAD.exec(head)?.groups?.w : undefined;
        // A list item (、5721亿元) is of the measure its list began with.
        const m =
          (which ? summedMeasure : undefined) ??
          MEASURE.exec(q.listIndex > 0 ? text.slice(0, money[0]?.start ?? 0) : head) ??
          // 总投资突破千亿元，达1036.8亿元: the measure of a round amount in words before.
          (q.listIndex === 0 && AMOUNT_GOES_ON.test(head) ? ROUND_AMOUNT_BEFORE.exec(clauseBefore) : null) ??
          // 312.6亿元——这是本次活动72个项目的总投资额: the amount first, its measure after.
          (head.trim() === "" ? MEASURE_AFTER_DASH.exec(text.slice(q.end)) : null) ??
          // 💰总投资：613.7亿元: the measure, a colon, the amount.
          (head.trim() === "" && charBefore(sentence, clause) === "：" ? MEASURE.exec(clauseBefore) : null) ??
          // 两江新区签约项目投资额居首位，为316.8亿元: the measure ranked in the clause before.
          // Also the places' amounts listed (芜湖市、滁州市开工项目总投资分别居第二、第三位，为402.6亿元、315.2亿元).
          (AMOUNT_AFTER_RANK.test(q.listIndex === 0 ? head : text.slice(0, money[0]?.start ?? 0))
            ? RANKED_MEASURE_BEFORE.exec(clauseBefore)
            : null) ??
          // 签约项目总投资居前三位的依次是郑州市、洛阳市、新乡市，分别为1236亿元、…: the measure the places were
          // ranked by.
          // …总投资超过200亿元的省辖市有洛阳（286.3亿元）: the measure of the bound the places passed.
          (bound && q.start > bound.index ? MEASURE_ENDS.exec(text.slice(0, bound.index)) : null) ??
          (boundLead ? MEASURE_ENDS.exec(clauseBefore.slice(0, boundLead.index)) : null) ??
          // Also the measure of a bound each place passed (总投资均超过200亿元，分别为236.7亿元和208.9亿元).
          (RESPECTIVE_HEAD.test(text.slice(0, money[0]?.start ?? 0))
            ? (RANKED_LIST_MEASURE.exec(clauseBefore) ??
              PLACES_RANKED_BY_AMOUNT.exec(clauseBefore) ??
              BOUND_MEASURE.exec(clauseBefore))
            : null) ??
          // 宁波市开工项目总投资1203.6亿元，居全省首位；杭州市1128.9亿元: another place, the same measure.
          (lastMoneyMeasure && placeOnly(clause, head, state) ? lastMoneyMeasure : null) ??
          // 总投资分别为62.7亿元、45.38亿元、20.1亿元，合计128.18亿元: the stages' amounts summed.
          (sumOfStages ? lastMoneyMeasure : null) ??
          // 总投资14382亿元（签约4106亿元、开工6237亿元…）, 签约38亿元: a stage's amount right after its word.
          (STAGE_BEFORE_AMOUNT.test(head) ? CELL_MEASURE.exec("总投资") : null) ??
          // 签约：28个，186.2亿元 on a line of its own: the amount of the projects just counted.
          (sentence.row === true && head.trim() === "" && COUNT_CLAUSE_END.test(clauseBefore)
            ? CELL_MEASURE.exec("总投资")
            : null) ??
          // 临渭区　11个　61.2亿元 under 各县市区集中开工项目情况: a bare amount of the stage's projects.
          (sectionStage !== undefined && head.trim() === "" ? CELL_MEASURE.exec("总投资") : null) ??
          // 林州市（10个、58.6亿元）: a place's count and amount in brackets after it, the amount its projects'.
          (COUNT_IN_BRACKET_BEFORE.test(head) && placeBeforeBracket(head, state)
            ? CELL_MEASURE.exec("总投资")
            : null) ??
          // 枣阳市开工项目18个、总投资62.4亿元；宜城市11个、38.7亿元: a place's count and amount, the words left out.
          (PLACE_COUNT_BEFORE.test(head) && placeBeforeCount(head, state) ? CELL_MEASURE.exec("总投资") : null) ??
          // 80个项目、326.5亿元！ in a headline: the amount the projects counted just before it add up to.
          // Also in the body, joined by 、 (合计85个项目、463.2亿元).
          ((sentence.headline || itemTitle || head.endsWith("、")) && HEADLINE_COUNT_AMOUNT.test(head)
            ? CELL_MEASURE.exec("总投资")
            : null) ??
          moneyMeasure;
        if (!m?.groups?.m) return;
        if (SINGLE_PROJECT.test(head)) partOnly = true;
        // 总投资12亿元的高性能铝合金型材项目开工: the amount of the one project it names.
        if (ONE_PROJECT_AFTER.test(text.slice(q.end))) {
          partOnly = true;
          return;
        }
        if (partOnly || NOT_BATCH_MONEY.test(head.slice(0, m.index))) return;
        const before = lastEndingBy(stages, q.start);
        const ind =
          // …投产251个项目，总投资1017.5亿元，三项合计811个、总投资4652.4亿元: the stages summed, all the projects.
          (before === undefined && STAGES_SUMMED_LEAD.test(text) ? "projects.total" : undefined) ??
          (which ? (which === "前者" ? summedStages[0] : summedStages.at(-1)) : undefined) ??
          (sumOfStages ? "projects.total" : undefined) ??
          listedStage(q, money, respectiveHere, stageList) ??
          (respectively ? listed[q.listIndex] : undefined) ??
          // 总投资居前三位的是洛阳高新区、孟津区、洛阳经开区，分别为142.6亿元、…: places ranked by all their projects'
          // amount when the ranking names no stage and the sentence's stage, if any, was a part's.
          (before === undefined &&
          (stage === undefined || stageOfPart) &&
          RESPECTIVE_HEAD.test(text.slice(0, money[0]?.start ?? 0)) &&
          (RANKED_LIST_MEASURE.test(clauseBefore) || PLACES_RANKED_BY_AMOUNT.test(clauseBefore)) &&
          stagesOf(clauseBefore).length === 0
            ? // 梨树县、伊通县…分别开工项目十一个…。投资额排在前两位的是梨树县和双辽市: the stage the sentence before counted.
              // Not after a frame of its own (…集中投产。从投资规模看，总投资居前三位的是…): a new breakdown of them all.
              FRAME_OPENING.test(sentence.text)
              ? "projects.total"
              : (priorStage ?? "projects.total")
            : undefined) ??
          // 投产项目4个，三类项目总投资35.2亿元: the three stages' projects together, the batch's total.
          (before === undefined && THREE_KINDS.test(head.slice(0, m.index)) ? "projects.total" : undefined) ??
          before?.indicator ??
          (joined || rowOfStages ? "projects.total" : stage) ??
          // 郑州市本期项目总投资2186亿元: the batch's projects, all of them.
          // 项目总投资居前五位的依次是邓州市（128.6亿元）、…: the places' projects, all of them.
          (state.activity &&
          (ALL_PROJECTS_BEFORE.test(head.slice(0, m.index)) ||
            // 本期活动，全市项目总投资1527.4亿元: the event named in the clause before.
            (THIS_EVENT_FRAME.test(clauseBefore) && OWN_PROJECTS_HEAD.test(head.slice(0, m.index))) ||
            (moneyPlaces !== undefined && /^项目$/u.test(head.slice(0, m.index))))
            ? "projects.total"
            : undefined);
        if (!ind) return;
        const measure = /产值|收入|营收/u.test(m.groups.m) ? "output" : "investment";
        const inBracket = bracketPlaces?.[bracketEnds.findIndex((end) => q.end < end)];
        // 湾沚区、繁昌区开工项目各12个，总投资均超过40亿元: one amount each listed place has.
        const eachOf =
          money.length === 1 && listedPlaces !== undefined && listedPlaces.length > 1 && EACH_AMOUNT.test(head)
            ? listedPlaces
            : undefined;
        // Not 各县项目总投资均超过10亿元: a size each of several places exceeds, none named.
        if (!eachOf && EACH_AMOUNT.test(head)) return;
        const owners = eachOf ?? [
          moneyPlaces?.[money.indexOf(q)] ?? inBracket ?? placeOf(q, money, listedPlaces, aside ?? region),
        ];
        for (const place of owners) {
          if (!place) continue;
          const c = make(q, ind, measure, clause, sentence, place, [], `${ind}-${measure}`);
          c.unit = q.currency ?? "CNY";
          lastMoneyMeasure = m;
          c.fallback = onStageOnly;
          out.push(c);
        }
        if (owners.every((place) => !place)) return;
        // 分别达到29个、37个、18个，其中投产项目总投资46.1亿元，预计年产值58.7亿元: the output after is that stage's.
        if (before !== undefined && before.indicator !== "projects.total" && /^其中/u.test(text)) {
          stage = before.indicator;
          joined = false;
        }
      };
      // 太原市：签约项目32个，开工项目29个，投产项目26个，总投资486.3亿元: one amount after clauses of several
      // stages' counts, none with an amount of its own, is theirs together.
      if (charBefore(sentence, clause) === "；") countsSinceAmount = countStages.length - counts.length;
      // A total before its parts (共推进项目69个，其中签约项目25个，开工…) leaves the parts to sum.
      const sinceAmount = countStages.slice(countsSinceAmount);
      const stagesBefore = sinceAmount[0] === "projects.total" ? sinceAmount.slice(1) : sinceAmount;
      if (
        counts.length === 0 &&
        countedBefore &&
        stages.length === 0 &&
        money.length === 1 &&
        TOTAL_AMOUNT_LEAD.test(text) &&
        stagesBefore.length >= 2 &&
        new Set(stagesBefore).size === stagesBefore.length &&
        !stagesBefore.includes("projects.total") &&
        // Not counts of several places (大同市本期开工项目20多个，晋中市签约项目26个，总投资180亿元左右): the last one's.
        new Set(
          out
            .filter((c) => c.measure === "count")
            .slice(-stagesBefore.length)
            .map((c) => c.region.name),
        ).size === 1
      )
        joined = true;
      for (const q of money) readAmount(q);
      if (money.length > 0) countsSinceAmount = countStages.length;
      countedBefore = counts.length > 0;
      const last = out.length > figuresBefore ? out.at(-1) : undefined;
      if (last) lastMeasure = last.measure;
      // 签约项目总投资386亿元、开工项目总投资521亿元、投产项目总投资205亿元，分别涉及项目92个、118个、64个: the
      // stages the amounts were listed by, for a list of counts after them.
      const amountStages: IndicatorId[] = [];
      for (let i = figuresBefore; i < out.length; i++) {
        const c = out[i] as Candidate;
        if (c.measure === "investment") amountStages.push(c.indicator);
      }
      if (
        amountStages.length > 1 &&
        new Set(amountStages).size === amountStages.length &&
        !amountStages.includes("projects.total")
      )
        stageList = amountStages;
    }
    const counted = out.length > 1 ? out.filter((c) => c.measure === "count" && c.indicator !== "projects.total") : [];
    if (counted.length > 1) stageCountsBefore.set(state, { paragraph: sentence.paragraph, counts: counted });
    // 签约项目23个，占全省（318个）的7.2%: the whole a share is of, given in brackets, is its place's figure.
    if (out.length > 0 && sentence.text.includes("占")) wholesInBrackets(sentence, clauses, state, out);
    if (stage !== undefined && out.length > 0)
      lastStage.set(state, {
        stage,
        paragraph: sentence.paragraph,
        stages: new Set(out.map((c) => c.indicator)).size,
        counts: out.filter((c) => c.indicator === stage && c.measure === "count").map((c) => c.value),
      });
    // 今年以来…两次活动累计…: a sum over several batches has no batch (the contract). Figures
    // before the clause that says so keep theirs (加上3月份第一批集中开工的751个项目，今年以来…1516个).
    const over = out.length > 0 ? OVER_BATCHES.exec(sentence.text) : null;
    if (over) {
      const from = Math.max(overFrom, 0);
      const overEnd = sentence.start + over.index + over[0].length;
      for (let i = from; i < out.length; i++) {
        const c = out[i] as Candidate;
        // 上半年两次集中开工活动共开工项目165个: the months summed over stay. Not months the sentence does not
        // name (全市在今年前三次…活动中累计签约项目126个 in a bulletin on 1—10月): the year's batches so far.
        if (ownBatch.has(c)) continue;
        // …四次活动累计签约项目316个，其中第四次活动集中签约项目92个: a batch named after the sum is its figures'.
        // Not a batch named before a sum (这是今年以来…第二次集中签约活动，两批累计签约项目109个).
        const between =
          c.start > overEnd ? sentence.text.slice(overEnd - sentence.start, c.start - sentence.start) : "";
        const namedBatch = [...between.matchAll(NAMED_BATCH)].at(-1);
        if (
          c.period.batch !== undefined &&
          namedBatch !== undefined &&
          !SUMMED_AFTER_BATCH.test(between.slice(namedBatch.index + namedBatch[0].length))
        )
          continue;
        const named = MONTHS_NAMED.test(sentence.text.slice(0, c.start - sentence.start));
        // 一季度，全省三批集中开工活动累计开工…: the quarter named stays too.
        c.period = projectPeriod({
          year: c.period.year,
          months: named ? c.period.months : undefined,
          quarter: named ? c.period.quarter : undefined,
        });
      }
    }
    return out;
  },
};

const PROMOTION_BEFORE = /招商引资[^，。；]{0,4}$/u;
const EVENT_WORD = /三个一批|活动|集中|仪式|现场|会场/u;
const COUNT_THEN_AMOUNT = /^(?:重点|重大)?项目(?:的)?(?:合计|共计|总计)?(?:计划)?(?:总投资|投资总额)/u;

/**
 * Whether the headline's stage can be a count's: named in its phrase or before, or on a headline line before
 * this one (not 2436个项目总投资1.92万亿元 开工项目投资逾八千亿元, where 开工 names a later phrase's figure).
 */
function stageBeforeInHeadline(sentence: Sentence, clause: Clause, q: Quantity): boolean {
  // The count's own phrase ends at the next space (31个项目“云签约” 西安高新区…: its 签约 is its own).
  const at = clause.start - sentence.start + q.end;
  const space = sentence.text.slice(at).search(/\s/u);
  const phraseEnd = space < 0 ? sentence.text.length : at + space;
  return stagesOf(sentence.text).every((st) => st.start < phraseEnd);
}

/** Whether the stages' counts read so far in the sentence, one per stage, add up to `total`. */
function sumsStageCounts(out: readonly Candidate[], total: number): boolean {
  const parts = out.filter((c) => c.measure === "count" && c.indicator !== "projects.total");
  return (
    parts.length > 1 &&
    new Set(parts.map((c) => c.indicator)).size === parts.length &&
    parts.reduce((sum, c) => sum + c.value, 0) === total
  );
}

// 三项合计 (which the text stage writes 三个合计, 项 as a count word), 三类项目合计, 三者合计.
const STAGES_SUMMED_LEAD = /^(?:[三两][项个类者]|三批)(?:项目)?(?:合计|共计|总计)/u;
const THREE_KINDS = /(?:本期|本次|此次)?(?:三类|三批)项目(?:的)?(?:合计|共计|总计)?$/u;
const WHOLE_AND_PARTS =
  /^全(?:省|市)[\d一二三四五六七八九十]+个(?:设区市|地市|市州|县（市、区）|县市区|县区)(?:和|及|、)/u;
const PLACES_AFTER = /(?:分别|依次)(?:落户|落地|落在|位于|分布在|分布于|来自|在)(?<list>[^，；。！]{4,})[。！]?$/u;

const ACTIVITY_AFTER_PLACES = /(?:同步|集中|同时)?(?:签约|开工|动工|投产|竣工|开竣工|落地)+(?:建设)?$/u;

/** The places a clause lists after its counts (分别落户新安县和宜阳县), one per count. */
function placesClosing(text: string, from: number, state: ReadingState): Array<Candidate["region"]> | undefined {
  const m = PLACES_AFTER.exec(text.slice(from));
  // 分别在百色、贵港两市集中开工: the places, then what the projects did there.
  const list = m?.groups?.list?.replace(ACTIVITY_AFTER_PLACES, "");
  return list ? regionListBefore(list, state.home, state.seenZones)?.regions : undefined;
}

/**
 * The clauses of a sentence with each bracketed aside about another place
 * (占全省的15.2%（全省开工项目414个）) blanked out and read after its clause, as a
 * clause of its own about that place.
 */
function withAsides(
  clauses: readonly Clause[],
  state: ReadingState,
): Array<{ clause: Clause; aside: Candidate["region"] | undefined; part: boolean }> {
  const out: Array<{ clause: Clause; aside: Candidate["region"] | undefined; part: boolean }> = [];
  for (const clause of clauses) {
    // 依次是邓州市（128.6亿元）、卧龙区（115.3亿元）: places each with its amount in brackets, a list, no asides.
    if (BRACKETED_AMOUNTS.test(clause.text)) {
      out.push({ clause, aside: undefined, part: false });
      continue;
    }
    const found = findAside(clause, state);
    if (found) {
      out.push({ clause: found.main, aside: undefined, part: false });
      // （晋城全市本次共推进项目71个…；全省共推进项目698个…）: after ； the aside goes on about the place it names.
      const semi = found.inner.text.indexOf("；");
      const rest: Clause | undefined =
        semi > 0
          ? { ...found.inner, text: found.inner.text.slice(semi + 1), start: found.inner.start + semi + 1 }
          : undefined;
      const next = rest ? headRegions(rest, rest.text.length, state).find((r) => r.start === 0)?.region : undefined;
      if (rest && next && next.name !== found.region.name) {
        const first = found.inner.text.slice(0, semi);
        out.push(
          { clause: { ...found.inner, text: first, features: textFeatures(first) }, aside: found.region, part: false },
          { clause: { ...rest, features: textFeatures(rest.text) }, aside: next, part: false },
        );
      } else out.push({ clause: found.inner, aside: found.region, part: false });
      continue;
    }
    // 共签约项目41个（其中鸠江区9个、弋江区6个）: the whole, then its parts by place as a clause after it.
    const part = BREAKDOWN_BRACKET.exec(clause.text);
    const inner = part?.groups?.inner ?? part?.groups?.stages;
    if (!part || !inner) {
      out.push({ clause, aside: undefined, part: false });
      continue;
    }
    const end = part.index + part[0].length;
    const main = clause.text.slice(0, part.index) + " ".repeat(part[0].length) + clause.text.slice(end);
    out.push(
      { clause: { ...clause, text: main, features: textFeatures(main) }, aside: undefined, part: false },
      {
        clause: { ...clause, text: inner, start: clause.start + part.index + 1, features: textFeatures(inner) },
        aside: undefined,
        part: true,
      },
    );
  }
  return out;
}

const BRACKETED_AMOUNTS =
  /(?:\p{Script=Han}{2,12}[（(](?:约|近|超|逾)?\d+(?:\.\d+)?(?:万亿|亿|万)元[）)][、，,和及与]?){2,}/u;
// Also the stages' parts without 其中 (共推进项目71个（签约24个、开工27个、投产20个）; 总投资14382亿元（签约4106亿元、…）).
// Only right after the whole's own figure: 南阳（签约项目61个，总投资472.6亿元） is a place's figures.
const BREAKDOWN_BRACKET =
  /[（(](?<inner>其中[^（）()]{2,80}?\d+个[^（）()]{0,80})[）)]|(?<=\d(?:个|亿元|万元))[（(](?<stages>(?:签约|开工|动工|投产)(?:项目)?\d+(?:\.\d+)?(?:个|亿元|万元)[、，,][^（）()]{4,80})[）)]/u;

const SHARE_MEASURE_WORD =
  /项目(?:数量|个数|数)|总投资|投资额|投资|签约金额|合同总金额|合同总额|合同金额|签约额|签约总额|引资额|年产值|产值/gu;
// Money a share may be of besides 投资 (签约金额, 合同金额, 引资额).
const MONEY_OF_SHARE = /投资|金额|签约额|总额|引资|资金/u;

/** The measures listed before 占 (项目数、总投资分别占…): share, investment share, output share. */
function listedShareMeasures(head: string): Candidate["measure"][] {
  const share = head.indexOf("占");
  const before = share >= 0 ? head.slice(0, share) : head;
  const words = before.match(SHARE_MEASURE_WORD) ?? [];
  return words.map((w) => (w.startsWith("项目") ? "share" : w.includes("产值") ? "output_share" : "investment_share"));
}

// A share standing alone is of what the clause before it gave: 签约项目72个，占全省的6.5%.
const AS_SHARE: Record<string, Candidate["measure"]> = {
  count: "share",
  investment: "investment_share",
  output: "output_share",
};

/**
 * A stage's share of a larger whole: 开工项目数占全省的15.2% (of the count),
 * 签约投资占全市的40% (of the money). Not of the event itself (占本次活动的).
 */
function shareOf(
  q: Quantity,
  text: string,
  stages: readonly Stage[],
  stage: IndicatorId | undefined,
  clause: Clause,
  sentence: Sentence,
  region: Candidate["region"],
  state: ReadingState,
  lastMeasure: Candidate["measure"] | undefined,
): Candidate | undefined {
  const of = q.of ?? "";
  // 占比超过四成: a part's proportion of the batch itself, no larger whole named.
  // A larger whole named by its place (占全区开工项目总投资的15.3%) is one; 项目 alone is the event's own projects.
  // 占全省本次签约总额的19.7%: the province's part of the same event is a whole too.
  // 占太原市本次签约项目的15.5%: a larger place named first is a whole too.
  if (
    of === "" ||
    of.startsWith("比") ||
    (/本次|本期|此次|活动|项目/u.test(of) && !WHOLE_PLACE.test(of) && !namesLargerPlace(of, region, state))
  )
    return undefined;
  // 分别占全年计划的41.6%和38.2%: progress against a plan, not a part of a whole.
  if (/计划|目标|任务/u.test(of)) return undefined;
  const head = text.slice(0, q.start);
  // 开工项目数、总投资分别占全区的5.3%和4.7%: one share per measure listed, in order.
  const measures = q.respectively ? listedShareMeasures(head) : [];
  const listedMeasure = measures.length > 1 ? measures[q.listIndex] : undefined;
  const measure = listedMeasure
    ? listedMeasure
    : MONEY_OF_SHARE.test(head)
      ? "investment_share"
      : /产值/u.test(head)
        ? "output_share"
        : /项目/u.test(head)
          ? "share"
          : /^(?:分别|依次)?[约近超逾]?$/u.test(head.slice(0, head.indexOf("占")))
            ? AS_SHARE[lastMeasure ?? ""]
            : undefined;
  const group = lastEndingBy(stages, q.start);
  // 签约、开工、投产项目分别占全省的12.3%、10.8%和9.6%: one share per stage, in order.
  const listed = group ? (text.slice(group.start, group.end).match(STAGE_WORD) ?? []) : [];
  const item = listed.length > 1 && q.respectively ? listed[q.listIndex] : undefined;
  // 我县项目个数占全市的20.8%，总投资占全市的两成以上: no stage named, the whole event's.
  const ind =
    (item ? stageWord(item) : undefined) ??
    group?.indicator ??
    // 推进项目数占全市的45.8% after a stage's figures: the projects pushed forward, all of them.
    (WHOLE_COUNTED.test(head) ? "projects.total" : undefined) ??
    stage ??
    (WHOLE_OF_SHARE.test(head) ? "projects.total" : undefined);
  if (!measure || !ind) return undefined;
  const c = make(q, ind, measure, clause, sentence, region, [], `${ind}-${measure}`);
  c.unit = "percent";
  c.of = spellOutWhole(of, state.home);
  return c;
}

/** Whether a share's whole opens with a place that holds `region` (太原市本次签约项目 for 阳曲县). */
function namesLargerPlace(of: string, region: Candidate["region"], state: ReadingState): boolean {
  const lead = openingPlace(of, state);
  if (!lead || lead.region.code === null) return false;
  const own = region.code ?? state.home.parent?.code ?? null;
  return own !== null && own !== lead.region.code && isWithinRegion(own, lead.region.code);
}

const WHOLE_OF_SHARE = /^[^，；]*(?:项目(?:个数|数量|总数|数)|总投资|投资总额|投资额)[^，；]*占/u;
const PRONOUN = /^(?:全|我|本|该)(?:省|市|区|县|州|盟)$/u;

/**
 * A city a provincial report's paragraph is about (朔州市分会场设在怀仁经济技术开发区。本次活动全市共推进
 * 项目38个): its 全市 is that city, not the province.
 */
/**
 * 37个项目实现“拿地即开工”: a stage word in what the projects achieved is not their stage. But
 * 另有2个项目实现投产 is: the stage itself achieved.
 */
function achievedOnly(text: string, from: number, st: Stage): boolean {
  const gap = text.slice(from, st.start);
  return ACHIEVED.test(gap) && !(ACHIEVED_STAGE.test(gap) && !/^[”"]/u.test(text.slice(st.end)));
}

const ACHIEVED_STAGE = /^(?:项目)?(?:已|均|全部|顺利)?实现$/u;

function cityOfParagraph(region: Candidate["region"], state: ReadingState): boolean {
  const home = state.home.region.level;
  return (
    ((home === "province" || home === "county") && region.level === "prefecture") ||
    (home === "prefecture" && region.level === "county")
  );
}

/** Whether a place word (全市) can stand for `region` (吕梁市, not 山西省). */
function fitsPronoun(text: string, named: { start: number; end: number }, region: Candidate["region"]): boolean {
  return region.name.endsWith(text.charAt(named.end - 1));
}

/**
 * The stage a figure of a 分别 list takes from a list of stages as long as its
 * own. A function of the module, not a closure made per clause: run through
 * tsx, a closure bound to a name is named again by a helper call each time it is made.
 */
function listedStage(
  q: Quantity,
  all: readonly Quantity[],
  respective: boolean,
  stages: readonly IndicatorId[],
): IndicatorId | undefined {
  return respective && all.length > 1 && stages.length === all.length ? stages[q.listIndex] : undefined;
}

/**
 * Counts right after their stage words (开工142个), read in a table row or a total's 其中 clause;
 * after 分别 the list goes on (分别签约8个、5个), one count per place listed before.
 */
/** The places of 介休市签约7个、平遥县签约5个, one per item, or undefined when an item names none. */
function placesOfStageCounts(text: string, state: ReadingState): Array<Candidate["region"]> | undefined {
  const out: Array<Candidate["region"]> = [];
  for (const item of text.split(/、|(?<=个)[和及]/u)) {
    const name = /^\p{Script=Han}*?(?=签约|开工|动工|投产)/u.exec(item)?.[0] ?? "";
    // 、开工8个 after 榆次区签约9个: the place before.
    const before = out.at(-1);
    if (name === "" && before) {
      out.push(before);
      continue;
    }
    const hit = subjectRegions(name, { home: state.home, seenZones: state.seenZones }).at(-1);
    if (hit?.start !== 0 || hit.end !== name.length || PRONOUN.test(name)) return undefined;
    out.push(hit.region);
  }
  return out;
}

function stageCounts(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of execAll(STAGE_COUNT, text)) {
    const num = m.groups?.num;
    const n = num ? parseInteger(num) : null;
    if (!num || n === null || n < 1) continue;
    let end = m.index + m[0].length;
    const count = countAt(n, end - num.length - 1, end, out.length);
    // 其中现场签约10个: those signed on stage, a part of the batch.
    if (text.slice(Math.max(0, m.index - 2), m.index) === "现场") count.subset = count.onSite = true;
    out.push(count);
    if (!RESPECTIVE_LIST_BEFORE.test(text.slice(0, m.index))) continue;
    for (let i = 1; ; i++) {
      const item = LIST_ITEM_COUNT.exec(text.slice(end));
      const v = item?.groups?.num ? parseInteger(item.groups.num) : null;
      if (!item || v === null || v < 1) break;
      out.push(countAt(v, end + item[0].length - (item.groups?.num?.length ?? 0) - 1, end + item[0].length, i, true));
      end += item[0].length;
    }
  }
  return out;
}

/** Whether the text before an amount is one place and nothing else (杭州市1128.9亿元). */
function placeOnly(clause: Clause, head: string, state: ReadingState): boolean {
  // Also with the verb left (宜昌市为763.9亿元).
  const end = head.trimEnd().replace(/(?:为|达到?|是)$/u, "").length;
  return end >= 2 && headRegions(clause, end, state).some((r) => r.start === 0 && r.end === end);
}

const RESPECTIVE_AT = /(?:分别|依次)(?:有|为|是|达到|达)?(?=[\d零〇一二两三四五六七八九十百千]+个)/u;

/** Counts without 项目 after places listed before 分别 (顺德区、南海区分别有14个和13个), placed in the clause. */
function placesThenCounts(text: string, state: ReadingState): Quantity[] {
  const at = RESPECTIVE_AT.exec(text)?.index;
  if (at === undefined || at < 4) return [];
  if ((regionListBefore(text.slice(0, at), state.home, state.seenZones)?.regions.length ?? 0) < 2) return [];
  return respectiveCounts(text.slice(at)).map((q) => ({ ...q, start: q.start + at, end: q.end + at }));
}

/** Whether places are listed before 分别签约8个、5个 (each its count), not something else. */
function respectiveStagePlaces(text: string, state: ReadingState): boolean {
  const at = RESPECTIVE_STAGE.exec(text)?.index;
  if (at === undefined || at < 4) return false;
  return (regionListBefore(text.slice(0, at), state.home, state.seenZones)?.regions.length ?? 0) > 1;
}

const LIST_ITEM_COUNT = /^[、和及与](?<num>\d+|[一二两三四五六七八九十百千]+)个(?![月年])/u;

// Also after a list's dash (——沁阳市17个，总投资52.3亿元；).
const PLACE_COUNT =
  /^(?:——|[-—·•])?(?:其中)?(?<head>[^\d，；、]{2,24}?)(?<alias>[（(][^\d（）()，；、]{2,12}[）)])?(?<verb>(?:本期|本次|此次|本批)?(?:共有|共计|合计|共|有|为))?(?<num>\d+|[零〇一二两三四五六七八九十百千]+)个(?=[。！]?$|、(?:总投资|投资)?\d+(?:\.\d+)?(?:万亿|亿|万)元[。！]?$)/u;

/**
 * A clause that is a place and a count (于都县9个, 全省共289个; 宜城市11个、38.7亿元; 旌阳区21个、总投资86.4亿元), the
 * place named in full.
 */
function placeCount(clause: Clause, state: ReadingState): Quantity | undefined {
  const m = PLACE_COUNT.exec(clause.text);
  const head = m?.groups?.head;
  const num = m?.groups?.num;
  if (!m || !head || !num) return undefined;
  const at = m[0].length - num.length - 1;
  // 洛阳经济技术开发区（洛阳经开区）6个: the place named before its short name in brackets.
  const headEnd = at - (m.groups?.verb?.length ?? 0) - (m.groups?.alias?.length ?? 0);
  if (!headRegions(clause, headEnd, state).some((r) => r.end === headEnd && r.end - r.start === head.length))
    return undefined;
  const n = parseInteger(num);
  if (n === null || n < 1) return undefined;
  return countAt(n, at, m[0].length);
}

/**
 * A clause that lists places, each with its count (介休市11个、灵石县9个、平遥县8个), every item a place named in
 * full: the counts and their places, in order.
 */
function placeCountList(
  clause: Clause,
  state: ReadingState,
): { counts: Quantity[]; places: Array<Candidate["region"]> } | undefined {
  if (!clause.text.includes("、")) return undefined;
  const counts: Quantity[] = [];
  const places: Array<Candidate["region"]> = [];
  let at = 0;
  for (const item of clause.text.split("、")) {
    const m = PLACE_COUNT.exec(item);
    const head = m?.groups?.head;
    const num = m?.groups?.num;
    if (!m || !head || !num || m.groups?.verb) return undefined;
    const region = subjectRegions(head, { home: state.home, seenZones: state.seenZones }).at(-1);
    const n = parseInteger(num);
    if (region?.start !== 0 || region.end !== head.length || n === null || n < 1) return undefined;
    const end = at + m[0].length;
    counts.push(countAt(n, end - num.length - 1, end, counts.length, true));
    places.push(region.region);
    at += item.length + 1;
  }
  return counts.length > 1 ? { counts, places } : undefined;
}

const STAGE_COLUMNS =
  /(?<stages>(?:签约|开工|动工|投产)(?:[、和及](?:签约|开工|动工|投产))+)的?(?:重点|重大)?项目(?:数量|个数|数)?(?:分别|依次)(?:为|是)[：:]/u;
const PLACE_ROW_COUNTS = /^(?<place>\p{Script=Han}{2,12}?)(?<list>\d+个(?:、\d+个)+)。?$/u;

/**
 * The rows after stages listed as columns (签约、开工、投产项目数分别为：): each a place named in full and one count
 * per stage, in the stages' order; undefined unless every row is so.
 */
function stageColumns(sentence: Sentence, clauses: readonly Clause[], state: ReadingState): Candidate[] | undefined {
  const m = STAGE_COLUMNS.exec(sentence.text);
  const named = m?.groups?.stages;
  if (!m || !named) return undefined;
  const stages = named.split(/[、和及]/u).map((w) => STAGES[w]);
  const listFrom = sentence.start + m.index + m[0].length;
  const out: Candidate[] = [];
  for (const clause of clauses) {
    if (clause.start + clause.text.length <= listFrom) continue;
    const from = Math.max(0, listFrom - clause.start);
    const row = PLACE_ROW_COUNTS.exec(clause.text.slice(from));
    const place = row?.groups?.place;
    const list = row?.groups?.list;
    if (!place || !list) return undefined;
    const hit = subjectRegions(place, { home: state.home, seenZones: state.seenZones }).at(-1);
    const counts = list.split("、");
    if (hit?.start !== 0 || hit.end !== place.length || counts.length !== stages.length) return undefined;
    let at = from + place.length;
    for (const [i, item] of counts.entries()) {
      const stage = stages[i];
      const n = parseInteger(item.slice(0, -1));
      if (!stage || n === null || n < 1) return undefined;
      const q = countAt(n, at, at + item.length, i, true);
      out.push(make(q, stage, "count", clause, sentence, hit.region, [], `${stage}-count`));
      at += item.length + 1;
    }
  }
  return out.length > 0 ? out : undefined;
}

/** Counts of a 分别 list at the head of a clause (分别为68个、57个和41个), in order. */
/** The count a match's `num` closes with (its 个 last, maybe a full stop after), or undefined. */
function countClosing(m: RegExpExecArray | null): Quantity | undefined {
  const num = m?.groups?.num;
  const n = num ? parseInteger(num) : null;
  if (!m || !num || n === null || n < 1) return undefined;
  const at = m.index + m[0].length - num.length - 1 - (m[0].endsWith("。") ? 1 : 0);
  return countAt(n, at, at + num.length + 1);
}

function respectiveCounts(text: string, re: RegExp = RESPECTIVE_COUNTS): Quantity[] {
  const m = re.exec(text);
  const list = m?.groups?.list;
  if (!m || !list) return [];
  const out: Quantity[] = [];
  let at = m[0].length - list.length;
  for (const item of list.split(/[、和及与]/u)) {
    const n = parseInteger(item.slice(0, -1));
    if (n === null || n < 1) return [];
    out.push(countAt(n, at, at + item.length, out.length, true));
    at += item.length + 1;
  }
  return out;
}

// 占全市首批集中开工项目（43个）的三成多: the count in brackets is of the whole the share is of.
const SHARE_WHOLE_OPEN = /占(?<whole>[^，；（(]{2,24})[（(][^）)]*$/u;

/** The place of a count written in brackets after the whole a share is of (占全市…项目（43个）). */
function wholeInBracket(clause: Clause, q: Quantity, state: ReadingState): Candidate["region"] | undefined {
  const whole = SHARE_WHOLE_OPEN.exec(clause.text.slice(0, q.end))?.groups?.whole;
  if (!whole) return undefined;
  return openingPlace(whole, state)?.region;
}

/** The place a phrase opens with, 全 before its name allowed (占全运城市本次项目总数（108个）的16.7%). */
function openingPlace(text: string, state: ReadingState): RegionMentionHit | undefined {
  const lead = subjectRegions(text, { home: state.home, seenZones: state.seenZones })[0];
  return lead && (lead.start === 0 || (lead.start === 1 && text.startsWith("全"))) ? lead : undefined;
}

/** 从全省看，本期签约、开工、投产项目逾2000个: the place a clause's frame looks over, for the clauses after it. */
function placeFramed(clause: Clause, state: ReadingState): RegionMentionHit | undefined {
  const inner = PLACE_FRAME.exec(clause.text)?.groups?.place;
  return inner ? placeFilling(inner, 1, state) : undefined;
}

/** 在运城，“投产一批”15个项目率先亮相: a sentence opening with 在 and a place alone is about that place. */
function placeAfterZai(clause: Clause, sentence: Sentence, state: ReadingState): RegionMentionHit | undefined {
  if (clause.start !== sentence.start || !clause.text.startsWith("在")) return undefined;
  return placeFilling(clause.text.slice(1), 1, state);
}

/** A place that is the whole of `text`, its offsets moved by `at` (where the text starts in its clause). */
function placeFilling(text: string, at: number, state: ReadingState): RegionMentionHit | undefined {
  const hit = subjectRegions(text, { home: state.home, seenZones: state.seenZones })[0];
  return hit && hit.start === 0 && hit.end === text.length ? { ...hit, start: at, end: hit.end + at } : undefined;
}

const PLACE_BEFORE_LIST =
  /^(?:其中[，,]?)?(?<head>[^\d，；、]{2,12}?)(?=分别|依次|为[\d零〇一二两三四五六七八九十百千]+个[、和及与])/u;
// The list after the place: 分别为8个、6个、5个, or 为58个和117个 once the clause before listed them so.
const PLACE_COUNTS =
  /^(?:(?:分别|依次)(?:为|是|达到|达|有)?|为)(?<list>[\d零〇一二两三四五六七八九十百千]+个(?:[、和及与][\d零〇一二两三四五六七八九十百千]+个)+)(?![^，；]*项目)/u;

/** A 分别 list of counts after a place that opens the clause (太谷区分别为8个、6个、5个), in order. */
function placeRespectiveCounts(clause: Clause, state: ReadingState): Quantity[] {
  const m = PLACE_BEFORE_LIST.exec(clause.text);
  const head = m?.groups?.head;
  if (!m || !head) return [];
  const at = m[0].length;
  if (!headRegions(clause, at, state).some((r) => r.end === at && r.end - r.start === head.length)) return [];
  return respectiveCounts(clause.text.slice(at), PLACE_COUNTS).map((q) => ({
    ...q,
    start: q.start + at,
    end: q.end + at,
  }));
}

/** A count standing alone at the head of a clause (达58个), for a clause that named what it counts. */
function bareCount(text: string): Quantity | undefined {
  const m = BARE_COUNT.exec(text);
  const num = m?.groups?.num;
  if (!m || !num) return undefined;
  const n = parseInteger(num);
  if (n === null || n < 1) return undefined;
  const end = m[0].length;
  const start = end - num.length - 1;
  return countAt(n, start, end);
}

function make(
  q: Quantity,
  indicator: IndicatorId,
  measure: Candidate["measure"],
  clause: Clause,
  sentence: Sentence,
  region: Candidate["region"],
  sectors: string[],
  rule: string,
): Candidate {
  // Every key a candidate may have, in the order trade.ts's candidates have them:
  // one shape for all candidates keeps the reads of merging and records monomorphic.
  return {
    indicator,
    measure,
    value: q.value,
    unit: measure === "count" ? "item" : (q.currency ?? "CNY"),
    qualifier: q.qualifier,
    region,
    period: projectPeriod(clause.period),
    sectors: measure === "count" ? sectors : [],
    partner: undefined,
    entity: undefined,
    of: undefined,
    among: undefined,
    basis: undefined,
    precision: q.precision,
    rule,
    sentence,
    start: clause.start + q.start,
    end: clause.start + q.end,
    article: 0,
    fallback: false,
  };
}

/** Whether a place's name ends right where the last bracket of `head` opens (林州市（10个、). */
/** Whether a place's name alone opens `head`, right before its count (宜城市11个、). */
function placeBeforeCount(head: string, state: ReadingState): boolean {
  const name = PLACE_COUNT_BEFORE.exec(head)?.groups?.place;
  if (!name) return false;
  const hit = subjectRegions(name, { home: state.home, seenZones: state.seenZones }).at(-1);
  return hit?.start === 0 && hit.end === name.length;
}

function placeBeforeBracket(head: string, state: ReadingState): boolean {
  const open = Math.max(head.lastIndexOf("（"), head.lastIndexOf("("));
  if (open <= 0) return false;
  // Any place named there, a list's item too (、安阳县（8个、44.2亿元）).
  const within = state.home.region.code ?? undefined;
  return scanRegionNames(head.slice(Math.max(0, open - 12), open), { within }).some(
    (r) => r.end === Math.min(open, 12),
  );
}

function nonEmpty<T>(list: T[] | null): T[] | undefined {
  return list !== null && list.length > 0 ? list : undefined;
}

/** 伊川县、偃师区、孟津区分会场同步举行签约仪式: places a sentence opens with, for 三地分别签约… after it. */
/** The paragraph of the last line under a by-place frame standing as a heading (分县（市）区看：). */
const placeHeading = new WeakMap<ReadingState, number>();

/** Whether `sentence` is a line under a by-place heading (the heading itself is not); keeps the run going. */
function underPlaceHeading(sentence: Sentence, state: ReadingState): boolean {
  const last = placeHeading.get(state);
  const under = last !== undefined && sentence.paragraph === last + 1 && !sentence.headline;
  if (BY_PLACE_HEADING.test(sentence.text)) placeHeading.set(state, sentence.paragraph);
  else if (under) placeHeading.set(state, sentence.paragraph);
  else if (last !== undefined) placeHeading.delete(state);
  return under;
}

function notePlacesListed(sentence: Sentence, state: ReadingState): void {
  const listed = placesListedFirst(sentence.text, state);
  if (listed) rememberPlaceList(state, listed);
}

// 占全省（318个）的, 总投资占全省（2791.6亿元）的, 分别占全省（2146个、13874亿元）的, 占郑州市本期总数（238个）的.
const SHARE_OF_BRACKET = /占(?<whole>[^，；。（(]{1,24})[（(](?<inner>[^（）()]{2,40})[）)]的/gu;
// Also in Chinese numerals (占全省（二百八十六个）的14.3%).
const BRACKET_COUNT = /(?<![\d.〇零一二两三四五六七八九十百千])(?<num>\d+|[〇零一二两三四五六七八九十百千]+)个/gu;

/**
 * The whole a share is of, stated in brackets after it, as the figure of the whole's place: of the share's stage,
 * a count for the share of projects, an amount for the share of investment (the share's own read gave them).
 */
function wholesInBrackets(sentence: Sentence, clauses: readonly Clause[], state: ReadingState, out: Candidate[]): void {
  for (const clause of clauses) {
    if (!clause.text.includes("占")) continue;
    const clauseEnd = clause.start + clause.text.length;
    for (const m of execAll(SHARE_OF_BRACKET, clause.text)) {
      const whole = m.groups?.whole ?? "";
      const inner = m.groups?.inner ?? "";
      const place = openingPlace(whole, state)?.region;
      if (!place) continue;
      const innerStart = m.index + 1 + whole.length + 1;
      const innerEnd = innerStart + inner.length;
      const shares = out.filter(
        (c) =>
          c.start >= clause.start + m.index &&
          c.end <= clauseEnd &&
          (c.measure === "share" || c.measure === "investment_share"),
      );
      const countShare = shares.find((c) => c.measure === "share");
      const moneyShare = shares.find((c) => c.measure === "investment_share");
      const taken = (q: Quantity) => out.some((c) => c.start === clause.start + q.start);
      for (const n of execAll(BRACKET_COUNT, inner)) {
        const value = parseInteger(n.groups?.num ?? "");
        const at = innerStart + n.index;
        const q = countAt(value ?? 0, at, at + n[0].length);
        if (!countShare || value === null || value < 1 || taken(q)) continue;
        out.push(make(q, countShare.indicator, "count", clause, sentence, place, [], `${countShare.indicator}-count`));
      }
      for (const q of clauseQuantities(clause)) {
        if (!moneyShare || q.kind !== "money" || q.start < innerStart || q.end > innerEnd || taken(q)) continue;
        const ind = moneyShare.indicator;
        out.push(make(q, ind, "investment", clause, sentence, place, [], `${ind}-investment`));
      }
    }
  }
}

const SUMMED_END = /(?:合计|共计|总计|合共|一共|共)$/u;

/** Whether `head` lists two places or more, then sums their figures (莱芜区、钢城区合计). */
function summedPlaces(head: string, state: ReadingState): boolean {
  const m = head.includes("、") ? SUMMED_END.exec(head) : null;
  if (!m) return false;
  const listed = regionListBefore(head.slice(0, m.index), state.home, state.seenZones);
  return listed !== undefined && listed.start === 0 && listed.regions.length > 1;
}
