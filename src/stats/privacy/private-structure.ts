import type { Dataset } from '../dataset.ts';
import type { Axis } from '../tables/axis.ts';
import { axisSize } from '../tables/axis.ts';
import { axisCells } from '../tables/axis-cells.ts';
import { exponentialMechanism } from './exponential-mechanism.ts';
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
export function privateStructure(options: {
  dataset: Dataset;
  axes: readonly Axis[];
  epsilon: number;
  random: Uniform;
  maxCells: number;
  noise?: number;
}): string[][] {
  const { dataset, axes, epsilon, random, maxCells } = options;
  // AIM's correction (McKenna et al. 2022): a table's measurement will carry about √(2/π)·σ of error per cell,
  // so a big table must be that much further from independent to be worth measuring. Public: σ and sizes only.
  const perCell = Math.sqrt(2 / Math.PI) * (options.noise ?? 0);
  const d = axes.length;
  if (d < 2 || !(epsilon > 0)) return [];
  const cells = axes.map((a) => axisCells(a, dataset));
  const sizes = axes.map(axisSize);
  const n = dataset.rowCount;
  const candidates: { a: number; b: number; score: number }[] = [];
  for (let a = 0; a < d; a++) {
    for (let b = a + 1; b < d; b++) {
      if (sizes[a] * sizes[b] > maxCells) continue;
      candidates.push({ a, b, score: independenceGap({ x: cells[a], y: cells[b], sizes: [sizes[a], sizes[b]], n }) - perCell * sizes[a] * sizes[b] });
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
  return runningIntersectionOrder(chosen);
}

/**
 * The pairs of a forest reordered so each one after a component's first shares
 * a column with a pair before it (breadth first): sampling the tables in this
 * order draws each new column given its neighbour, which is the tree's model
 * exactly. In Kruskal's order [a,b], [c,d], [b,c] the last pair would find both
 * columns decided and its dependence would be lost.
 */
function runningIntersectionOrder(pairs: readonly string[][]): string[][] {
  const ordered: string[][] = [];
  const placed = new Set<number>();
  const seen = new Set<string>();
  while (placed.size < pairs.length) {
    const root = pairs.findIndex((_, i) => !placed.has(i));
    const queue = [pairs[root][0]];
    seen.add(pairs[root][0]);
    while (queue.length > 0) {
      const column = queue.shift() as string;
      pairs.forEach((pair, i) => {
        if (placed.has(i) || !pair.includes(column)) return;
        placed.add(i);
        ordered.push(pair[0] === column ? pair : [pair[1], pair[0]]);
        const other = pair[0] === column ? pair[1] : pair[0];
        if (!seen.has(other)) {
          seen.add(other);
          queue.push(other);
        }
      });
    }
  }
  return ordered;
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
