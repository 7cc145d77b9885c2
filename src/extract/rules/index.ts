import { projectRule } from "./projects";
import { tradeRule } from "./trade";
import type { SentenceRule } from "./types";

/** The rule families, in the order they read each sentence. */
export const RULES: readonly SentenceRule[] = [projectRule, tradeRule];
