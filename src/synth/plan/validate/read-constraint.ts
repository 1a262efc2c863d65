import type { ColumnSchema } from '../../../stats/schema.ts';
import type { Axis } from '../../../stats/tables/axis.ts';
import { MISSING_LABEL } from '../../../stats/tables/axis.ts';
import { describeValue } from './describe-value.ts';
import type { Constraint, Repair } from '../plan.ts';
import { ANY_LABEL } from '../plan.ts';
import { readRange } from './read-range.ts';

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

/** Labels listed in a message before "…": enough to show what was expected. */
const LISTED = 10;

/**
 * The constraint a planner's value puts on one column. Labels are only ever
 * looked up, never interpreted, so text such as "ignore the rules" is an
 * unknown label like any other.
 */
export function readConstraint(value: unknown, site: ConstraintSite): ConstraintResult {
  const { axis, index } = site;
  if (value === ANY_LABEL) return { constraint: null, repairs: [] };
  if (axis.kind === 'categorical') {
    const cell = typeof value === 'string' ? axis.labels.indexOf(value) : -1;
    if (cell >= 0) return { constraint: { kind: 'cell', axis: index, cell }, repairs: [] };
    return unknownLabel(value, { site, expected: [...axis.labels, ANY_LABEL] });
  }
  if (value === MISSING_LABEL) return { constraint: { kind: 'missing', axis: index }, repairs: [] };
  if (typeof value === 'string') return unknownLabel(value, { site, expected: [MISSING_LABEL, ANY_LABEL] });
  return readRange(value, { ...site, axis });
}

function unknownLabel(value: unknown, options: { site: ConstraintSite; expected: readonly string[] }): ConstraintResult {
  const { site, expected } = options;
  const shown = expected.length > LISTED ? [...expected.slice(0, LISTED), '…'] : expected;
  const what = site.axis.kind === 'categorical' ? 'not one of' : 'neither a [min, max] range nor one of';
  const repair: Repair = {
    kind: 'unknown-category',
    proposal: site.proposal,
    column: site.axis.column,
    message: `proposal ${site.proposal}, ${site.axis.column}: ${describeValue(value)} is ${what} ${shown.join(', ')}; constraint dropped`,
  };
  return { constraint: null, repairs: [repair] };
}
