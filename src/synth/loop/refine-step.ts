import type { CellConstraints } from '../engine/cell-constraints.ts';
import type { Plan } from '../plan/plan.ts';
import { breaksRule, drawRecord } from './draw-record.ts';
import type { LoopState } from './loop-state.ts';

/** Candidates each removal is paired against, best-looking first. */
const LOOKAHEAD = 64;
/** Removals tried per candidate before the iteration gives up. */
const ATTEMPTS_PER_CANDIDATE = 3;

/**
 * The refine phase, beyond the paper (which only adds and cannot undo an
 * overshoot): the plan's records are candidates; each accepted swap removes a
 * record from an over-represented cell and adds a candidate, and is kept only
 * if the total deficit Σ|target·n − count| over every cell of every table does
 * not grow (sideways swaps cross plateaus). The row count never changes.
 * Returns the number of swaps.
 */
export function refineStep(state: LoopState, plan: Plan): number {
  const { store, counts, sampler } = state;
  const axes = sampler.axisCount;
  const T = counts.tableCount;

  // Candidates, drawn whole; one that cannot be made to keep the rules is never added.
  const constraints: CellConstraints[] = plan.proposals.map((p) => sampler.constraints(p));
  const total = plan.proposals.reduce((s, p) => s + p.count, 0);
  if (total === 0) return 0;
  const candidateCells = new Int32Array(total * axes);
  const candidateValues = new Float64Array(total * axes);
  const candidateFlats = new Int32Array(total * T);
  const cells = new Int32Array(axes);
  const values = new Float64Array(axes);
  const used = new Uint8Array(total);
  let c = 0;
  plan.proposals.forEach((proposal, p) => {
    for (let k = 0; k < proposal.count; k++, c++) {
      if (!drawRecord(state, { constraints: constraints[p], cells, values })) used[c] = 1;
      candidateCells.set(cells, c * axes);
      candidateValues.set(values, c * axes);
      counts.flats(cells, candidateFlats, c * T);
    }
  });
  const addOrder = rankBy(total, (i) => counts.delta(candidateFlats, 1, i * T));

  // Records sitting in an over-represented cell of some table, cheapest to remove first. A removal
  // alone rarely helps once the marginals fit (it unbalances them); paired with a candidate it can.
  const recordFlats = new Int32Array(T);
  const removable: number[] = [];
  const removalCost: number[] = [];
  for (let r = 0; r < store.length; r++) {
    store.cellsOf(r, cells);
    counts.flats(cells, recordFlats);
    store.valuesOf(r, values);
    // A record that breaks a rule goes first, whatever the tables say.
    const broken = state.rules.length > 0 && breaksRule(state, { cells, values });
    if (!broken && !counts.isOver(recordFlats)) continue;
    removable.push(r);
    removalCost.push(broken ? -Infinity : counts.delta(recordFlats, -1));
  }
  const removeOrder = rankBy(removable.length, (i) => removalCost[i]).map((i) => removable[i]);

  const forced = new Set(removable.filter((_, i) => removalCost[i] === -Infinity));
  const removed: number[] = [];
  const accepted: number[] = [];
  let next = 0;
  const attempts = Math.min(removeOrder.length, ATTEMPTS_PER_CANDIDATE * total);
  for (let i = 0; i < attempts && accepted.length < total; i++) {
    const r = removeOrder[i];
    store.cellsOf(r, cells);
    counts.flats(cells, recordFlats);
    const dr = counts.delta(recordFlats, -1);
    counts.add(recordFlats, -1);
    while (next < total && used[addOrder[next]]) next++;
    let best = -1;
    let bestDelta = Infinity;
    for (let j = next, seen = 0; j < total && seen < LOOKAHEAD; j++) {
      const candidate = addOrder[j];
      if (used[candidate]) continue;
      seen++;
      const da = counts.delta(candidateFlats, 1, candidate * T);
      if (da < bestDelta) {
        bestDelta = da;
        best = candidate;
      }
    }
    if (best >= 0 && (dr + bestDelta <= 0 || forced.has(r))) {
      used[best] = 1;
      counts.add(candidateFlats, 1, best * T);
      removed.push(r);
      accepted.push(best);
    } else {
      counts.add(recordFlats, 1);
    }
  }

  // Apply to the store: highest index first so swap-removal never moves a record still to be removed.
  removed.sort((a, b) => b - a).forEach((r) => store.removeAt(r));
  for (const a of accepted) store.push(candidateCells.subarray(a * axes, (a + 1) * axes), candidateValues.subarray(a * axes, (a + 1) * axes));
  return accepted.length;
}

/** Indices 0..n−1 sorted by key ascending (stable). */
function rankBy(n: number, key: (i: number) => number): number[] {
  const keys = Float64Array.from({ length: n }, (_, i) => key(i));
  return Array.from({ length: n }, (_, i) => i).sort((a, b) => keys[a] - keys[b] || a - b);
}
