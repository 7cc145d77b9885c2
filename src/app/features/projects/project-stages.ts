import type { IndicatorId } from "../../../schema/vocabulary";
import { INDICATOR_COLORS } from "../../theme";

/** The 三个一批 stages in funnel order, each with its fixed colour. */
export const PROJECT_STAGES = [
  { indicator: "projects.signed", color: INDICATOR_COLORS["projects.signed"] },
  { indicator: "projects.started", color: INDICATOR_COLORS["projects.started"] },
  { indicator: "projects.producing", color: INDICATOR_COLORS["projects.producing"] },
] as const satisfies readonly { indicator: IndicatorId; color: string }[];

export type ProjectStage = (typeof PROJECT_STAGES)[number]["indicator"];

export const STAGE_IDS: readonly string[] = PROJECT_STAGES.map((s) => s.indicator);

/** Measures the projects charts offer: counts and money on separate charts, never one axis. */
export const PROJECT_MEASURES = ["count", "investment", "output"] as const;
export type ProjectMeasure = (typeof PROJECT_MEASURES)[number];
