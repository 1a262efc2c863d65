import type { Dataset } from '../dataset.ts';
import type { Axis } from '../tables/axis.ts';
import { axisSize } from '../tables/axis.ts';
import { axisCells } from '../tables/axis-cells.ts';
import type { Table } from '../tables/table.ts';
import { exponentialMechanism } from './exponential-mechanism.ts';
import type { Uniform } from './noise.ts';
import { treePairMarginal } from './tree-pair-marginal.ts';

/**
 * Pair tables beyond the spanning tree, chosen under differential privacy the
 * way AIM does (McKenna et al. 2022): the score of a pair is how far the data's
 * joint is from the one the tree's noisy tables imply, ‖M_D − M_tree‖₁, less
 * the error its own measurement would add (√(2/π)·σ per cell). M_tree is
 * post-processing of published tables, so the score moves by at most 1 when a
 * record is added or removed. Each of `rounds` picks one pair by the
 * exponential mechanism with `epsilon` (no pair twice); pairs already in a
 * table together are not candidates. Returns column pairs.
 */
export function privateExtraPairs(options: {
  dataset: Dataset;
  axes: readonly Axis[];
  tables: readonly Table[];
  rounds: number;
  epsilon: number;
  noise: number;
  maxCells: number;
  random: Uniform;
}): string[][] {
  const { dataset, axes, tables, rounds, epsilon, noise, maxCells, random } = options;
  const together = new Set(tables.flatMap((t) => t.axes.flatMap((a) => t.axes.map((b) => `${a.column}|${b.column}`))));
  const sizes = axes.map(axisSize);
  const cells = axes.map((a) => axisCells(a, dataset));
  const perCell = Math.sqrt(2 / Math.PI) * noise;
  const candidates: { a: number; b: number; score: number }[] = [];
  for (let a = 0; a < axes.length; a++) {
    for (let b = a + 1; b < axes.length; b++) {
      if (together.has(`${axes[a].column}|${axes[b].column}`) || sizes[a] * sizes[b] > maxCells) continue;
      const model = treePairMarginal({ tables, x: axes[a].column, y: axes[b].column });
      const data = new Float64Array(model.length);
      for (let r = 0; r < cells[a].length; r++) data[cells[a][r] * sizes[b] + cells[b][r]]++;
      let gap = 0;
      for (let k = 0; k < data.length; k++) gap += Math.abs(data[k] - model[k]);
      candidates.push({ a, b, score: gap - perCell * data.length });
    }
  }
  const chosen: string[][] = [];
  for (let round = 0; round < rounds && candidates.length > 0; round++) {
    const pick = exponentialMechanism({ scores: candidates.map((c) => c.score), epsilon, sensitivity: 1, random });
    const [{ a, b }] = candidates.splice(pick, 1);
    chosen.push([axes[a].column, axes[b].column]);
  }
  return chosen;
}
