import type { Plan } from '../plan/plan.ts';
import { drawRecord } from './draw-record.ts';
import type { LoopState } from './loop-state.ts';

/**
 * The add phase (LLMSynthor §3.3): draw each proposal's records and append
 * them, never past the rows wanted. Returns how many were added.
 */
export function addStep(state: LoopState, plan: Plan): number {
  const { store, counts, sampler, options } = state;
  const cells = new Int32Array(sampler.axisCount);
  const values = new Float64Array(sampler.axisCount);
  const flats = new Int32Array(counts.tableCount);
  let added = 0;
  for (const proposal of plan.proposals) {
    const constraints = sampler.constraints(proposal);
    for (let k = 0; k < proposal.count && store.length < options.rows; k++) {
      // Added even when it still breaks a rule (the proposal and the rules conflict): the report counts such records.
      drawRecord(state, { constraints, cells, values });
      store.push(cells, values);
      counts.flats(cells, flats);
      counts.add(flats, 1);
      added++;
    }
  }
  return added;
}
