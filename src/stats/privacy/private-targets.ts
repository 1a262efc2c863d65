import type { Dataset } from '../dataset.ts';
import { InputError } from '../input-error.ts';
import { valueStep } from '../schema/value-step.ts';
import { buildTargets, targetAxes, type TargetOptions } from '../tables/build-targets.ts';
import type { Axis } from '../tables/axis.ts';
import { countTables } from '../tables/count-tables.ts';
import { tableName, type Table } from '../tables/table.ts';
import type { Targets } from '../tables/targets.ts';
import { budgetOf, exponentialEpsilon, noiseScale, noiseVariance, type Budget } from './budget.ts';
import type { DpReport } from './dp-report.ts';
import { makeConsistent } from './make-consistent.ts';
import { gaussian, laplace, type Uniform } from './noise.ts';
import { coarseEdges, histogramFine, marginalFromHistogram } from './histogram-views.ts';
import { histogramCounts, histogramGrid, type HistogramGrid } from './private-histogram.ts';
import { privateExtraPairs } from './private-extra-pairs.ts';
import { privateStructure } from './private-structure.ts';
import { projectSimplex } from './project-simplex.ts';

/** Largest pair table the private structure may choose: noise on many empty cells drowns the signal. */
const PRIVATE_MAX_CELLS = 1024;
/**
 * Records a bin of a pair table should hold per unit of noise (σ, or the Laplace
 * scale): spread over a partner column of about eight cells, each cell then
 * holds about twice the noise, so the table says something about the pair.
 */
const RECORDS_PER_NOISE = 16;
/** Most bins per numeric column in the pair tables under DP (the histogram keeps the finer grid for values). */
export const PRIVATE_MAX_BINS = 32;

export interface DpOptions {
  /** Total privacy budget ε for everything published. */
  readonly epsilon: number;
  /** With δ > 0, Gaussian noise with zCDP accounting; otherwise Laplace (pure ε-DP). */
  readonly delta?: number;
  /** Public [min, max] per numeric or datetime column (ms for datetimes): the grid never comes from the data. */
  readonly bounds: ReadonlyMap<string, readonly [number, number]>;
  readonly random: Uniform;
  /** Share of the budget spent choosing a spanning tree of pair tables (privateStructure); 0 or absent: none chosen. */
  readonly structureShare?: number;
}

interface Measured {
  readonly noisy: Float64Array;
  readonly share: number;
}

/**
 * Target tables under differential privacy. Every numeric column is counted on
 * a public grid (private-histogram.ts) and every categorical marginal and pair
 * table once, each with noise; a spanning tree of pair tables may be chosen
 * inside the budget first (MST-style). Then post-processing only: one agreed
 * total, every count vector projected onto the non-negative vectors of that
 * total, bins for the pair tables read from the noisy histograms, margins made
 * consistent. The planner, the loop and the synthetic rows see only these
 * tables, so the whole output is DP by post-processing, with respect to adding
 * or removing one record. The schema, its category lists and value steps, and
 * the bounds are treated as public (see the README).
 */
