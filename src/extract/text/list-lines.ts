// A list item one a line: a place, a colon or a space, then its figures separated by commas
// (郑州市：签约68个，开工103个，投产79个; 宁德市　进出口1205.8亿元，增长46.2%; 长治市：进出口59.8亿元，与上年持平).
// Such lines are rows of a list, not wrapped prose, even with no space between their cells.
export const PLACE_ITEM_LINE =
  /^(?:[^\p{Script=Han}\p{L}\d\s，。；：:]{1,4}[ \u3000]?)?[^\s\d，。；：:]{2,12}(?:[：:]|[ \u3000]+)(?:[^，。；：:\d]{0,8}\d+(?:\.\d+)?(?:多|余)?(?:个|项|亿元|万元|亿美元|万美元|%|倍|成)[^，。；：:\d]{0,6}[，,、；;]?){1,6}(?:[^，。；：:\d]{0,6}持平)?$/u;
