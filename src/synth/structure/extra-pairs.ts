import type { CellArray } from '../../stats/tables/axis-cells.ts';
import { axisSize } from '../../stats/tables/axis.ts';
import type { Targets } from '../../stats/tables/targets.ts';
import { openConstraints } from '../engine/cell-constraints.ts';
import { CellSampler } from '../engine/cell-sampler.ts';
import { tableLayouts } from '../engine/table-layout.ts';
import { createRng } from '../rng.ts';

export interface ExtraPairOptions {
  /** Targets over the junction tree: the model whose pair margins are checked. */
  readonly targets: Targets;
  /** Per target axis: the data's cell of every (sampled) row. */
  readonly cells: readonly CellArray[];
  /** Rows the data has (the cells may be a sample of them). */
  readonly rows: number;
  /** Records drawn from the model to read its pair margins. */
  readonly draws: number;
  /** Pairs added at most. */
  readonly limit: number;
  readonly maxCells: number;
}

/**
 * Pairs of columns whose joint the junction tree gets wrong (select-measure-
 * generate: AIM, McKenna et al. 2022, adds the marginal the model errs on
 * most). The tree's model is drawn exactly from its cliques; for each pair
 * not inside one clique the gain of also matching its table is
 * N·KL(data ‖ model) − (r_a − 1)(r_b − 1) nats: the log-likelihood an exact
 * pair margin adds, less AIC's price of its interaction parameters (the same
 * scale as the tree's family scores). The refine phase then fits these tables
 * on top of the tree, as iterative proportional fitting would. Largest gain
 * first, positive only, `limit` at most; returned as axis index pairs.
 */
export function extraPairs(options: ExtraPairOptions): [number, number][] {
  const { targets, cells, rows, draws, limit, maxCells } = options;
  const axes = targets.axes.length;
  const sizes = targets.axes.map(axisSize);
  const together = new Set<string>();
  for (const t of targets.tables) {
    const idx = t.axes.map((a) => targets.axes.findIndex((x) => x.column === a.column));
    for (const a of idx) for (const b of idx) together.add(`${a}|${b}`);
  }
  const model = drawModel({ targets, draws });
  // Cells each axis occupies in the data: the r_a of every pair's penalty.
  const occupied = cells.map((c) => new Set(Array.from(c)).size);
  const scored: { a: number; b: number; gain: number }[] = [];
  for (let a = 0; a < axes; a++) {
    for (let b = a + 1; b < axes; b++) {
      if (together.has(`${a}|${b}`) || sizes[a] * sizes[b] > maxCells) continue;
      const gain = pairGain({
        data: [cells[a], cells[b]],
        model: [model[a], model[b]],
        sizes: [sizes[a], sizes[b]],
        rows,
        occupied: [occupied[a], occupied[b]],
      });
      if (gain > 0) scored.push({ a, b, gain });
    }
  }
  return scored
    .sort((x, y) => y.gain - x.gain || x.a - y.a || x.b - y.b)
    .slice(0, limit)
    .map((p) => [p.a, p.b]);
}

/** `draws` records from the targets' tables alone, one cell array per axis. */
function drawModel(options: { targets: Targets; draws: number }): Int32Array[] {
  const { targets, draws } = options;
  const sampler = new CellSampler({ targets, layouts: tableLayouts(targets) });
  const constraints = openConstraints(targets.axes.length);
  const out = new Int32Array(targets.axes.length);
  const columns = targets.axes.map(() => new Int32Array(draws));
  // A fixed seed: the structure is part of the input's description, the same on every run.
  const rng = createRng(0x57c7);
  for (let r = 0; r < draws; r++) {
    sampler.draw(rng, { constraints, out });
    for (let a = 0; a < out.length; a++) columns[a][r] = out[a];
  }
  return columns;
}

function pairGain(options: {
  data: readonly [ArrayLike<number>, ArrayLike<number>];
  model: readonly [Int32Array, Int32Array];
  sizes: readonly [number, number];
  rows: number;
  occupied: readonly [number, number];
}): number {
  const { data, model, sizes, rows, occupied } = options;
  const cells = sizes[0] * sizes[1];
  const p = new Float64Array(cells);
  const q = new Float64Array(cells);
  for (let i = 0; i < data[0].length; i++) p[data[0][i] * sizes[1] + data[1][i]]++;
  for (let i = 0; i < model[0].length; i++) q[model[0][i] * sizes[1] + model[1][i]]++;
  const n = data[0].length;
  const m = model[0].length;
  let kl = 0;
  // The model's share gets half a draw where it drew none, so a cell the model never drew costs a finite amount.
  for (let k = 0; k < cells; k++) if (p[k] > 0) kl += (p[k] / n) * Math.log(p[k] / n / (Math.max(q[k], 0.5) / m));
  return rows * kl - (occupied[0] - 1) * (occupied[1] - 1);
}