export function privateTargets(dataset: Dataset, options: TargetOptions & { dp: DpOptions }): Targets {
  const { dp } = options;
  if (!(dp.epsilon > 0)) throw new InputError(`privacy: ε must be > 0, got ${dp.epsilon}`);
  const delta = dp.delta ?? 0;
  const budget = budgetOf({ epsilon: dp.epsilon, delta });
  const included = dataset.schema.columns.filter((c) => c.included);
  const numeric = included.filter((c) => dataset.columns.find((d) => d.name === c.name)?.type === 'numeric');
  const unbounded = numeric.filter((c) => !dp.bounds.has(c.name)).map((c) => `"${c.name}"`);
  if (unbounded.length > 0) {
    throw new InputError(
      `privacy: differential privacy needs public bounds [min, max] for ${unbounded.join(', ')}; give them (e.g. from a codebook), not from the data`,
    );
  }
  const structureShare = budget.total * (dp.structureShare ?? 0);
  const asked = options.joints ?? [];
  // Measurements: a histogram per numeric column, a marginal per categorical column, the asked joints and the tree.
  const treePairs = structureShare > 0 ? Math.max(0, included.length - 1) : 0;
  // AIM-style rounds after the tree: half as many pair tables again, for the pairs the tree explains worst.
  const extraRounds = structureShare > 0 ? Math.ceil(included.length / 2) : 0;
  const selectionStep = structureShare / Math.max(1, treePairs + extraRounds);
  // Every measurement gets the same share: one per column (histogram or marginal), one per pair table.
  const share = (budget.total - structureShare) / Math.max(1, included.length + asked.length + treePairs + extraRounds);
  const measure = (exact: ArrayLike<number>, s: number): Measured => ({ noisy: addNoise(exact, { budget, share: s, random: dp.random }), share: s });

  const grids = new Map<string, HistogramGrid>();
  const histograms = new Map<string, Measured>();
  for (const c of numeric) {
    const column = dataset.columns.find((d) => d.name === c.name);
    if (column?.type !== 'numeric') continue;
    const grid = histogramGrid({ bounds: dp.bounds.get(c.name) as [number, number], step: valueStep(c), column: c.name });
    grids.set(c.name, grid);
    histograms.set(c.name, measure(histogramCounts(grid, column.values), share));
  }
  // Bins for the pair tables from the histograms (post-processing), on a provisional total.
  const provisional = agreedTotal([...histograms.values()], budget);
  const edges = new Map(
    [...histograms].map(([name, h]) => [
      name,
      coarseEdges({
        grid: grids.get(name) as HistogramGrid,
        counts: projectSimplex(h.noisy, provisional),
        bins: options.bins ?? binsFor({ total: provisional, noise: noiseScale(budget, share) }),
      }),
    ]),
  );
  const chosen =
    structureShare > 0
      ? privateStructure({
          dataset,
          axes: targetAxes(dataset, { ...options, edges }),
          // Each of the d − 1 steps spends selectionStep; privateStructure splits its ε evenly.
          epsilon: treePairs * exponentialEpsilon(budget, selectionStep),
          random: dp.random,
          maxCells: PRIVATE_MAX_CELLS,
          noise: noiseScale(budget, share),
        })
      : [];
  const joints = [...asked, ...chosen.filter((p) => !asked.some((g) => p.every((c) => g.includes(c))))];
  // minCount stays 1: noise protects small cells; suppression on top would spend nothing and hide signal.
  const exact = buildTargets(dataset, { ...options, joints, edges, minCount: 1 });
  const fromHistogram = (t: Table) => (t.axes.length === 1 && histograms.has(t.axes[0].column) ? t.axes[0].column : undefined);
  const measured = exact.tables.map((t) => (fromHistogram(t) ? undefined : measure(t.counts, share)));
  const total = agreedTotal([...histograms.values(), ...measured.filter((m): m is Measured => m !== undefined)], budget);
  const projected = new Map([...histograms].map(([name, h]) => [name, projectSimplex(h.noisy, total)]));
  exact.tables.forEach((t, i) => {
    const column = fromHistogram(t);
    const m = measured[i];
    t.counts.set(
      column
        ? marginalFromHistogram({ grid: grids.get(column) as HistogramGrid, counts: projected.get(column) as Float64Array, axis: t.axes[0] })
        : projectSimplex(m?.noisy ?? [], total),
    );
  });
  makeConsistent(exact.tables, total);
  const tables = [...exact.tables];
  const extraMeasured: Measured[] = [];
  if (extraRounds > 0) {
    const pairs = privateExtraPairs({
      dataset,
      axes: exact.axes,
      tables,
      rounds: extraRounds,
      epsilon: exponentialEpsilon(budget, selectionStep),
      noise: noiseScale(budget, share),
      maxCells: PRIVATE_MAX_CELLS,
      random: dp.random,
    });
    const axisOf = (column: string) => exact.axes.find((a) => a.column === column) as Axis;
    for (const t of countTables(
      pairs.map((p) => p.map(axisOf)),
      dataset,
    )) {
      const m = measure(t.counts, share);
      t.counts.set(projectSimplex(m.noisy, total));
      tables.push(t);
      extraMeasured.push(m);
    }
    makeConsistent(tables, total);
  }
  const fine = [...projected].map(([column, counts]) => histogramFine({ column, grid: grids.get(column) as HistogramGrid, counts }));
  const report: DpReport = {
    mechanism: delta > 0 ? 'gaussian' : 'laplace',
    epsilon: dp.epsilon,
    delta,
    unit: budget.unit,
    total: budget.total,
    histograms: [...histograms].map(([column, h]) => ({ column, share: h.share, noise: noiseScale(budget, h.share) })),
    ...(structureShare > 0 ? { structure: { share: structureShare } } : {}),
    tables: tables.flatMap((t, i) => {
      const m = i < measured.length ? measured[i] : extraMeasured[i - measured.length];
      return m ? [{ table: tableName(t), share: m.share, noise: noiseScale(budget, m.share) }] : [];
    }),
    guarantee:
      `(${dp.epsilon}, ${delta})-differential privacy for each record of the input: the target tables carry ` +
      `${delta > 0 ? 'Gaussian' : 'Laplace'} noise and everything after them (planner, loop, synthetic rows) only sees them. ` +
      `Not covered: the column names, types, value steps and category lists, and the bounds given, which are treated as public.`,
  };
  return { schema: exact.schema, rowCount: total, axes: exact.axes, tables, fine, dp: report };
}

/** Bins for a column's pair tables: as many as keep RECORDS_PER_NOISE records per unit of noise in each, 2 to PRIVATE_MAX_BINS. */
function binsFor(options: { total: number; noise: number }): number {
  return Math.max(2, Math.min(PRIVATE_MAX_BINS, Math.floor(options.total / (RECORDS_PER_NOISE * options.noise))));
}

function addNoise(exact: ArrayLike<number>, options: { budget: Budget; share: number; random: Uniform }): Float64Array {
  const { budget, share, random } = options;
  const scale = noiseScale(budget, share);
  return Float64Array.from(exact, (c) => c + (budget.unit === 'rho' ? gaussian(random, scale) : laplace(random, scale)));
}

/** The record count every measurement agrees on: each vector's noisy sum, weighted by the inverse of its variance. */
function agreedTotal(measured: readonly Measured[], budget: Budget): number {
  let weighted = 0;
  let weights = 0;
  for (const m of measured) {
    const w = 1 / (m.noisy.length * noiseVariance(budget, m.share));
    weighted += w * m.noisy.reduce((a, b) => a + b, 0);
    weights += w;
  }
  return weights > 0 ? Math.max(1, weighted / weights) : 1;
}
