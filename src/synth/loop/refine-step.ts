import type { CellConstraints } from '../engine/cell-constraints.ts';
import { LazyMinHeap } from '../engine/lazy-min-heap.ts';
import type { Plan } from '../plan/plan.ts';
import { breaksRule, drawRecord } from './draw-record.ts';
import type { LoopState } from './loop-state.ts';

/** Records looked at for removal per candidate: a window of the store, not all of it, once the store is much larger than the plan. */
const WINDOW_PER_CANDIDATE = 4;
/** A store this small is looked at whole: the window only saves time on large ones. */
const MIN_WINDOW = 1 << 16;
/** Most records in the window (their flat cells are held while the iteration runs: 2^18 × tables × 4 bytes). */
const MAX_WINDOW = 1 << 18;
/** Stale scores refreshed per pick before the top is taken as it stands. */
const RESCORES = 2;
/** Best pairs in a row that may fail (a swap's cells interact) before the iteration stops. */
const MAX_FAILURES = 256;

/**
 * The refine phase, beyond the paper (which only adds and cannot undo an
 * overshoot): the plan's records are candidates; each accepted swap removes a
 * record from an over-represented cell and adds a candidate, and is kept only
 * if the total deficit Σ|target·n − count| over every cell of every table does
 * not grow (sideways swaps cross plateaus). The row count never changes.
 *
 * Pairs are taken best first: the record whose removal helps most with the
 * candidate whose addition then helps most, both from lazy heaps (a swap moves
 * a few cells, so most scores stay right and only the top is rescored), until
 * the best pairs stop paying. The cost follows the swaps made, not records ×
 * candidates. Returns the number of swaps.
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
  const usable: number[] = [];
  const proposalOf = new Int32Array(total);
  // Without rules a candidate is scored by its cells alone: values are drawn for the few that are taken.
  const cellsOnly = state.rules.length === 0;
  const cellOptions = { constraints: constraints[0], out: cells };
  let c = 0;
  plan.proposals.forEach((proposal, p) => {
    cellOptions.constraints = constraints[p];
    for (let k = 0; k < proposal.count; k++, c++) {
      proposalOf[c] = p;
      if (cellsOnly) {
        sampler.drawCells(state.rng, cellOptions);
        usable.push(c);
      } else if (drawRecord(state, { constraints: constraints[p], cells, values })) usable.push(c);
      candidateCells.set(cells, c * axes);
      if (!cellsOnly) candidateValues.set(values, c * axes);
      counts.flats(cells, candidateFlats, c * T);
    }
  });
  const scoreCandidate = (i: number) => counts.delta(candidateFlats, 1, i * T);
  const candidateKey = new Float64Array(total);
  for (const i of usable) candidateKey[i] = scoreCandidate(i);
  const candidates = new LazyMinHeap(candidateKey, usable);

  // Records sitting in an over-represented cell of some table, from a window of the store, their flat cells
  // kept so rescoring them reads one array. A removal alone rarely helps once the marginals fit (it
  // unbalances them); paired with a candidate it can. A record that breaks a rule goes first, paired anyway.
  const window = Math.min(store.length, MAX_WINDOW, Math.max(MIN_WINDOW, WINDOW_PER_CANDIDATE * total));
  const first = window < store.length ? state.rng.int(store.length) : 0;
  const poolRecord = new Int32Array(window);
  const poolFlats = new Int32Array(window * T);
  const poolKey = new Float64Array(window);
  const removable: number[] = [];
  const forced: number[] = [];
  let pooled = 0;
  for (let w = 0; w < window; w++) {
    const r = (first + w) % store.length;
    store.cellsOf(r, cells);
    counts.flats(cells, poolFlats, pooled * T);
    let broken = false;
    if (state.rules.length > 0) {
      store.valuesOf(r, values);
      broken = breaksRule(state, { cells, values });
    }
    const change = counts.removalDelta(poolFlats, pooled * T);
    if (!broken && Number.isNaN(change)) continue;
    poolRecord[pooled] = r;
    poolKey[pooled] = Number.isNaN(change) ? counts.delta(poolFlats, -1, pooled * T) : change;
    (broken ? forced : removable).push(pooled++);
  }
  const records = new LazyMinHeap(poolKey, removable);
  const scoreRecord = (i: number) => counts.delta(poolFlats, -1, i * T);

  const removed: number[] = [];
  const accepted: number[] = [];
  /** Removes pooled record i (its removal changes the deficit by dr, scored just now) for the best candidate, if the pair pays or is forced. */
  const swap = (i: number, dr: number, force: boolean): boolean => {
    counts.add(poolFlats, -1, i * T);
    const best = candidates.popBest(scoreCandidate, RESCORES);
    if (best >= 0 && (force || dr + candidates.keyOf(best) <= 0)) {
      counts.add(candidateFlats, 1, best * T);
      removed.push(poolRecord[i]);
      accepted.push(best);
      return true;
    }
    counts.add(poolFlats, 1, i * T);
    if (best >= 0) candidates.push(best, candidates.keyOf(best));
    return false;
  };
  for (const i of forced) if (candidates.size > 0) swap(i, scoreRecord(i), true);
  for (let failures = 0; failures < MAX_FAILURES && candidates.size > 0;) {
    const i = records.popBest(scoreRecord, RESCORES);
    if (i < 0) break;
    failures = swap(i, records.keyOf(i), false) ? 0 : failures + 1;
  }

  // Apply to the store: highest index first so swap-removal never moves a record still to be removed.
  removed.sort((a, b) => b - a).forEach((r) => store.removeAt(r));
  for (const a of accepted) {
    const taken = candidateCells.subarray(a * axes, (a + 1) * axes);
    if (cellsOnly)
      sampler.drawValues(state.rng, { cells: taken, constraints: constraints[proposalOf[a]], out: candidateValues.subarray(a * axes, (a + 1) * axes) });
    store.push(taken, candidateValues.subarray(a * axes, (a + 1) * axes));
  }
  return accepted.length;
}
