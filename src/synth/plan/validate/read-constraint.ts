import { MISSING_LABEL } from '../../../stats/tables/axis.ts';
import { ANY_LABEL } from '../plan.ts';
import { describeValue } from './describe-value.ts';
import { droppedConstraint, type ConstraintResult, type ConstraintSite } from './constraint-site.ts';
import { readRange } from './read-range.ts';

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
  return droppedConstraint(site, 'unknown-category', `${describeValue(value)} is ${what} ${shown.join(', ')}`);
}
