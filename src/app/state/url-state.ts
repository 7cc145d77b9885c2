import { type Filters, type Lang, VIEWS, type ViewId } from "../view-props";

/** Everything that makes a view reproducible from a copied link. */
export interface AppState {
  filters: Filters;
  view: ViewId;
  lang: Lang;
  /** Id of the record whose source panel is open. */
  record: string | null;
}

export const DEFAULT_STATE: AppState = {
  filters: { regions: [], sectors: [], indicators: [], from: null, to: null },
  view: "overview",
  lang: "zh",
  record: null,
};

function list(params: URLSearchParams, name: string): string[] {
  // Both "?region=a,b" and "?region=a&region=b" are accepted; duplicates dropped.
  const values = params
    .getAll(name)
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
  return [...new Set(values)];
}

function year(params: URLSearchParams, name: string): number | null {
  const raw = params.get(name);
  if (raw === null || !/^\d{4}$/u.test(raw.trim())) return null;
  return Number(raw.trim());
}

/** Reads the state from a query string; anything unknown or malformed falls back to the default. */
export function parseUrlState(search: string): AppState {
  const params = new URLSearchParams(search);
  const view = params.get("view");
  const lang = params.get("lang");
  let from = year(params, "from");
  let to = year(params, "to");
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  return {
    filters: {
      regions: list(params, "region"),
      sectors: list(params, "sector"),
      indicators: list(params, "indicator"),
      from,
      to,
    },
    view: VIEWS.includes(view as ViewId) ? (view as ViewId) : DEFAULT_STATE.view,
    lang: lang === "en" ? "en" : "zh",
    record: params.get("record") || null,
  };
}

/**
 * Writes the state as a readable query string ("?region=140100&sector=新能源…"),
 * leaving defaults out so the plain URL stays plain.
 */
export function serializeUrlState(state: AppState): string {
  const parts: string[] = [];
  const add = (name: string, value: string) => {
    // Keep CJK readable in the address bar; escape only what URLSearchParams must.
    parts.push(`${name}=${encodeURIComponent(value).replace(/%2C/giu, ",")}`);
  };
  const { filters } = state;
  if (filters.regions.length > 0) add("region", filters.regions.join(","));
  if (filters.sectors.length > 0) add("sector", filters.sectors.join(","));
  if (filters.indicators.length > 0) add("indicator", filters.indicators.join(","));
  if (filters.from !== null) add("from", String(filters.from));
  if (filters.to !== null) add("to", String(filters.to));
  if (state.view !== DEFAULT_STATE.view) add("view", state.view);
  if (state.lang !== DEFAULT_STATE.lang) add("lang", state.lang);
  if (state.record) add("record", state.record);
  return parts.length > 0 ? `?${parts.join("&")}` : "";
}
