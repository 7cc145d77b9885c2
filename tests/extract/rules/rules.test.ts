import { describe, expect, it } from "vitest";
import { extractText, sentenceDoc } from "./extract-text";

// One real sentence per row (file in the label) → the records it must give,
// each with its matched span.
type Row = [label: string, region: string, date: string, sentence: string, expected: string[]];
const fmt = (r: {
  indicator: string;
  measure: string;
  value: number;
  qualifier: string;
  region: { name: string };
  partner?: string;
  entity?: string;
  source: { text: string };
}) =>
  `${r.indicator}/${r.measure} ${r.region.name}${r.partner ? ` partner=${r.partner}` : ""}${r.entity ? ` entity=${r.entity}` : ""} = ${r.value} ${r.qualifier} «${r.source.text}»`;

const TRADE: Row[] = [
  [
    "a bracketed province figure with a comma inside stays the province's",
    "西安市",
    "2019-10-20",
    "今年前三季度，我市实现进出口总值3865842万美元，折合人民币2612.6亿元，同比增长3.2%（以人民币计，下同），占全省进出口总值的九成以上（全省进出口总值2865.3亿元，增长2.1%）。",
    [
      "trade.total/value 西安市 = 38658420000 exact «3865842万美元»",
      "trade.total/value 西安市 = 261260000000 exact «2612.6亿元»",
      "trade.total/growth 西安市 = 3.2 exact «增长3.2%»",
      "trade.total/value 陕西省 = 286530000000 exact «2865.3亿元»",
      "trade.total/growth 陕西省 = 2.1 exact «增长2.1%»",
      "trade.total/share 西安市 = 90 more_than «九成以上»",
    ],
  ],
  [
    "one share for several listed partners (合计) is none partner's",
    "西安市",
    "2019-10-20",
    "今年前三季度，我市进出口总值2612.6亿元。从市场看，我市对韩国、美国、台湾地区的进出口占比合计超过五成。",
    ["trade.total/value 西安市 = 261260000000 exact «2612.6亿元»"],
  ],
  [
    "与上年持平 is a flat growth",
    "包头市",
    "2024-01-20",
    "2023年，全年对蒙古国进出口152.7亿元，增长两倍多；对欧盟进出口38.6亿元，与上年持平。",
    [
      "trade.total/value 包头市 partner=蒙古国 = 15270000000 exact «152.7亿元»",
      "trade.total/growth 包头市 partner=蒙古国 = 200 more_than «增长两倍多»",
      "trade.total/value 包头市 partner=欧盟 = 3860000000 exact «38.6亿元»",
      "trade.total/growth 包头市 partner=欧盟 = 0 about «持平»",
    ],
  ],
  [
    "a bare amount takes the unit of the next one (663.8、进口460.8亿元), and 分别 runs over both keywords",
    "烟台市",
    "2022-04-20",
    "一季度，全市进出口1124.6亿元，增长12.9%。其中，出口663.8、进口460.8亿元，分别增长15.2%和9.2%。",
    [
      "trade.total/value 烟台市 = 112460000000 exact «1124.6亿元»",
      "trade.total/growth 烟台市 = 12.9 exact «增长12.9%»",
      "trade.export/value 烟台市 = 66380000000 exact «663.8»",
      "trade.import/value 烟台市 = 46080000000 exact «460.8亿元»",
      "trade.export/growth 烟台市 = 15.2 exact «增长15.2%»",
      "trade.import/growth 烟台市 = 9.2 exact «9.2%»",
    ],
  ],
  [
    "listed places with 分别实现, and an enterprise count in numerals",
    "吕梁市",
    "2024-05-20",
    "1至4月份，全市进出口28.6亿元。柳林县、中阳县分别实现进出口2.18亿元和1.05亿元。全市有进出口实绩的企业六十三家，较一季度增加5家。",
    [
      "trade.total/value 吕梁市 = 2860000000 exact «28.6亿元»",
      "trade.total/value 柳林县 = 218000000 exact «2.18亿元»",
      "trade.total/value 中阳县 = 105000000 exact «1.05亿元»",
      "trade.enterprises/count 吕梁市 = 63 exact «六十三家»",
    ],
  ],
  [
    "a USD figure after 折合",
    "河南省",
    "2023-10-20",
    "以美元计，全省进出口折合842.6亿美元，同比下降9.6%。",
    ["trade.total/value 河南省 = 84260000000 exact «842.6亿美元»", "trade.total/growth 河南省 = -9.6 exact «下降9.6%»"],
  ],
  [
    "a rank that moved (由第5位上升至第3位) is the new one",
    "运城市",
    "2023-10-25",
    "前三季度，全市进出口总值排名由去年同期的全省第5位上升至第3位。",
    ["trade.total/rank 运城市 = 3 exact «排名由去年同期的全省第5位上升至第3位»"],
  ],
  [
    "a qualifier before 占 (约占)",
    "鄂尔多斯市",
    "2023-01-20",
    "全市进出口总值约占全区的9.1%，居全区第3位。",
    ["trade.total/share 鄂尔多斯市 = 9.1 about «9.1%»", "trade.total/rank 鄂尔多斯市 = 3 exact «居全区第3位»"],
  ],
  [
    "a listed subject closed by a word naming it (三市), with verbs inside the rate list",
    "河北省",
    "2023-07-20",
    "分设区市看，石家庄、唐山、保定三市进出口值分别为606.2亿元、573.8亿元和392.1亿元，分别增长7.3%、下降2.6%和增长14.9%。",
    [
      "trade.total/value 石家庄市 = 60620000000 exact «606.2亿元»",
      "trade.total/value 唐山市 = 57380000000 exact «573.8亿元»",
      "trade.total/value 保定市 = 39210000000 exact «392.1亿元»",
      "trade.total/growth 石家庄市 = 7.3 exact «增长7.3%»",
      "trade.total/growth 唐山市 = -2.6 exact «下降2.6%»",
      "trade.total/growth 保定市 = 14.9 exact «增长14.9%»",
    ],
  ],
  [
    "a thousands comma inside a figure does not end the clause",
    "山西省",
    "2021-12-20",
    "1至11月，全省对欧盟进出口1,203.5万美元左右。",
    ["trade.total/value 山西省 partner=欧盟 = 12035000 about «1,203.5万美元左右»"],
  ],
  [
    "a traditional 億 and a full stop as decimal point in a simplified text",
    "山西省",
    "2022-03-01",
    "其中，出口1325.8亿元，扩大1.1倍；进口57。6億元，下降5.2%。",
    [
      "trade.export/value 山西省 = 132580000000 exact «1325.8亿元»",
      "trade.export/growth 山西省 = 110 exact «扩大1.1倍»",
      "trade.import/value 山西省 = 5760000000 exact «57。6億元»",
      "trade.import/growth 山西省 = -5.2 exact «下降5.2%»",
    ],
  ],
  [
    "places listed as the subject, one value and one rate each (分别)",
    "河南省",
    "2023-04-20",
    "一季度，郑州市、洛阳市进出口分别为1102.3亿元、98.7亿元，增速分别为6.2%和10.4%。",
    [
      "trade.total/value 郑州市 = 110230000000 exact «1102.3亿元»",
      "trade.total/value 洛阳市 = 9870000000 exact «98.7亿元»",
      "trade.total/growth 郑州市 = 6.2 exact «增速分别为6.2%»",
      "trade.total/growth 洛阳市 = 10.4 exact «10.4%»",
    ],
  ],
  [
    "short names listed after 其中, with 的",
    "河南省",
    "2023-04-20",
    "其中，郑州、洛阳和新乡的出口分别增长6.2%、10.4%和3.1%。",
    [
      "trade.export/growth 郑州市 = 6.2 exact «增长6.2%»",
      "trade.export/growth 洛阳市 = 10.4 exact «10.4%»",
      "trade.export/growth 新乡市 = 3.1 exact «3.1%»",
    ],
  ],
  [
    "a rank of the total (总量居全省第N位)",
    "运城市",
    "2024-01-20",
    "去年，我市外贸进出口总额完成52.6亿美元，同比增长7.9%，总量居全省第3位。",
    [
      "trade.total/value 运城市 = 5260000000 exact «52.6亿美元»",
      "trade.total/growth 运城市 = 7.9 exact «增长7.9%»",
      "trade.total/rank 运城市 = 3 exact «居全省第3位»",
    ],
  ],
  [
    "first place as 首位",
    "郑州市",
    "2023-10-25",
    "前三季度，我市进出口总值1523.7亿元，同比增长6.2%，规模稳居全省首位。",
    [
      "trade.total/value 郑州市 = 152370000000 exact «1523.7亿元»",
      "trade.total/growth 郑州市 = 6.2 exact «增长6.2%»",
      "trade.total/rank 郑州市 = 1 exact «居全省首位»",
    ],
  ],
  [
    "000 sample page",
    "太原市",
    "2022-02-26",
    "去年，我市进出口完成1852.35亿元，同比增长五成多，占山西省进出口总额的八成多。",
    [
      "trade.total/value 太原市 = 185235000000 exact «1852.35亿元»",
      "trade.total/growth 太原市 = 50 more_than «增长五成多»",
      "trade.total/share 太原市 = 80 more_than «八成多»",
    ],
  ],
  [
    "000 sample page",
    "太原市",
    "2022-02-26",
    "具体来看，去年，我市对“一带一路”沿线国家进出口380.78亿元，同比增长四成多；我市与RCEP（区域全面经济伙伴关系协定）沿线国家贸易额552.68万元，同比增长九成多。",
    [
      "trade.total/value 太原市 partner=一带一路 = 38078000000 exact «380.78亿元»",
      "trade.total/growth 太原市 partner=一带一路 = 40 more_than «增长四成多»",
      "trade.total/value 太原市 partner=RCEP = 5526800 exact «552.68万元»",
      "trade.total/growth 太原市 partner=RCEP = 90 more_than «增长九成多»",
    ],
  ],
  [
    "t01",
    "太原市",
    "2010-08-16",
    "市商务局分析认为，前五个月外贸回升主要靠进口带动。进口占进出口的比重高达64.8%，形成对外贸易逆差91257万美元。",
    ["trade.import/share 太原市 = 64.8 exact «64.8%»", "trade.balance/value 太原市 = -912570000 exact «91257万美元»"],
  ],
  [
    "t07",
    "郑州市",
    "2018-01-26",
    "其中，出口345.6亿美元，增长9.0%，进口250.7亿美元，增长7.5%；进出口和出口分别占全省进出口和出口总额的76.7%和74.0%，在中部六省省会城市中位居第一位，在全国省会城市中排名第四。",
    [
      "trade.export/value 郑州市 = 34560000000 exact «345.6亿美元»",
      "trade.export/growth 郑州市 = 9 exact «增长9.0%»",
      "trade.import/value 郑州市 = 25070000000 exact «250.7亿美元»",
      "trade.import/growth 郑州市 = 7.5 exact «增长7.5%»",
      "trade.total/share 郑州市 = 76.7 exact «76.7%»",
      "trade.export/share 郑州市 = 74 exact «74.0%»",
      "trade.total/rank 郑州市 = 1 exact «位居第一位»",
      "trade.total/rank 郑州市 = 4 exact «排名第四»",
    ],
  ],
  [
    "t11",
    "湖北省",
    "2021-08-12",
    "1—7月，湖北省外贸进出口、出口、进口增速都高于全国平均水平，分别高出同期全国增速15、21.8、5个百分点，分列全国第10、第6和第15位。",
    [
      "trade.total/rank 湖北省 = 10 exact «分列全国第10»",
      "trade.export/rank 湖北省 = 6 exact «第6»",
      "trade.import/rank 湖北省 = 15 exact «第15位»",
    ],
  ],
  [
    "t09 (traditional)",
    "河南省",
    "2019-10-18",
    "前三季度，河南省對美國進出口799.2億元，下降4.3%，占同期我省外貿總值的21.8%；對東盟進出口487.2億元，增長14.4%。",
    [
      "trade.total/value 河南省 partner=美国 = 79920000000 exact «799.2億元»",
      "trade.total/growth 河南省 partner=美国 = -4.3 exact «下降4.3%»",
      "trade.total/share 河南省 partner=美国 = 21.8 exact «21.8%»",
      "trade.total/value 河南省 partner=东盟 = 48720000000 exact «487.2億元»",
      "trade.total/growth 河南省 partner=东盟 = 14.4 exact «增長14.4%»",
    ],
  ],
  [
    "t19",
    "丽水市",
    "2020-05-06",
    "三月，我市出口同比结束了连续2个月的下降，正增长0.6%，环比大幅增长3.1倍。",
    ["trade.export/growth 丽水市 = 0.6 exact «增长0.6%»"],
  ],
  [
    "bracketed province growth (增长)",
    "洛阳市",
    "2020-01-20",
    "2019年，洛阳市外贸进出口总值203.7亿元，比上年增长12.4%，增速高于全省（全省增长3.6%）8.8个百分点，在全省18个省辖市中排名第三。其中，出口148.6亿元，增长15.9%。",
    [
      "trade.total/value 洛阳市 = 20370000000 exact «203.7亿元»",
      "trade.total/growth 洛阳市 = 12.4 exact «增长12.4%»",
      "trade.total/growth 河南省 = 3.6 exact «增长3.6%»",
      "trade.total/rank 洛阳市 = 3 exact «排名第三»",
      "trade.export/value 洛阳市 = 14860000000 exact «148.6亿元»",
      "trade.export/growth 洛阳市 = 15.9 exact «增长15.9%»",
    ],
  ],
  [
    "bracketed province rate (为), share stays with the city",
    "忻州市",
    "2021-05-20",
    "1至4月份，我市外贸进出口增长53.6%，增速高于全省（全省为38.6%），占全省外贸总值的3.9%。",
    [
      "trade.total/growth 忻州市 = 53.6 exact «增长53.6%»",
      "trade.total/growth 山西省 = 38.6 exact «38.6%»",
      "trade.total/share 忻州市 = 3.9 exact «3.9%»",
    ],
  ],
  [
    "half-width bracket after the comparison, export",
    "晋城市",
    "2015-10-20",
    "前三季度，我市出口额58214万美元，同比增长1.1倍，增速居全省前列(全省同比下降6.8%)。",
    [
      "trade.export/value 晋城市 = 582140000 exact «58214万美元»",
      "trade.export/growth 晋城市 = 110 exact «增长1.1倍»",
      "trade.export/growth 山西省 = -6.8 exact «下降6.8%»",
    ],
  ],
  [
    "bracketed national growth in a provincial report",
    "安徽省",
    "2021-04-20",
    "一季度，我省进出口增长25.1%，高于全国（全国增长18.9%）6.2个百分点。",
    ["trade.total/growth 安徽省 = 25.1 exact «增长25.1%»", "trade.total/growth 中国 = 18.9 exact «增长18.9%»"],
  ],
  [
    "a bracket naming no place is no aside",
    "郑州市",
    "2024-06-21",
    "今年1-5月，郑州市外贸进出口总值2318.6亿元（人民币，下同），同比增长5%。",
    ["trade.total/value 郑州市 = 231860000000 exact «2318.6亿元»", "trade.total/growth 郑州市 = 5 exact «增长5%»"],
  ],
  [
    "bonded zone with its city written before its county",
    "郑州市",
    "2024-06-21",
    "郑州新郑综合保税区仍是全市外贸的“压舱石”，1-5月进出口1571.2亿元，下降6.5%，占全市外贸总值的67.8%。",
    [
      "trade.total/value 郑州新郑综合保税区 = 157120000000 exact «1571.2亿元»",
      "trade.total/growth 郑州新郑综合保税区 = -6.5 exact «下降6.5%»",
      "trade.total/share 郑州新郑综合保税区 = 67.8 exact «67.8%»",
    ],
  ],
  [
    "bonded zone with a proper name after its city",
    "东莞市",
    "2023-12-21",
    "1~11月，东莞虎门港综合保税区进出口326.5亿元，同比增长两成多。",
    [
      "trade.total/value 东莞虎门港综合保税区 = 32650000000 exact «326.5亿元»",
      "trade.total/growth 东莞虎门港综合保税区 = 20 more_than «增长两成多»",
    ],
  ],
  [
    "known zone written in full",
    "山西省",
    "2024-01-20",
    "2023年，太原武宿综合保税区进出口312.5亿元，增长26.8%。",
    [
      "trade.total/value 太原武宿综合保税区 = 31250000000 exact «312.5亿元»",
      "trade.total/growth 太原武宿综合保税区 = 26.8 exact «增长26.8%»",
    ],
  ],
  [
    "one group as the subject",
    "忻州市",
    "2021-05-20",
    "从企业看，华越机械集团进出口4.3亿元，增长21.5%，继续领跑全市。",
    [
      "trade.total/value 忻州市 entity=华越机械集团 = 430000000 exact «4.3亿元»",
      "trade.total/growth 忻州市 entity=华越机械集团 = 21.5 exact «增长21.5%»",
    ],
  ],
  [
    "a group named after a place, then an enterprise-type subtotal",
    "洛阳市",
    "2020-01-20",
    "2019年，洛阳钼业集团进出口26.4亿元，增长8.1%；全市民营企业进出口118.7亿元，增长16.2%。",
    [
      "trade.total/value 洛阳市 entity=洛阳钼业集团 = 2640000000 exact «26.4亿元»",
      "trade.total/growth 洛阳市 entity=洛阳钼业集团 = 8.1 exact «增长8.1%»",
    ],
  ],
  [
    "a company (有限公司) with 的 before the keyword",
    "山西省",
    "2024-01-20",
    "2023年，中铝山西新材料有限公司的进出口额为12.3亿元，增长5.1%。",
    [
      "trade.total/value 山西省 entity=中铝山西新材料有限公司 = 1230000000 exact «12.3亿元»",
      "trade.total/growth 山西省 entity=中铝山西新材料有限公司 = 5.1 exact «增长5.1%»",
    ],
  ],
  [
    "a company (股份) introduced by 其中",
    "长治市",
    "2024-01-20",
    "其中，潞安环能股份出口5.2亿元，增长3.3%。",
    [
      "trade.export/value 长治市 entity=潞安环能股份 = 520000000 exact «5.2亿元»",
      "trade.export/growth 长治市 entity=潞安环能股份 = 3.3 exact «增长3.3%»",
    ],
  ],
  [
    "a place after 是 is no subject",
    "郑州市",
    "2024-06-21",
    "这是郑州市外贸的重要支撑，1-5月进出口1571.2亿元。",
    ["trade.total/value 郑州市 = 157120000000 exact «1571.2亿元»"],
  ],
  [
    "a 2019 comparison after (下同) does not carry into the next sentence",
    "江门市",
    "2022-07-20",
    "今年上半年，江门市外贸进出口总值806.4亿元，比去年同期(下同)增长6.8%；比2019年同期增长21.3%。其中，出口612.5亿元，增长43.3%；进口193.9亿元，下降40.8%；贸易顺差418.6亿元，扩大3.2倍。",
    [
      "trade.total/value 江门市 = 80640000000 exact «806.4亿元»",
      "trade.total/growth 江门市 = 6.8 exact «增长6.8%»",
      "trade.export/value 江门市 = 61250000000 exact «612.5亿元»",
      "trade.export/growth 江门市 = 43.3 exact «增长43.3%»",
      "trade.import/value 江门市 = 19390000000 exact «193.9亿元»",
      "trade.import/growth 江门市 = -40.8 exact «下降40.8%»",
      "trade.balance/value 江门市 = 41860000000 exact «418.6亿元»",
      "trade.balance/growth 江门市 = 320 exact «扩大3.2倍»",
    ],
  ],
  [
    "a 2019 comparison after 同比 does not carry into the next sentence",
    "忻州市",
    "2021-05-20",
    "1至4月份，我市外贸进出口总值23.6亿元，同比增长53.6%；比2019年同期增长18.7%。其中，出口8.2亿元，下降超两成。",
    [
      "trade.total/value 忻州市 = 2360000000 exact «23.6亿元»",
      "trade.total/growth 忻州市 = 53.6 exact «增长53.6%»",
      "trade.export/value 忻州市 = 820000000 exact «8.2亿元»",
      "trade.export/growth 忻州市 = -20 more_than «下降超两成»",
    ],
  ],
  [
    "a paragraph comparing only with 2019 keeps that base for bare rates",
    "湖北省",
    "2021-08-12",
    "1—7月，武汉市进出口1795.5亿元，比2019年同期增长42.6%。其中，出口960.7亿元，增长56.2%。",
    [
      "trade.total/value 武汉市 = 179550000000 exact «1795.5亿元»",
      "trade.export/value 武汉市 = 96070000000 exact «960.7亿元»",
    ],
  ],
  [
    "a new paragraph comparing with 2019 (与…相比) is not year on year",
    "江门市",
    "2022-07-20",
    "上半年，全市进出口增长6.8%。\n与2019年同期相比，全市进出口增长21.3%，其中出口增长30.1%。",
    ["trade.total/growth 江门市 = 6.8 exact «增长6.8%»"],
  ],
  [
    "rank after an adverb (继续排名…第1位)",
    "郑州市",
    "2024-06-21",
    "今年1-5月，郑州市外贸进出口总值2318.6亿元，规模继续排名中部六省省会城市第1位。",
    [
      "trade.total/value 郑州市 = 231860000000 exact «2318.6亿元»",
      "trade.total/rank 郑州市 = 1 exact «排名中部六省省会城市第1位»",
    ],
  ],
  [
    "rank of the growth rate (增速居…第一位)",
    "晋城市",
    "2015-10-20",
    "前三季度，我市外贸进出口总额86532万美元，同比增长1.1倍，增速居全省11个地市第一位。",
    [
      "trade.total/value 晋城市 = 865320000 exact «86532万美元»",
      "trade.total/growth 晋城市 = 110 exact «增长1.1倍»",
      "trade.total/rank 晋城市 = 1 exact «居全省11个地市第一位»",
    ],
  ],
  [
    "rank after 增幅仍居",
    "太原市",
    "2022-02-26",
    "去年，我市进出口增幅仍居中部六省省会城市第二位。",
    ["trade.total/rank 太原市 = 2 exact «居中部六省省会城市第二位»"],
  ],
  [
    "enterprises in 万家, with their growth",
    "东莞市",
    "2023-12-21",
    "1~11月，东莞有进出口实绩的企业达2.31万家，增长6.2%。",
    [
      "trade.enterprises/count 东莞市 = 23100 exact «2.31万家»",
      "trade.enterprises/growth 东莞市 = 6.2 exact «增长6.2%»",
    ],
  ],
  [
    "enterprises with a qualifier, in 万家",
    "广东省",
    "2023-12-21",
    "全省有进出口实绩的外贸企业超过10万家。",
    ["trade.enterprises/count 广东省 = 100000 more_than «10万家»"],
  ],
  [
    "enterprises, then a change in 家 (no rate)",
    "郑州市",
    "2024-06-21",
    "前五个月，郑州市有进出口实绩的企业3528家，同比增加301家。",
    ["trade.enterprises/count 郑州市 = 3528 exact «3528家»"],
  ],
  [
    "占比 after a partner's figures: a share of the region's trade",
    "山西省",
    "2024-01-20",
    "2023年，对“一带一路”沿线国家进出口702.6亿元，增长9.8%，占比42.7%。",
    [
      "trade.total/value 山西省 partner=一带一路 = 70260000000 exact «702.6亿元»",
      "trade.total/growth 山西省 partner=一带一路 = 9.8 exact «增长9.8%»",
      "trade.total/share 山西省 partner=一带一路 = 42.7 exact «42.7%»",
    ],
  ],
  [
    "占比 after the region's own total names no whole",
    "太原市",
    "2024-01-20",
    "2023年，我市进出口702.6亿元，占比42.7%。",
    ["trade.total/value 太原市 = 70260000000 exact «702.6亿元»"],
  ],
  [
    "a headline's 首破 is a rounded restatement of the body's figure",
    "洛阳市",
    "2020-01-20",
    "洛阳2019年外贸进出口首破200亿元\n\n2019年，洛阳市外贸进出口总值203.7亿元。",
    ["trade.total/value 洛阳市 = 20370000000 exact «203.7亿元»"],
  ],
  [
    "首破 alone is a lower bound",
    "洛阳市",
    "2020-01-20",
    "2019年，洛阳市外贸进出口总值首破200亿元。",
    ["trade.total/value 洛阳市 = 20000000000 more_than «破200亿元»"],
  ],
];

