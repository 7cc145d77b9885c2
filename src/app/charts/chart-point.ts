import type { IndicatorRecord } from "../../schema/dataset";

/**
 * One value drawn in a chart: a record's figure, or a figure derived from
 * records (a balance computed as exports − imports), which says so.
 */
export interface ChartPoint {
  value: number;
  unit: IndicatorRecord["unit"];
  qualifier: IndicatorRecord["qualifier"];
  measure: IndicatorRecord["measure"];
  /** The words of the report, when the point is a record. */
  written?: string;
  recordId?: string;
  /** Why the point is not a reported figure ("按出口减进口计算"). */
  derivedNote?: string;
}

export function pointOf(record: IndicatorRecord): ChartPoint {
  return {
    value: record.value,
    unit: record.unit,
    qualifier: record.qualifier,
    measure: record.measure,
    written: record.source.text,
    recordId: record.id,
  };
}
