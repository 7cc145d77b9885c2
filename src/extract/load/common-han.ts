// The most frequent characters of Chinese news prose, in simplified and
// traditional forms. Legacy-encoding detection decodes a sample both ways
// and keeps the reading in which real text is made of these; a wrong reading
// of the same bytes gives rare characters (GBK read as Big5 and vice versa).
const SIMPLIFIED =
  "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往历市克何除消构府称太准精值号率族维划选标写存候亲快效院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严亿项签投额贸易口亿同比季累计企业园";
const TRADITIONAL =
  "這個們來時會說對發過國經產動後現實進當體從還開關濟區業長項億萬貿額計總務與為將於幾給變錢農員門問間題頭應結東樣點車軍學聲場體數線內條書記證連邊運達讓議級層質義華屬適團縣鐵價嚴園帶單轉種師戰氣導壓檢測驗術築設計劃資處統據標準備織雙電網絡對內圍際廠";

export const COMMON_HAN: ReadonlySet<string> = new Set([...SIMPLIFIED, ...TRADITIONAL]);
