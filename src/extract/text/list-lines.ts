// A list item one a line: a place, a colon, then its figures separated by commas
// (郑州市：签约68个，开工103个，投产79个). Such lines are rows of a list, not
// wrapped prose, even with no space between their cells.
export const PLACE_ITEM_LINE =
  /^[^\s\d，。；：:]{2,12}[：:](?:[^，。；：:\d]{0,8}\d+(?:\.\d+)?(?:个|项|亿元|万元|亿美元|万美元|%)[^，。；：:\d]{0,6}[，,、]?){1,6}$/u;
