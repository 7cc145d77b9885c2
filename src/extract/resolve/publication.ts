// A page without front matter often names its publication in a byline
// (本报讯（山西日报记者 …）) or a credit line (来源：太原日报). Only the opening
// of the text is read: a credit deep in the page belongs to a reprinted article.
const OPENING = 3000;
const PAPER = "[\\u4e00-\\u9fff]{2,10}?(?:日报|晚报|晨报|都市报|商报|时报|经济报|报)";
const BYLINE = new RegExp(`[（(](${PAPER})(?:全媒体)?(?:首席)?记者`, "u");
const CREDIT = new RegExp(`(?:来源|来自|稿源)[:：]\\s*(${PAPER}|新华社|中国新闻网|人民网|新华网)`, "u");
const AGENCY = /^\s*(新华社|中新社)[\u4e00-\u9fff]{0,8}\d{1,2}月\d{1,2}日电/mu;

/** The publication a page names for itself, if it does. */
export function inferPublication(text: string): string | undefined {
  const head = text.slice(0, OPENING);
  return BYLINE.exec(head)?.[1] ?? CREDIT.exec(head)?.[1] ?? AGENCY.exec(head)?.[1];
}
