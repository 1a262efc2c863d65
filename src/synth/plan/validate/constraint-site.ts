import type { ColumnSchema } from '../../../stats/schema.ts';
import type { Axis } from '../../../stats/tables/axis.ts';
import type { Constraint, Repair } from '../plan.ts';

/** Where a value was written: the proposal (index in the planner's output) and the axis of its column. */
export interface ConstraintSite {
  readonly proposal: number;
  readonly axis: Axis;
  /** Index of `axis` in targets.axes. */
  readonly index: number;
  /** The column's schema (a datetime's format), when the targets have it. */
  readonly column: ColumnSchema | undefined;
}

/** What one written value became: a constraint, or none ("(any)", or dropped with a repair). */
export interface ConstraintResult {
  readonly constraint: Constraint | null;
  readonly repairs: readonly Repair[];
}

/** A repair to the value written at `site`, its message led by the proposal and column. */
export function constraintRepair(site: ConstraintSite, kind: Repair['kind'], text: string): Repair {
  return { kind, proposal: site.proposal, column: site.axis.column, message: `proposal ${site.proposal}, ${site.axis.column}: ${text}` };
}

/** The value at `site` dropped, with the repair that says why. */
export function droppedConstraint(site: ConstraintSite, kind: Repair['kind'], text: string): ConstraintResult {
  return { constraint: null, repairs: [constraintRepair(site, kind, `${text}; constraint dropped`)] };
}
