import type { IndicatorRecord } from "../../../schema/dataset";
import { formatPeriod, periodSortValue } from "../../format/format-period";
import { formatRecordValue } from "../../format/format-value";
import { indicatorLabel } from "../../i18n/labels";
import type { Lang } from "../../view-props";

export interface RankOrShareRow {
  recordId: string;
  period: string;
  indicator: string;
  /** "第1（中部六省省会城市（增速））" / "占山西省 80%以上" */
  statement: string;
  /** The words of the report. */
  written: string;
}

/**
 * Ranks and shares as reported, latest first: they are statements about a
 * ranking or a whole that the dataset does not hold, so they are listed with
 * what they are ranked among or a share of, not drawn against other figures.
 */
export function listRanksAndShares(records: readonly IndicatorRecord[], lang: Lang): RankOrShareRow[] {
  const zh = lang === "zh";
  return records
    .filter((r) => r.measure === "rank" || r.measure === "share")
    .sort((a, b) => periodSortValue(b.period) - periodSortValue(a.period) || a.indicator.localeCompare(b.indicator))
    .map((r) => {
      const value = formatRecordValue(r, lang);
      const scope = [r.partner, r.entity].filter(Boolean).join(" · ");
      const subject = scope ? `${indicatorLabel(r.indicator, lang)}（${scope}）` : indicatorLabel(r.indicator, lang);
      let statement: string;
      if (r.measure === "rank") {
        statement = r.among
          ? zh
            ? `${r.among}中排名${value}`
            : `${value} among ${r.among}`
          : zh
            ? `排名${value}`
            : `rank ${value}`;
      } else {
        statement = r.of
          ? zh
            ? `占${r.of} ${value}`
            : `${value} of ${r.of}`
          : zh
            ? `占比 ${value}`
            : `share ${value}`;
      }
      return {
        recordId: r.id,
        period: formatPeriod(r.period, lang),
        indicator: subject,
        statement,
        written: r.source.text,
      };
    });
}
