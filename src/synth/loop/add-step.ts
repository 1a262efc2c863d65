import type { Plan } from '../plan/plan.ts';
import { shuffleInPlace } from '../shuffle.ts';
import { drawRecord } from './draw-record.ts';
import type { LoopState } from './loop-state.ts';

/**
 * The add phase (LLMSynthor §3.3): draw each proposal's records and append
 * them, never past the rows wanted. Returns how many were added. A
 * proposal's records take their first table's cells by stratified sampling
 * — record k's uniform falls in the k-th of n equal strata, the strata
 * shuffled — so n records land in each cell about as often as its share
 * says, give or take one, rather than with multinomial noise: on 2,800
 * origin × destination × time cells and 27,555 trips the fit starts near
 * the targets instead of leaving the refine phase to undo the noise.
 */
export function addStep(state: LoopState, plan: Plan): number {
  const { store, counts, sampler, options } = state;
  const cells = new Int32Array(sampler.axisCount);
  const values = new Float64Array(sampler.axisCount);
  const flats = new Int32Array(counts.tableCount);
  let added = 0;
  for (const proposal of plan.proposals) {
    const constraints = sampler.constraints(proposal);
    const n = Math.min(proposal.count, options.rows - store.length);
    const strata = new Uint32Array(Math.max(0, n));
    for (let i = 0; i < strata.length; i++) strata[i] = i;
    shuffleInPlace(strata, state.rng);
    for (let k = 0; k < proposal.count && store.length < options.rows; k++) {
      const first = (strata[k] + state.rng.next()) / n;
      // Added even when it still breaks a rule (the proposal and the rules conflict): the report counts such records.
      drawRecord(state, { constraints, cells, values, first });
      store.push(cells, values);
      counts.flats(cells, flats);
      counts.add(flats, 1);
      added++;
    }
  }
  return added;
}
