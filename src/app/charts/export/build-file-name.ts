export interface FileNameParts {
  /** What the file holds, most general first: indicator, region, period, variant. Empty parts are dropped. */
  parts: readonly (string | null | undefined)[];
  /** Dataset date (ISO datetime or date); its day goes into the name so two exports of different data never collide. */
  generatedAt: string;
  /** Extension without the dot: png, svg, csv, zip, json. */
  ext: string;
}

// Characters no common file system or browser download accepts, plus
// controls; accepted names keep Chinese (太原市) and dots (trade.total).
const UNSAFE = /[<>:"/\\|?*\p{Cc}]+/gu;
const SPACES = /\s+/gu;
const DASH_RUNS = /-{2,}/gu;
// Leading/trailing dots or dashes: hidden files on Unix, dropped by Windows.
const EDGE = /^[.-]+|[.-]+$/gu;
const MAX_PART = 60;

function sanitize(part: string): string {
  return part.replace(UNSAFE, "-").replace(SPACES, "_").replace(DASH_RUNS, "-").replace(EDGE, "").slice(0, MAX_PART);
}

/** YYYYMMDD of an ISO datetime, or "undated" when it is not one. */
function dayStamp(iso: string): string {
  const match = /^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})/u.exec(iso);
  return match?.groups ? `${match.groups.y}${match.groups.m}${match.groups.d}` : "undated";
}

/**
 * A download name that says what the file holds:
 * `zhibiao-trade.total-太原市-2021-20261128.png`.
 */
export function buildFileName({ parts, generatedAt, ext }: FileNameParts): string {
  const kept = parts
    .filter((p): p is string => typeof p === "string")
    .map(sanitize)
    .filter((p) => p.length > 0);
  return `${["zhibiao", ...kept, dayStamp(generatedAt)].join("-")}.${ext}`;
}
