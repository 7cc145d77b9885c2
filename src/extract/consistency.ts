import type { DatasetWarning, IndicatorRecord } from "../schema/dataset";

// Cross-record arithmetic checks (issue #3): export + import = total, etc.
export function checkConsistency(_records: readonly IndicatorRecord[]): DatasetWarning[] {
  return [];
}
