import type { CellConstraints } from '../engine/cell-constraints.ts';
import type { LoopState } from './loop-state.ts';

/** Redraws within the proposal at most this many times to satisfy the user's rules. */
const RULE_RETRIES = 20;

/**
 * Draws one record of a proposal into `cells` and `values`, redrawing while it
 * breaks a user rule. Returns whether the record drawn keeps every rule; false
 * when the last draw still breaks one (the proposal and the rules conflict),
 * for the caller to decide what to do with it.
 */
export function drawRecord(state: LoopState, options: { constraints: CellConstraints; cells: Int32Array; values: Float64Array; first?: number }): boolean {
  const { sampler, rng, rules } = state;
  const { constraints, cells, values } = options;
  // One options object per record, not per draw: this runs a million times in a large run.
  const cellOptions: { constraints: CellConstraints; out: Int32Array; first?: number } = { constraints, out: cells };
  if (options.first !== undefined) cellOptions.first = options.first;
  const valueOptions = { cells, constraints, out: values };
  for (let attempt = 0; ; attempt++) {
    // A redraw for a rule takes a fresh uniform: the stratified one led to a record the rules refuse.
    if (attempt === 1) delete cellOptions.first;
    sampler.drawCells(rng, cellOptions);
    sampler.drawValues(rng, valueOptions);
    if (rules.length === 0 || !breaksRule(state, { cells, values })) return true;
    if (attempt >= RULE_RETRIES) return false;
  }
}

export function breaksRule(state: LoopState, record: { cells: ArrayLike<number>; values: ArrayLike<number> }): boolean {
  return state.rules.some((rule) => rule.broken(record.cells, record.values));
}

/** Records in the data that break at least one rule. */
export function countViolations(state: LoopState): number {
  if (state.rules.length === 0) return 0;
  const { store } = state;
  const cells = new Int32Array(store.axisCount);
  const values = new Float64Array(store.axisCount);
  let broken = 0;
  for (let r = 0; r < store.length; r++) {
    store.cellsOf(r, cells);
    store.valuesOf(r, values);
    if (breaksRule(state, { cells, values })) broken++;
  }
  return broken;
}
