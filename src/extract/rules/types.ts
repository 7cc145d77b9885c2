import type { Period, Region } from "../../schema/dataset";
import type { IndicatorId, MeasureId, Qualifier, Unit } from "../../schema/vocabulary";
import type { PeriodContext } from "../resolve/periods";
import type { HomeRegion } from "../resolve/regions";
import type { Quantity } from "../text/quantities";
import type { Sentence } from "../text/segment";

/** A figure a rule read, before ids, merging and source quotes are attached. */
export interface Candidate {
  indicator: IndicatorId;
  measure: MeasureId;
  value: number;
  unit: Unit;
  qualifier: Qualifier;
  region: Region;
  period: Period;
  sectors: string[];
  partner?: string;
  entity?: string;
  of?: string;
  among?: string;
  /**
   * Currency basis of a growth rate (以美元计价 vs 人民币): separates two statements of one period.
   * Undefined when nothing before the rate names a currency (a headline): merging settles it.
   */
  basis?: string;
  precision: number;
  rule: string;
  sentence: Sentence;
  /** Span of the value in the normalised text. */
  start: number;
  end: number;
  /** Index of the article it was read in: set by the reader of the article. */
  article: number;
  /**
   * Read from a wording that is a part of the event when the report states the
   * whole elsewhere (现场签约项目45个): kept only when the document has no other
   * figure of the same indicator, place and period.
   */
  fallback: boolean;
}

export type Base = "yoy" | "other";

/** What carries from clause to clause and sentence to sentence while an article is read. */
export interface ReadingState {
  home: HomeRegion;
  seenZones: readonly string[];
  refYear: number;
  main: PeriodContext;
  period: PeriodContext;
  paragraph: number;
  paragraphRegion: Region;
  paragraphBase: Base | undefined;
  /** A base stated with 下同 (比2019年同期（下同）): every paragraph's after it. */
  articleBase?: Base;
  /** The previous sentence read about a subtotal (product, enterprise type): a following 其中 continues it. */
  previousTainted: boolean;
  /** A project activity (三个一批, 签约…) has been named in the article: 共推进项目N个 is its total. */
  activity: boolean;
  /** Currency of the last money figure read in the article: the basis of bare growth rates. */
  currency: "CNY" | "USD" | undefined;
  /** An amount followed by 下同 set the unit of later amounts written without 元 (658.9亿). */
  bareUnit?: "CNY" | "USD";
  /** The article's sentences, for a pronoun (该县) pointing at a place named before it. */
  sentences?: readonly Sentence[];
}

/** One clause of a sentence with its offset in the normalised text. */
export interface Clause {
  text: string;
  start: number;
  /** The period in force for this clause's figures (periods it names included). */
  period: PeriodContext;
  /** Characters the clause holds (text/char-features.ts bits). */
  features: number;
  /** Quantities of the clause once a rule has read them (see clauseQuantities). */
  quantities?: Quantity[];
}

/** A rule family reads one sentence at a time. */
export interface SentenceRule {
  name: string;
  /**
   * Character features (text/char-features.ts) a sentence must hold for the
   * rule to read anything in it. A sentence without them is not read: `pass`
   * is called instead.
   */
  needs: number;
  /** Carries the rule's state over a sentence read with no clauses (one without the features it needs). */
  pass?(sentence: Sentence, state: ReadingState): void;
  /**
   * Reads a sentence's figures. When `figures()` is false the sentence states no figure and names no place: the
   * rule only carries what it says to the sentences after (an activity named, a stage's heading) and reads
   * nothing, which spares most of a page's prose the search for figures and their subjects. Asked only when a rule would
   * go on to look for figures: the answer scans the sentence for places.
   */
  read(sentence: Sentence, clauses: readonly Clause[], state: ReadingState, figures: () => boolean): Candidate[];
}