const PROJECTS: Row[] = [
  [
    "共涉及项目 is the whole activity; a breakdown by kind ends at ；",
    "绵阳市",
    "2023-09-13",
    "绵阳市2023年第三批重大项目集中开工、竣工投产活动举行。此次活动共涉及项目88个，总投资458.7亿元。开工项目中，省重点项目15个，总投资123.4亿元；投产项目全部达产后，预计可实现年产值约86亿元。",
    [
      "projects.total/count 绵阳市 = 88 exact «项目88个»",
      "projects.total/investment 绵阳市 = 45870000000 exact «458.7亿元»",
      "projects.producing/output 绵阳市 = 8600000000 about «约86亿元»",
    ],
  ],
  [
    "a target (力争) is no figure, its amount neither",
    "绵阳市",
    "2023-09-13",
    "我市第三批重大项目集中开工活动举行。今年以来，我市坚持“项目为王”，力争全年新开工重大项目300个以上、完成重大项目投资1200亿元以上。",
    [],
  ],
  [
    "推进项目 is a county's total, and the stages after 其中 need no 项目",
    "晋中市",
    "2024-02-23",
    "全省2024年第一次“三个一批”活动举行。分县区看，平遥县推进项目14个，其中签约5个、开工6个、投产3个，主要集中在文旅康养、农产品加工领域；介休市推进项目11个，总投资58.9亿元，其中10亿元以上项目3个。",
    [
      "projects.total/count 平遥县 = 14 exact «项目14个»",
      "projects.signed/count 平遥县 = 5 exact «5个»",
      "projects.started/count 平遥县 = 6 exact «6个»",
      "projects.producing/count 平遥县 = 3 exact «3个»",
      "projects.total/count 介休市 = 11 exact «项目11个»",
      "projects.total/investment 介休市 = 5890000000 exact «58.9亿元»",
    ],
  ],
  [
    "counts of listed places in the next clause (分别为68个、57个和41个), and a share of the region's stage investment",
    "广西壮族自治区",
    "2024-03-29",
    "全区2024年第一季度重大项目集中开工活动举行。南宁、柳州、桂林三市集中开工项目数位居前三，分别为68个、57个和41个。南宁市开工项目总投资412亿元，占全区开工项目总投资的15.3%。",
    [
      "projects.started/count 南宁市 = 68 exact «68个»",
      "projects.started/count 柳州市 = 57 exact «57个»",
      "projects.started/count 桂林市 = 41 exact «41个»",
      "projects.started/investment 南宁市 = 41200000000 exact «412亿元»",
      "projects.started/investment_share 南宁市 = 15.3 exact «15.3%»",
    ],
  ],
  [
    "projects that achieved something (实现“拿地即开工”) are no stage's count",
    "襄阳市",
    "2023-09-28",
    "全市三季度重大项目集中开工活动举行，集中开工项目96个。今年以来，全市已有37个项目实现“拿地即开工”。",
    ["projects.started/count 襄阳市 = 96 exact «项目96个»"],
  ],
  [
    "after 其中, a count of a kind of project (省重点项目8个) is a part",
    "温州市",
    "2024-05-10",
    "我市第十七批重大项目集中开工活动举行。此次全市集中开工项目61个，总投资456.1亿元，其中5亿元以上项目28个，省重点项目8个。",
    [
      "projects.started/count 温州市 = 61 exact «项目61个»",
      "projects.started/investment 温州市 = 45610000000 exact «456.1亿元»",
    ],
  ],
  [
    "a table set with single ideographic spaces, under its heading and header row",
    "温州市",
    "2024-05-10",
    "我市第十七批重大项目集中开工活动举行。\n\n附：温州市第十七批重大项目集中开工情况表\n县（市、区）　开工项目（个）　总投资（亿元）　年度计划投资（亿元）\n鹿城区　12　86.4　21.3\n龙湾区　9　64.7　15.8",
    [
      "projects.started/count 鹿城区 = 12 exact «12»",
      "projects.started/investment 鹿城区 = 8640000000 exact «86.4»",
      "projects.started/count 龙湾区 = 9 exact «9»",
      "projects.started/investment 龙湾区 = 6470000000 exact «64.7»",
    ],
  ],
  [
    "项目总数达N个 is the activity's total",
    "晋中市",
    "2024-05-20",
    "5月18日，晋中市2024年第二次“三个一批”活动举行。此次活动项目总数达96个，计划总投资412.6亿元。",
    [
      "projects.total/count 晋中市 = 96 exact «项目总数达96个»",
      "projects.total/investment 晋中市 = 41260000000 exact «412.6亿元»",
    ],
  ],
  [
    "a place's count named as the most (开工项目最多，达12个)",
    "太原市",
    "2024-09-06",
    "本次“三个一批”活动中，小店区开工项目最多，达12个，计划总投资86.3亿元。",
    [
      "projects.started/count 小店区 = 12 exact «12个»",
      "projects.started/investment 小店区 = 8630000000 exact «86.3亿元»",
    ],
  ],
  [
    "我县 is the home county, not the city the lead names",
    "阳曲县",
    "2023-11-16",
    "11月15日，太原市2023年第四次“三个一批”活动举行，我县设分会场。我县此次共有14个项目参加，计划总投资52.7亿元。",
    ["projects.total/count 阳曲县 = 14 exact «14个»", "projects.total/investment 阳曲县 = 5270000000 exact «52.7亿元»"],
  ],
  [
    "the stages' counts, then their sum (共计N个) and its amount",
    "运城市",
    "2023-06-01",
    "“三个一批”活动中，永济市签约项目9个、开工项目7个、投产项目5个，共计21个，总投资额为63.8亿元。",
    [
      "projects.signed/count 永济市 = 9 exact «项目9个»",
      "projects.started/count 永济市 = 7 exact «项目7个»",
      "projects.producing/count 永济市 = 5 exact «项目5个»",
      "projects.total/count 永济市 = 21 exact «21个»",
      "projects.total/investment 永济市 = 6380000000 exact «63.8亿元»",
    ],
  ],
  [
    "districts listed before 分别集中开工",
    "赣州市",
    "2022-06-30",
    "南康区集中开工项目15个，总投资68.4亿元；章贡区、赣县区分别集中开工项目11个、9个。",
    [
      "projects.started/count 南康区 = 15 exact «项目15个»",
      "projects.started/investment 南康区 = 6840000000 exact «68.4亿元»",
      "projects.started/count 章贡区 = 11 exact «项目11个»",
      "projects.started/count 赣县区 = 9 exact «9个»",
    ],
  ],
  [
    "signed amount worded 签约总金额",
    "赣州市",
    "2022-06-30",
    "此次集中签约项目63个，签约总金额418.6亿元。",
    [
      "projects.signed/count 赣州市 = 63 exact «项目63个»",
      "projects.signed/investment 赣州市 = 41860000000 exact «418.6亿元»",
    ],
  ],
  [
    "a total over the year's activities (累计推进)",
    "盂县",
    "2024-02-28",
    "去年盂县开发区共举办4次“三个一批”活动，累计推进项目53个。",
    ["projects.total/count 盂县开发区 = 53 exact «项目53个»"],
  ],
  [
    "动工 for 开工, in a stage list and alone",
    "湛江市",
    "2023-03-31",
    "签约、动工、投产项目分别为62个、48个、35个。其中，湛江经济技术开发区动工项目14个，总投资不足90亿元。",
    [
      "projects.signed/count 湛江市 = 62 exact «项目分别为62个»",
      "projects.started/count 湛江市 = 48 exact «48个»",
      "projects.producing/count 湛江市 = 35 exact «35个»",
      "projects.started/count 湛江经济技术开发区 = 14 exact «项目14个»",
      "projects.started/investment 湛江经济技术开发区 = 9000000000 less_than «不足90亿元»",
    ],
  ],
  [
    "signed amount worded 签约总额",
    "运城市",
    "2022-06-09",
    "本次活动共签约项目30余个，签约总额超过180亿元。",
    [
      "projects.signed/count 运城市 = 30 more_than «项目30余个»",
      "projects.signed/investment 运城市 = 18000000000 more_than «超过180亿元»",
    ],
  ],
  [
    "a bracketed province count inside the clause, then the city's own figures",
    "长治市",
    "2024-03-02",
    "此次活动，全市开发区共签约项目41个（全省签约项目296个），总投资326.8亿元；开工项目57个，开工项目数占全省的14.2%。",
    [
      "projects.signed/count 长治市 = 41 exact «项目41个»",
      "projects.signed/count 山西省 = 296 exact «项目296个»",
      "projects.signed/investment 长治市 = 32680000000 exact «326.8亿元»",
      "projects.started/count 长治市 = 57 exact «项目57个»",
      "projects.started/share 长治市 = 14.2 exact «14.2%»",
    ],
  ],
  [
    "stages listed before 分别为, counts then amounts",
    "河南省",
    "2023-12-16",
    "郑州市签约、开工、投产项目分别为136个、158个、112个，总投资分别为1356.7亿元、1128.4亿元、702.9亿元。",
    [
      "projects.signed/count 郑州市 = 136 exact «项目分别为136个»",
      "projects.started/count 郑州市 = 158 exact «158个»",
      "projects.producing/count 郑州市 = 112 exact «112个»",
      "projects.signed/investment 郑州市 = 135670000000 exact «1356.7亿元»",
      "projects.started/investment 郑州市 = 112840000000 exact «1128.4亿元»",
      "projects.producing/investment 郑州市 = 70290000000 exact «702.9亿元»",
    ],
  ],
  [
    "stages listed before their amounts, counts after (分别涉及项目)",
    "河南省",
    "2023-12-16",
    "新乡市签约、开工项目总投资分别达412.8亿元、375.3亿元，分别涉及项目67个、81个。",
    [
      "projects.signed/investment 新乡市 = 41280000000 exact «412.8亿元»",
      "projects.started/investment 新乡市 = 37530000000 exact «375.3亿元»",
      "projects.signed/count 新乡市 = 67 exact «项目67个»",
      "projects.started/count 新乡市 = 81 exact «81个»",
    ],
  ],
  [
    "a share standing alone after a count is that count's",
    "河南省",
    "2023-12-16",
    "南阳市签约项目72个，占全省的6.5%，签约项目数较上期增加15个。",
    ["projects.signed/count 南阳市 = 72 exact «项目72个»", "projects.signed/share 南阳市 = 6.5 exact «6.5%»"],
  ],
  [
    "a qualifier between the noun and the count (逾)",
    "山西省",
    "2022-09-01",
    "晋城市签约项目24个，总投资约126亿元。运城市开工项目逾30个。",
    [
      "projects.signed/count 晋城市 = 24 exact «项目24个»",
      "projects.signed/investment 晋城市 = 12600000000 about «约126亿元»",
      "projects.started/count 运城市 = 30 more_than «项目逾30个»",
    ],
  ],
  [
    "qualifiers on either side of a count before the noun (多, 近)",
    "山西省",
    "2022-09-01",
    "“三个一批”活动中，全省签约30多个项目，开工近20个项目，投产约15个项目。",
    [
      "projects.signed/count 山西省 = 30 more_than «30多个»",
      "projects.started/count 山西省 = 20 about «20个»",
      "projects.producing/count 山西省 = 15 about «15个»",
    ],
  ],
  [
    "places listed with their counts and amounts (分别)",
    "吕梁市",
    "2023-12-06",
    "孝义市、汾阳市和交城县分别签约项目12个、9个、7个，总投资分别为32亿元、18.5亿元和10亿元。",
    [
      "projects.signed/count 孝义市 = 12 exact «项目12个»",
      "projects.signed/count 汾阳市 = 9 exact «9个»",
      "projects.signed/count 交城县 = 7 exact «7个»",
      "projects.signed/investment 孝义市 = 3200000000 exact «32亿元»",
      "projects.signed/investment 汾阳市 = 1850000000 exact «18.5亿元»",
      "projects.signed/investment 交城县 = 1000000000 exact «10亿元»",
    ],
  ],
  [
    "shares of the province, one per stage (分别占)",
    "太原市",
    "2023-08-10",
    "我市签约、开工、投产项目分别占全省的12.3%、10.8%和9.6%。",
    [
      "projects.signed/share 太原市 = 12.3 exact «12.3%»",
      "projects.started/share 太原市 = 10.8 exact «10.8%»",
      "projects.producing/share 太原市 = 9.6 exact «9.6%»",
    ],
  ],
  [
    "a stage's share of the province's count, with the province's count in brackets",
    "长治市",
    "2023-04-20",
    "我市开工项目数占全省的12.5%（全省开工项目520个）。",
    ["projects.started/share 长治市 = 12.5 exact «12.5%»", "projects.started/count 山西省 = 520 exact «项目520个»"],
  ],
  [
    "a total stated as projects taking part (共有N个项目参加)",
    "晋城市",
    "2023-06-09",
    "我市第三批“三个一批”项目建设活动举行。本次活动共有86个项目参加，总投资512.6亿元。",
    [
      "projects.total/count 晋城市 = 86 exact «86个»",
      "projects.total/investment 晋城市 = 51260000000 exact «512.6亿元»",
    ],
  ],
  [
    "a province total in brackets after a city's figures",
    "晋城市",
    "2023-06-09",
    "我市签约“三个一批”项目20个，总投资80亿元。（全省共签约项目310个，总投资1290亿元）",
    [
      "projects.signed/count 晋城市 = 20 exact «项目20个»",
      "projects.signed/investment 晋城市 = 8000000000 exact «80亿元»",
      "projects.signed/count 山西省 = 310 exact «项目310个»",
      "projects.signed/investment 山西省 = 129000000000 exact «1290亿元»",
    ],
  ],
  [
    "the number of projects named in one clause, given in the next (数量…，为N个)",
    "山西省",
    "2023-06-09",
    "晋城市投产项目数量居全省第二，为41个，总投资63.5亿元。",
    [
      "projects.producing/count 晋城市 = 41 exact «41个»",
      "projects.producing/investment 晋城市 = 6350000000 exact «63.5亿元»",
    ],
  ],
  [
    "p01",
    "山西省",
    "2023-12-02",
    "朔州市“三个一批”活动共推进项目48个，总投资90.36亿元。其中，“签约一批”项目15个，签约投资额29.88亿元；“开工一批”项目15个，计划总投资24.57亿元。",
    [
      "projects.total/count 朔州市 = 48 exact «项目48个»",
      "projects.total/investment 朔州市 = 9036000000 exact «90.36亿元»",
      "projects.signed/count 朔州市 = 15 exact «项目15个»",
      "projects.signed/investment 朔州市 = 2988000000 exact «29.88亿元»",
      "projects.started/count 朔州市 = 15 exact «项目15个»",
      "projects.started/investment 朔州市 = 2457000000 exact «24.57亿元»",
    ],
  ],
  [
    "p17",
    "开州区",
    "2024-06-28",
    "当天集中签约31个重点项目，总投资逾100亿元，达产后预计新增年产值60多亿元；集中投产18家企业，总投资11.5亿元。",
    [
      "projects.signed/count 开州区 = 31 exact «31个»",
      "projects.signed/investment 开州区 = 10000000000 more_than «逾100亿元»",
      "projects.signed/output 开州区 = 6000000000 more_than «60多亿元»",
      "projects.producing/investment 开州区 = 1150000000 exact «11.5亿元»",
    ],
  ],
  [
    "p15 (Chinese numerals)",
    "郑州市",
    "2022-07-06",
    "我市三十八个项目签约 一百零七个项目投产 一百零四个项目集中开工",
    [
      "projects.signed/count 郑州市 = 38 exact «三十八个»",
      "projects.producing/count 郑州市 = 107 exact «一百零七个»",
      "projects.started/count 郑州市 = 104 exact «一百零四个»",
    ],
  ],
  [
    "activity total with no stage word (本次活动，全市共推进项目)",
    "运城市",
    "2021-12-10",
    "12月9日，我市举行开发区2021年第四次“三个一批”活动。本次活动，全市共推进项目58个，总投资213.6亿元，预计年产值187.4亿元。",
    [
      "projects.total/count 运城市 = 58 exact «项目58个»",
      "projects.total/investment 运城市 = 21360000000 exact «213.6亿元»",
      "projects.total/output 运城市 = 18740000000 exact «187.4亿元»",
    ],
  ],
  [
    "a city's activity total among stage counts of other cities",
    "山西省",
    "2024-06-01",
    "我省举行2024年第二次“三个一批”活动。太原市签约项目47个，总投资286.3亿元。大同市本次共推进项目61个，总投资104.7亿元。",
    [
      "projects.signed/count 太原市 = 47 exact «项目47个»",
      "projects.signed/investment 太原市 = 28630000000 exact «286.3亿元»",
      "projects.total/count 大同市 = 61 exact «项目61个»",
      "projects.total/investment 大同市 = 10470000000 exact «104.7亿元»",
    ],
  ],
  [
    "activity total in traditional characters",
    "大同市",
    "2022-06-01",
    "大同市舉行2022年第二次“三個一批”活動。本次活動全市共推進項目72個，總投資186.4億元。",
    [
      "projects.total/count 大同市 = 72 exact «項目72個»",
      "projects.total/investment 大同市 = 18640000000 exact «186.4億元»",
    ],
  ],
  [
    "activity total as 项目合计N个 in a later paragraph",
    "晋城市",
    "2023-03-01",
    "晋城市举行第一次“三个一批”活动。\n各县区重点项目合计42个，总投资65.2亿元。",
    [
      "projects.total/count 晋城市 = 42 exact «项目合计42个»",
      "projects.total/investment 晋城市 = 6520000000 exact «65.2亿元»",
    ],
  ],
  [
    "a zone with a proper name introduced by 其中",
    "晋中市",
    "2024-06-01",
    "晋中市举行2024年第二次“三个一批”活动。晋中市“签约一批”项目22个；其中，晋中国家农业高新技术产业示范区签约项目6个，总投资11.4亿元。",
    [
      "projects.signed/count 晋中市 = 22 exact «项目22个»",
      "projects.signed/count 晋中国家农业高新技术产业示范区 = 6 exact «项目6个»",
      "projects.signed/investment 晋中国家农业高新技术产业示范区 = 1140000000 exact «11.4亿元»",
    ],
  ],
  [
    "a city's zones together stay the city's",
    "吕梁市",
    "2024-06-01",
    "吕梁市举行2024年第二次“三个一批”活动。吕梁市各示范区签约项目12个。",
    ["projects.signed/count 吕梁市 = 12 exact «项目12个»"],
  ],
  [
    "stage counts after a subset signed on stage stay; the subset's amount does not",
    "运城市",
    "2023-06-01",
    "运城市举行2023年第二次“三个一批”活动。全市签约项目25个，总投资120.5亿元，其中现场签约的10个项目总投资60亿元。",
    [
      "projects.signed/count 运城市 = 25 exact «项目25个»",
      "projects.signed/investment 运城市 = 12050000000 exact «120.5亿元»",
    ],
  ],
  [
    "a single project's amount before the batch's figures",
    "运城市",
    "2023-06-01",
    "运城市举行2023年第二次“三个一批”活动。该项目总投资5亿元；全市开工项目30个，总投资80亿元。",
    [
      "projects.started/count 运城市 = 30 exact «项目30个»",
      "projects.started/investment 运城市 = 8000000000 exact «80亿元»",
    ],
  ],
  [
    "总投资分别为 after a list of stage counts",
    "河南省",
    "2023-12-01",
    "本期活动，全省共有2216个项目集中签约、开工、投产，总投资13230亿元。其中，签约项目612个、开工项目903个、投产项目701个，总投资分别为4180亿元、5721亿元、3329亿元。",
    [
      "projects.total/count 河南省 = 2216 exact «2216个»",
      "projects.total/investment 河南省 = 1323000000000 exact «13230亿元»",
      "projects.signed/count 河南省 = 612 exact «项目612个»",
      "projects.started/count 河南省 = 903 exact «项目903个»",
      "projects.producing/count 河南省 = 701 exact «项目701个»",
      "projects.signed/investment 河南省 = 418000000000 exact «4180亿元»",
      "projects.started/investment 河南省 = 572100000000 exact «5721亿元»",
      "projects.producing/investment 河南省 = 332900000000 exact «3329亿元»",
    ],
  ],
  [
    "总投资依次为 after a total and two stage counts",
    "郑州市",
    "2023-12-01",
    "郑州市第八期“三个一批”活动共推进项目120个，其中签约项目50个、开工项目40个，总投资依次为300亿元和200亿元。",
    [
      "projects.total/count 郑州市 = 120 exact «项目120个»",
      "projects.signed/count 郑州市 = 50 exact «项目50个»",
      "projects.started/count 郑州市 = 40 exact «项目40个»",
      "projects.signed/investment 郑州市 = 30000000000 exact «300亿元»",
      "projects.started/investment 郑州市 = 20000000000 exact «200亿元»",
    ],
  ],
  [
    "分别 over lists that do not line up places no amount",
    "郑州市",
    "2023-12-01",
    "郑州市第八期“三个一批”活动签约项目50个、开工项目40个、投产项目30个，总投资分别为300亿元和200亿元。",
    [
      "projects.signed/count 郑州市 = 50 exact «项目50个»",
      "projects.started/count 郑州市 = 40 exact «项目40个»",
      "projects.producing/count 郑州市 = 30 exact «项目30个»",
    ],
  ],
];

