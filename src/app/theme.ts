// One palette for the whole app, shared with the charts: Okabe–Ito, which
// stays distinguishable for the common colour-vision deficiencies and in
// greyscale print. Series order follows the funnel (signed → started →
// producing) and trade (total → exports → imports → balance) so the same
// concept keeps the same colour across views.

export const PALETTE = [
  "#0072B2", // blue
  "#E69F00", // orange
  "#009E73", // bluish green
  "#CC79A7", // reddish purple
  "#56B4E9", // sky blue
  "#D55E00", // vermillion
  "#F0E442", // yellow (fills only: too light for text or thin lines)
  "#000000", // black
] as const;

/** Fixed colours per indicator so legends read the same in every chart. */
export const INDICATOR_COLORS = {
  "projects.signed": "#0072B2",
  "projects.started": "#E69F00",
  "projects.producing": "#009E73",
  "projects.total": "#555555",
  "trade.total": "#0072B2",
  "trade.export": "#D55E00",
  "trade.import": "#009E73",
  "trade.balance": "#CC79A7",
  "trade.enterprises": "#56B4E9",
} as const;

/** Sequential ramp for choropleths (light → dark blue), readable by all. */
export const SEQUENTIAL = ["#eff6fb", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"] as const;

/** Diverging pair for signed values (deficit ↔ surplus). */
export const DIVERGING = { negative: "#D55E00", neutral: "#f5f5f5", positive: "#0072B2" } as const;

export const TEXT_COLOR = "#1e293b";
export const MUTED_TEXT_COLOR = "#475569";
export const GRID_COLOR = "#cbd5e1";
export const FOCUS_COLOR = "#0b5cad";

/** Decal patterns (ECharts `aria.decal`) so series differ by texture as well as colour. */
export const DECALS_ENABLED_BY_DEFAULT = false;
