/**
 * A plan (LLMSynthor §3.3): a few proposals, each fixing some columns to one
 * category or a [min, max] range, plus how many records to draw from it.
 * Planners (LLM or statistical) write the JSON form; `validatePlan` turns it
 * into the typed form below, recording every repair it had to make.
 */

/** The label a planner writes to leave a column open: the sampler draws it (not a constraint, not a repair). */
export const ANY_LABEL = '(any)';

/** Longest `reason` a planner may write: the plan schema says so and validatePlan trims to it. */
export const MAX_REASON_LENGTH = 200;

/** What a planner writes: column name → category label, or [min, max] (numbers; datetimes as text in the column's format). */
export type ProposalValueJson = string | readonly [number | string, number | string];

export interface ProposalJson {
  readonly values: Readonly<Record<string, ProposalValueJson>>;
  readonly count: number;
}

export interface PlanJson {
  readonly proposals: readonly ProposalJson[];
  /** One short sentence on why; shown to the user, never trusted. */
  readonly reason?: string;
}

/** A validated constraint on one column, by index into `targets.axes`. */
export type Constraint =
  /** A categorical axis fixed to one cell (a category, "(other)" or "(missing)"). */
  | { readonly kind: 'cell'; readonly axis: number; readonly cell: number }
  /** A numeric or datetime axis restricted to [lo, hi] (inclusive; datetimes in ms). */
  | { readonly kind: 'range'; readonly axis: number; readonly lo: number; readonly hi: number }
  /** A numeric or datetime axis fixed to missing. */
  | { readonly kind: 'missing'; readonly axis: number };

export interface Proposal {
  /** At most one per axis, sorted by axis. Axes without a constraint are drawn from the targets' conditionals. */
  readonly constraints: readonly Constraint[];
  readonly count: number;
}

export interface Plan {
  readonly proposals: readonly Proposal[];
  readonly reason?: string;
}

export type RepairKind =
  | 'not-json'
  | 'not-a-plan'
  | 'too-many-proposals'
  | 'unknown-column'
  | 'unknown-category'
  | 'bad-range'
  | 'range-clamped'
  | 'range-inverted'
  | 'bad-count'
  | 'count-rounded'
  | 'count-capped'
  | 'empty-proposal'
  | 'extra-key'
  | 'bad-reason';

/** Every change the validator made, so nothing a planner wrote is changed silently. */
export interface Repair {
  readonly kind: RepairKind;
  /** Index of the proposal in the planner's output, when the repair concerns one. */
  readonly proposal?: number;
  readonly column?: string;
  /** Plain words: what was wrong and what was done, e.g. `price: range [-5, 90] clamped to [0, 90]`. */
  readonly message: string;
}
