import type { Dataset } from '../dataset.ts';
import type { Axis } from '../tables/axis.ts';
import { axisSize } from '../tables/axis.ts';
import { axisCells } from '../tables/axis-cells.ts';
import type { Uniform } from './noise.ts';

/**
 * Sensitivity of a pair's score to adding or removing one record: its joint
 * table moves by 1 in one cell, and the independence estimate m_a·m_b / n
 * built from the same counts by at most 2 in L1.
 */
const SCORE_SENSITIVITY = 3;

/**
 * A spanning tree of pair tables chosen under differential privacy, as MST
 * does (McKenna, Miklau & Sheldon 2021): Kruskal's algorithm where each step
 * picks, among the pairs that join two components, one by the exponential
 * mechanism with the score ‖counts_ab − m_a·m_b/n‖₁ (how far the pair is from
 * independent). Each of the at most d − 1 steps spends ε / (d − 1); the result
 * is ε-DP by sequential composition, and the tables it names are then
 * measured with the rest of the budget.
 */
export function privateStructure(options: { dataset: Dataset; axes: readonly Axis[]; epsilon: number; random: Uniform; maxCells: number }): string[][] {
  const { dataset, axes, epsilon, random, maxCells } = options;
  const d = axes.length;
  if (d < 2 || !(epsilon > 0)) return [];
  const cells = axes.map((a) => axisCells(a, dataset));
  const sizes = axes.map(axisSize);
  const n = dataset.rowCount;
  const candidates: { a: number; b: number; score: number }[] = [];
  for (let a = 0; a < d; a++) {
    for (let b = a + 1; b < d; b++) {
      if (sizes[a] * sizes[b] > maxCells) continue;
      candidates.push({ a, b, score: independenceGap({ x: cells[a], y: cells[b], sizes: [sizes[a], sizes[b]], n }) });
    }
  }
  const component = Array.from({ length: d }, (_, i) => i);
  const find = (i: number): number => (component[i] === i ? i : (component[i] = find(component[i])));
  const step = epsilon / (d - 1);
  const chosen: string[][] = [];
  for (let round = 0; round < d - 1; round++) {
    const open = candidates.filter((c) => find(c.a) !== find(c.b));
    if (open.length === 0) break;
    const pick = open[exponentialMechanism({ scores: open.map((c) => c.score), epsilon: step, sensitivity: SCORE_SENSITIVITY, random })];
    component[find(pick.a)] = find(pick.b);
    chosen.push([axes[pick.a].column, axes[pick.b].column]);
  }
  return chosen;
}

function independenceGap(options: { x: ArrayLike<number>; y: ArrayLike<number>; sizes: readonly [number, number]; n: number }): number {
  const { x, y, sizes, n } = options;
  const [sx, sy] = sizes;
  const joint = new Float64Array(sx * sy);
  const mx = new Float64Array(sx);
  const my = new Float64Array(sy);
  for (let i = 0; i < x.length; i++) {
    joint[x[i] * sy + y[i]]++;
    mx[x[i]]++;
    my[y[i]]++;
  }
  let gap = 0;
  for (let a = 0; a < sx; a++) for (let b = 0; b < sy; b++) gap += Math.abs(joint[a * sy + b] - (mx[a] * my[b]) / Math.max(1, n));
  return gap;
}

/** Index i with probability ∝ exp(ε·score_i / (2Δ)), by the Gumbel-max trick on a uniform source. */
function exponentialMechanism(options: { scores: readonly number[]; epsilon: number; sensitivity: number; random: Uniform }): number {
  const { scores, epsilon, sensitivity, random } = options;
  let best = 0;
  let bestValue = Number.NEGATIVE_INFINITY;
  scores.forEach((s, i) => {
    const u = Math.max(Number.MIN_VALUE, random());
    const value = (epsilon * s) / (2 * sensitivity) - Math.log(-Math.log(u));
    if (value > bestValue) {
      bestValue = value;
      best = i;
    }
  });
  return best;
}
