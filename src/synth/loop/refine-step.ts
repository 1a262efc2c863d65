import type { CellConstraints } from '../engine/cell-constraints.ts';
import type { Plan } from '../plan/plan.ts';
import type { RunState } from './run-state.ts';

/** How many of the best-looking candidates each removal is tried against. */
const LOOKAHEAD = 8;

/**
 * The refine phase, beyond the paper (which only adds and cannot undo an
 * overshoot): the plan's records are candidates; each accepted swap removes a
 * record from an over-represented cell and adds a candidate, and is kept only
 * if the total deficit Σ|target·n − count| over every cell of every table
 * drops. The row count never changes. Returns the number of swaps.
 */
export function refineStep(state: RunState, plan: Plan): number {
  const { store, counts, sampler, rng } = state;
  const axes = sampler.axisCount;

  // Candidates: cells now, values only for the ones accepted.
  const candidateCells: number[] = [];
  const candidateProposal: number[] = [];
  const constraints: CellConstraints[] = plan.proposals.map((p) => sampler.constraints(p));
  const cells = new Int32Array(axes);
  plan.proposals.forEach((proposal, p) => {
    for (let k = 0; k < proposal.count; k++) {
      sampler.drawCells(rng, { constraints: constraints[p], out: cells });
      candidateCells.push(...cells);
      candidateProposal.push(p);
    }
  });
  const candidates = candidateProposal.length;
  if (candidates === 0) return 0;
  const cellsOf = (c: number) => candidateCells.slice(c * axes, (c + 1) * axes);
  const addOrder = rankBy(candidates, (c) => counts.delta(cellsOf(c), 1));

  // Records whose removal helps most, best first.
  const removalGain: number[] = [];
  const removable: number[] = [];
  for (let r = 0; r < store.length; r++) {
    store.cellsOf(r, cells);
    const d = counts.delta(cells, -1);
    if (d < 0) {
      removable.push(r);
      removalGain.push(d);
    }
  }
  const removeOrder = rankBy(removable.length, (i) => removalGain[i]).map((i) => removable[i]);

  const used = new Uint8Array(candidates);
  const removed: number[] = [];
  const accepted: number[] = [];
  let next = 0;
  for (const r of removeOrder) {
    if (accepted.length >= candidates) break;
    store.cellsOf(r, cells);
    const dr = counts.delta(cells, -1);
    if (dr >= 0) continue;
    counts.add(cells, -1);
    while (next < candidates && used[addOrder[next]]) next++;
    let best = -1;
    let bestDelta = Infinity;
    for (let j = next, seen = 0; j < candidates && seen < LOOKAHEAD; j++) {
      const c = addOrder[j];
      if (used[c]) continue;
      seen++;
      const da = counts.delta(cellsOf(c), 1);
      if (da < bestDelta) {
        bestDelta = da;
        best = c;
      }
    }
    if (best >= 0 && dr + bestDelta < 0) {
      used[best] = 1;
      counts.add(cellsOf(best), 1);
      removed.push(r);
      accepted.push(best);
    } else {
      counts.add(cells, 1);
    }
  }

  // Apply to the store: highest index first so swap-removal never moves a record still to be removed.
  removed.sort((a, b) => b - a).forEach((r) => store.removeAt(r));
  const values = new Float64Array(axes);
  for (const c of accepted) {
    const candidate = cellsOf(c);
    sampler.drawValues(rng, { cells: candidate, constraints: constraints[candidateProposal[c]], out: values });
    store.push(candidate, values);
  }
  return accepted.length;
}

/** Indices 0..n−1 sorted by key ascending (stable). */
function rankBy(n: number, key: (i: number) => number): number[] {
  const keys = Float64Array.from({ length: n }, (_, i) => key(i));
  return Array.from({ length: n }, (_, i) => i).sort((a, b) => keys[a] - keys[b] || a - b);
}