// Sentences that state no indicator (subsets, thresholds, single projects,
// non-year-on-year growth, subtotals by product or enterprise type).
const NEAR_MISSES: Array<[label: string, region: string, sentence: string]> = [
  ["p05 subset", "临汾市", "集中签约环节，临汾经济开发区精密智造项目等14个项目分两批现场签约。"],
  ["p19 threshold", "汕头市", "其中总投资10亿元以上项目1个，5亿元以上项目有6个。"],
  ["p08 single project", "太原市", "此次签约的中国建材集团高性能纤维新材料产业项目总投资100亿元。"],
  [
    "p19 planned investment",
    "汕头市",
    "2024年，汕头重点建设项目520个，总投资5002亿元，1—3月完成投资209亿元，完成年度投资计划的20.6%。",
  ],
  ["projects pushed on outside a project activity", "郑州市", "2024年，全市共推进重点项目520个，总投资5002亿元。"],
  ["projects counted outside a project activity", "太原市", "今年我市项目共计300个，完成投资200亿元。"],
  ["enterprises counted, not a company", "忻州市", "8家重点企业合计进出口19.2亿元，占全市的81.4%。"],
  ["an enterprise type, not a company", "洛阳市", "全市民营企业进出口118.7亿元，增长16.2%。"],
  ["与2019年同期相比", "郑州市", "与2019年同期相比，郑州进出口增长38.2%。"],
  ["a rate without a base effect (剔除…因素后)", "江门市", "剔除去年同期大宗商品进口基数因素后，全市进出口增长11.5%。"],
  ["a rate without prices (扣除…后)", "江门市", "扣除价格因素后，出口增长5.2%。"],
  ["subset: representative projects", "山西省", "“三个一批”活动现场，8个代表项目进行了集中签约，总投资96.3亿元。"],
  [
    "subset: projects signed on stage",
    "大同市",
    "“三個一批”活動現場，18家企業負責人參加集中簽約，現場簽約的12個項目總投資61.4億元。",
  ],
  [
    "single project: the largest, named in the clause before its amount",
    "太原市",
    "本次签约项目中，投资额最大的是太原市新能源汽车零部件项目，总投资32亿元。",
  ],
  ["a project count compared, with no figure", "太原市", "本批开工项目数量较上期有所增加，达到近年最多。"],
  [
    "subset: projects signed on stage, count after the noun",
    "洛阳市",
    "“三个一批”活动现场签约项目12个，总投资86亿元。",
  ],
  ["two places' trade summed", "河南省", "郑州市、洛阳市进出口合计1201亿元。"],
  ["two places' projects summed", "吕梁市", "孝义市、汾阳市签约项目共21个，总投资50亿元。"],
  ["a commodity imported", "太原市", "进口大豆12.4亿元，增长8.6%。"],
  ["a single project's investment (单体投资)", "晋中市", "“三个一批”活动中，某新材料项目单体投资达35亿元。"],
  ["a target for the year (计划…以上)", "重庆市", "“三个一批”活动方面，全年计划集中开工项目1000个以上。"],
  ["the year before's level (上年…为)", "温州市", "上年全市进出口总值为2491.2亿元。"],
  [
    "one project's amount (一个总投资…的…项目)",
    "黑龙江省",
    "在哈尔滨主会场，一个总投资120亿元的数据中心项目正式开工。",
  ],
  [
    "a kind of project within a stage (签约项目中，外资项目)",
    "湛江市",
    "签约项目中，外资项目12个，合同外资额4.6亿美元。",
  ],
  ["a part's proportion of the batch (占比)", "河南省", "签约项目中，先进制造业项目占比超过四成。"],
  ["the largest single project's amount", "长治市", "本次活动中有16家企业现场签约，单个项目最大投资额达50亿元。"],
  ["the base period's level (去年同期，…为)", "晋中市", "去年同期，全市进出口总值为67.5亿元。"],
  ["the base period's level after the subject (上年同期为)", "晋中市", "上年同期，我市出口为41.2亿元，增长3.1%。"],
  ["a commodity exported", "太原市", "出口汽车零配件5.3亿元，同比下降2.1%。"],
  ["subset: some projects, no count", "运城市", "“三个一批”活动中，部分项目现场签约，总投资30亿元。"],
  [
    "single project: its output after its investment",
    "晋中市",
    "“三个一批”活动中，晋中开发区年产2GW高效光伏组件项目举行了开工仪式，该项目总投资16亿元，建成后预计年产值40亿元。",
  ],
  ["a product's rank is a subtotal's", "太原市", "去年，我市手机出口继续排名全省第一位。"],
  ["t11 vs 2019", "湖北省", "1—7月，湖北省进出口比2019年同期增长40.8%。"],
  ["bracketed province vs 2019", "江门市", "上半年，江门市进出口比2019年同期增长21.3%（全省比2019年同期增长15%）。"],
  [
    "bracketed province rate after a 2019 comparison",
    "江门市",
    "上半年，江门市进出口比2019年同期增长21.3%（全省为15%）。",
  ],
  ["t15 product", "江西省", "商品结构上，机电产品出口602.9亿元，增长15.2%，其中手机出口34.7亿元，增长3.5倍。"],
  [
    "t05 enterprise type",
    "山西省",
    "2019年1-5月，山西省外商投资企业进出口总值259.6亿元，同比下降8.9%，占全省外贸总值的52.8%。",
  ],
  ["t01 company subtotal", "太原市", "23家进出口企业合计完成进出口总额268643.26万美元，占全市进出口总额的87.4%。"],
  ["t07 exporters count", "郑州市", "去年全市外贸出口业绩企业达2109家，同比增加295家，占全省出口企业的38.5%。"],
  [
    "000 rental housing",
    "太原市",
    "持有或者经营租赁住房500套（间）及以上或者建筑面积1.5万平方米及以上的，可被认定为专业化规模化住房租赁企业。",
  ],
];

describe.each([
  ["trade", TRADE],
  ["projects", PROJECTS],
])("%s rules", (_family, rows) => {
  it.each(rows)("%s: %s", (_label, region, date, sentence, expected) => {
    const { records } = extractText(sentenceDoc(sentence, region, date));
    expect(records.map(fmt)).toEqual(expected);
    for (const r of records) expect(r.rule.length).toBeGreaterThan(0);
  });
});

describe("near-misses give no records", () => {
  it.each(NEAR_MISSES)("%s", (_label, region, sentence) => {
    expect(extractText(sentenceDoc(sentence, region, "2022-01-01")).records).toEqual([]);
  });
});

// Periods carried across paragraphs: one paragraph per line of the text, each
// expected record with its period label.
type PeriodRow = [label: string, region: string, date: string, text: string, expected: string[]];
const withPeriod = (r: Parameters<typeof fmt>[0] & { period: { label: string } }) => `${r.period.label} ${fmt(r)}`;

const PERIODS: PeriodRow[] = [
  [
    "a dateline's full date is not the period; 本次 returns to the quarter of the headline",
    "盐城市",
    "2024-04-26",
    "盐城日报　2024年4月26日　星期五　第2版\n\n全市二季度重大项目集中开工签约活动举行\n\n4月25日上午，全市2024年二季度重大项目集中开工签约活动在大丰区主会场举行。\n\n据市发改委介绍，本次全市集中开工项目126个，总投资582.6亿元。",
    [
      "2024年第2季度 projects.started/count 盐城市 = 126 exact «项目126个»",
      "2024年第2季度 projects.started/investment 盐城市 = 58260000000 exact «582.6亿元»",
    ],
  ],
  [
    "当月 aside, then a paragraph with no period word",
    "郑州市",
    "2024-06-21",
    "今年1-5月，郑州市外贸进出口总值2318.6亿元。\n\n5月当月，郑州市进出口487.3亿元。\n\n从市场看，郑州对东盟进出口236.1亿元，增长12.4%。",
    [
      "2024年1–5月 trade.total/value 郑州市 = 231860000000 exact «2318.6亿元»",
      "2024年5月 trade.total/value 郑州市 = 48730000000 exact «487.3亿元»",
      "2024年1–5月 trade.total/value 郑州市 partner=东盟 = 23610000000 exact «236.1亿元»",
      "2024年1–5月 trade.total/growth 郑州市 partner=东盟 = 12.4 exact «增长12.4%»",
    ],
  ],
  [
    "当月 aside in an annual report, then a zone paragraph",
    "山西省",
    "2024-01-20",
    "2023年，全省进出口1662.2亿元。\n12月当月，全省进出口156.2亿元，同比增长12.7%。\n综改区进出口312.5亿元，增长26.8%。",
    [
      "2023年 trade.total/value 山西省 = 166220000000 exact «1662.2亿元»",
      "2023年12月 trade.total/value 山西省 = 15620000000 exact «156.2亿元»",
      "2023年12月 trade.total/growth 山西省 = 12.7 exact «增长12.7%»",
      "2023年 trade.total/value 山西综改示范区 = 31250000000 exact «312.5亿元»",
      "2023年 trade.total/growth 山西综改示范区 = 26.8 exact «增长26.8%»",
    ],
  ],
  [
    "当月 keeps its own sentences within the paragraph",
    "安徽省",
    "2021-04-20",
    "一季度，安徽省进出口1517.1亿元。\n3月当月，安徽省进出口560.8亿元，增长34%。其中，出口308.9亿元，增长27.9%。",
    [
      "2021年第1季度 trade.total/value 安徽省 = 151710000000 exact «1517.1亿元»",
      "2021年3月 trade.total/value 安徽省 = 56080000000 exact «560.8亿元»",
      "2021年3月 trade.total/growth 安徽省 = 34 exact «增长34%»",
      "2021年3月 trade.export/value 安徽省 = 30890000000 exact «308.9亿元»",
      "2021年3月 trade.export/growth 安徽省 = 27.9 exact «增长27.9%»",
    ],
  ],
  [
    "a later paragraph naming its own period keeps it",
    "东莞市",
    "2023-12-21",
    "2023年1~11月，东莞市外贸进出口12386.4亿元。\n11月当月，东莞进出口1186.3亿元。\n1~10月，东莞对美国进出口1500.2亿元。",
    [
      "2023年1–11月 trade.total/value 东莞市 = 1238640000000 exact «12386.4亿元»",
      "2023年11月 trade.total/value 东莞市 = 118630000000 exact «1186.3亿元»",
      "2023年1–10月 trade.total/value 东莞市 partner=美国 = 150020000000 exact «1500.2亿元»",
    ],
  ],
  [
    "a report about one month keeps that month in later paragraphs",
    "丽水市",
    "2020-05-06",
    "三月份，我市出口15.2亿元。\n从市场看，我市对欧盟出口3.1亿元。",
    [
      "2020年3月 trade.export/value 丽水市 = 1520000000 exact «15.2亿元»",
      "2020年3月 trade.export/value 丽水市 partner=欧盟 = 310000000 exact «3.1亿元»",
    ],
  ],
  [
    "分别 between partners and keyword is not part of the partner",
    "江门市",
    "2022-07-20",
    "上半年，江门对东盟、欧盟和美国分别进出口128.4亿元、96.2亿元和142.7亿元。",
    [
      "2022年1–6月 trade.total/value 江门市 partner=东盟 = 12840000000 exact «128.4亿元»",
      "2022年1–6月 trade.total/value 江门市 partner=欧盟 = 9620000000 exact «96.2亿元»",
      "2022年1–6月 trade.total/value 江门市 partner=美国 = 14270000000 exact «142.7亿元»",
    ],
  ],
  [
    "a sum over this year's batches has no batch",
    "山西省",
    "2024-06-01",
    "我省举行2024年第二次“三个一批”活动。今年以来，全省开发区两次“三个一批”活动累计签约项目571个、开工项目468个。",
    [
      "2024年 projects.signed/count 山西省 = 571 exact «项目571个»",
      "2024年 projects.started/count 山西省 = 468 exact «项目468个»",
    ],
  ],
  [
    "a headline's rate, read before any currency, is the body's rate in dollars",
    "大同市",
    "2024-01-25",
    "去年我市外贸进出口增长6.5%\n\n2023年，我市外贸进出口总额完成31245万美元，同比增长6.5%。",
    [
      "2023年 trade.total/growth 大同市 = 6.5 exact «增长6.5%»",
      "2023年 trade.total/value 大同市 = 312450000 exact «31245万美元»",
    ],
  ],
  [
    "a short line cut mid-word by a column break (增|长)",
    "晋城市",
    "2024-09-20",
    "今年1-8月，我市外贸进出口总值45.3亿元，同比增\n\n长18.6%。",
    [
      "2024年1–8月 trade.total/value 晋城市 = 4530000000 exact «45.3亿元»",
      // The source text is the original's, column break included.
      "2024年1–8月 trade.total/growth 晋城市 = 18.6 exact «增\n\n长18.6%»",
    ],
  ],
  [
    "a headline's rounded sum of the stages is not a figure; the body's are",
    "山西省",
    "2024-06-01",
    "签约开工投产项目总投资超两千亿元\n\n本次“三个一批”活动，全省开发区共签约项目286个，总投资1265.4亿元。",
    [
      "2024年 projects.signed/count 山西省 = 286 exact «项目286个»",
      "2024年 projects.signed/investment 山西省 = 126540000000 exact «1265.4亿元»",
    ],
  ],
  [
    "a short body line with two commas cut by a column break",
    "长治市",
    "2024-03-02",
    "我市第一次“三个一批”活动举行。\n\n其中，潞州区签约项目8个，总投资71.2亿元，项目主要集中在\n\n新能源、新材料和现代物流领域。",
    [
      "2024年第1次 projects.signed/count 潞州区 = 8 exact «项目8个»",
      "2024年第1次 projects.signed/investment 潞州区 = 7120000000 exact «71.2亿元»",
    ],
  ],
  [
    "table rows under a heading: the first cell is the place, a count without 项目",
    "黑龙江省",
    "2024-05-22",
    "全省2024年第二批重大项目集中开工活动举行。本批集中开工项目共586个。\n\n各市（地）开工情况\n哈尔滨市    开工142个    总投资624.7亿元\n大庆市    开工87个    总投资402.6亿元",
    [
      "2024年第2次 projects.started/count 黑龙江省 = 586 exact «项目共586个»",
      "2024年第2次 projects.started/count 哈尔滨市 = 142 exact «142个»",
      "2024年第2次 projects.started/investment 哈尔滨市 = 62470000000 exact «624.7亿元»",
      "2024年第2次 projects.started/count 大庆市 = 87 exact «87个»",
      "2024年第2次 projects.started/investment 大庆市 = 40260000000 exact «402.6亿元»",
    ],
  ],
  [
    "trade table rows under 分市场看 keep the lead's year",
    "温州市",
    "2023-01-20",
    "2022年全年，温州市外贸进出口总值2872.4亿元。\n\n分市场看：\n对欧盟进出口    521.4亿元    增长12.6%\n对美国进出口    486.9亿元    增长6.4%",
    [
      "2022年 trade.total/value 温州市 = 287240000000 exact «2872.4亿元»",
      "2022年 trade.total/value 温州市 partner=欧盟 = 52140000000 exact «521.4亿元»",
      "2022年 trade.total/growth 温州市 partner=欧盟 = 12.6 exact «增长12.6%»",
      "2022年 trade.total/value 温州市 partner=美国 = 48690000000 exact «486.9亿元»",
      "2022年 trade.total/growth 温州市 partner=美国 = 6.4 exact «增长6.4%»",
    ],
  ],
  [
    "a post laid out one phrase per line, with a section heading",
    "榆林市",
    "2023-10-13",
    "10月12日上午，\n榆林市2023年第四季度\n重大项目集中开工活动\n在神木市主会场举行。\n\n本次集中开工的项目\n共计128个\n总投资达1126.8亿元\n\n▌从区域分布看\n\n神木市开工项目26个、总投资312.6亿元；",
    [
      "2023年第4季度 projects.started/count 榆林市 = 128 exact «128个»",
      "2023年第4季度 projects.started/investment 榆林市 = 112680000000 exact «1126.8亿元»",
      "2023年第4季度 projects.started/count 神木市 = 26 exact «项目26个»",
      "2023年第4季度 projects.started/investment 神木市 = 31260000000 exact «312.6亿元»",
    ],
  ],
  [
    "a table whose header row names the columns' measures and units",
    "包头市",
    "2024-06-18",
    "6月17日，包头市2024年第二批重大项目集中签约活动举行。\n\n部分旗县区签约情况如下：\n\n旗县区  签约项目（个）  签约金额（亿元）\n\n九原区  12  176.3\n\n稀土高新区  15  203.5",
    [
      "2024年第2次 projects.signed/count 九原区 = 12 exact «12»",
      "2024年第2次 projects.signed/investment 九原区 = 17630000000 exact «176.3»",
      "2024年第2次 projects.signed/count 包头稀土高新技术产业开发区 = 15 exact «15»",
      "2024年第2次 projects.signed/investment 包头稀土高新技术产业开发区 = 20350000000 exact «203.5»",
    ],
  ],
  [
    "a table of markets whose header row gives the units",
    "宜昌市",
    "2024-05-20",
    "今年1-4月，宜昌市外贸进出口总值98.6亿元。\n\n主要市场  进出口（亿元）  同比（%）\n欧盟  28.4  12.5\n美国  19.7  -6.3",
    [
      "2024年1–4月 trade.total/value 宜昌市 = 9860000000 exact «98.6亿元»",
      "2024年1–4月 trade.total/value 宜昌市 partner=欧盟 = 2840000000 exact «28.4»",
      "2024年1–4月 trade.total/growth 宜昌市 partner=欧盟 = 12.5 exact «12.5»",
      "2024年1–4月 trade.total/value 宜昌市 partner=美国 = 1970000000 exact «19.7»",
      "2024年1–4月 trade.total/growth 宜昌市 partner=美国 = -6.3 exact «-6.3»",
    ],
  ],
  [
    "一至三季度 is months 1–9",
    "河南省",
    "2023-10-20",
    "今年一至三季度，我省外贸值5863.2亿元，同比下降4.1%。",
    [
      "2023年1–9月 trade.total/value 河南省 = 586320000000 exact «5863.2亿元»",
      "2023年1–9月 trade.total/growth 河南省 = -4.1 exact «下降4.1%»",
    ],
  ],
  [
    "上月 is the month before the one reported on",
    "惠州市",
    "2024-05-20",
    "今年1—4月，惠州市进出口1024.6亿元。4月当月，全市进出口278.4亿元；上月全市进出口为251.7亿元。",
    [
      "2024年1–4月 trade.total/value 惠州市 = 102460000000 exact «1024.6亿元»",
      "2024年4月 trade.total/value 惠州市 = 27840000000 exact «278.4亿元»",
      "2024年3月 trade.total/value 惠州市 = 25170000000 exact «251.7亿元»",
    ],
  ],
  [
    "a 链接 box stays in its article",
    "江门市",
    "2024-06-28",
    "6月27日，江门市2024年第二季度重大项目集中签约活动举行，签约项目46个。\n\n链接\n\n今年以来，江门市共举办两次重大项目集中签约活动，累计签约项目89个。2023年全年，江门市集中签约项目156个。",
    [
      "2024年第2季度 projects.signed/count 江门市 = 46 exact «项目46个»",
      "2024年 projects.signed/count 江门市 = 89 exact «项目89个»",
      "2023年 projects.signed/count 江门市 = 156 exact «项目156个»",
    ],
  ],
  [
    "截至N月底 after a single month is of the months 1–N",
    "晋城市",
    "2024-10-20",
    "今年1-9月，我市外贸进出口总值45.3亿元。9月当月，我市进出口6.1亿元。截至9月底，全市有进出口实绩企业132家。",
    [
      "2024年1–9月 trade.total/value 晋城市 = 4530000000 exact «45.3亿元»",
      "2024年9月 trade.total/value 晋城市 = 610000000 exact «6.1亿元»",
      "2024年1–9月 trade.enterprises/count 晋城市 = 132 exact «132家»",
    ],
  ],
  [
    "第二次 names one batch",
    "山西省",
    "2024-06-01",
    "我省举行2024年第二次“三个一批”活动。全省开发区第二次“三个一批”活动签约项目300个。",
    ["2024年第2次 projects.signed/count 山西省 = 300 exact «项目300个»"],
  ],
];

describe("periods across paragraphs", () => {
  it.each(PERIODS)("%s", (_label, region, date, text, expected) => {
    const { records } = extractText(sentenceDoc(text, region, date));
    expect(records.map(withPeriod)).toEqual(expected);
  });
});
