import type { Dataset } from '../dataset.ts';
import { InputError } from '../input-error.ts';
import { buildTargets, targetAxes, type TargetOptions } from '../tables/build-targets.ts';
import { tableName } from '../tables/table.ts';
import type { FineMarginal } from '../tables/fine-marginal.ts';
import type { Targets } from '../tables/targets.ts';
import type { DpReport } from './dp-report.ts';
import { makeConsistent } from './make-consistent.ts';
import { analyticGaussianSigma, gaussian, laplace, type Uniform } from './noise.ts';
import { privateEdges } from './private-edges.ts';
import { privateStructure } from './private-structure.ts';

/** Largest pair table the private structure may choose: noise on many empty cells drowns the signal. */
const PRIVATE_MAX_CELLS = 1024;

export interface DpOptions {
  /** Total privacy budget ε for everything published. */
  readonly epsilon: number;
  /** With δ > 0, the (analytic) Gaussian mechanism; otherwise Laplace (pure ε-DP). */
  readonly delta?: number;
  /** Public [min, max] per numeric or datetime column (ms for datetimes): edges never come from the data's extremes. */
  readonly bounds: ReadonlyMap<string, readonly [number, number]>;
  readonly random: Uniform;
  /** Share of ε spent on bin edges (split over the numeric columns); the rest is split over the tables. */
  readonly edgeShare?: number;
  /** Share of ε spent choosing a spanning tree of pair tables (privateStructure); 0 or absent: none chosen. */
  readonly structureShare?: number;
}

/**
 * Target tables under differential privacy: private bin edges, noise on every
 * count once, then consistency post-processing. Everything downstream — the
 * planner, the loop, the synthetic rows — sees only these tables, so the whole
 * output is (ε, δ)-DP by post-processing, with respect to adding or removing
 * one record. Sequential composition: ε = Σ ε per edge set + Σ ε per table.
 * The category lists and the schema are treated as public (see the README).
 */
export function privateTargets(dataset: Dataset, options: TargetOptions & { dp: DpOptions }): Targets {
  const { dp } = options;
  if (!(dp.epsilon > 0)) throw new InputError(`privacy: ε must be > 0, got ${dp.epsilon}`);
  const delta = dp.delta ?? 0;
  const numeric = dataset.schema.columns.filter((c, i) => c.included && dataset.columns[i].type === 'numeric').map((c) => c.name);
  const unbounded = numeric.filter((name) => !dp.bounds.has(name));
  if (unbounded.length > 0) {
    throw new InputError(`privacy: differential privacy needs public bounds [min, max] for ${unbounded.map((n) => `"${n}"`).join(', ')}; give them (e.g. from a codebook), not from the data`);
  }
  const edgeEpsilon = numeric.length > 0 ? (dp.epsilon * (dp.edgeShare ?? 0.1)) / numeric.length : 0;
  const edges = new Map<string, Float64Array>();
  const fine: FineMarginal[] = [];
  for (const name of numeric) {
    const column = dataset.columns.find((c) => c.name === name);
    if (column?.type !== 'numeric') continue;
    const found = privateEdges({ values: column.values, bounds: dp.bounds.get(name) as [number, number], bins: options.bins ?? 6, epsilon: edgeEpsilon, random: dp.random, column: name });
    edges.set(name, found.edges);
    fine.push(found.fine);
  }
  // Pair tables chosen inside the budget, after the tables asked for (which are public choices).
  const structureEpsilon = dp.epsilon * (dp.structureShare ?? 0);
  const chosen =
    structureEpsilon > 0
      ? privateStructure({ dataset, axes: targetAxes(dataset, { edges }), epsilon: structureEpsilon, random: dp.random, maxCells: PRIVATE_MAX_CELLS })
      : [];
  const asked = options.joints ?? [];
  const joints = [...asked, ...chosen.filter((p) => !asked.some((g) => p.every((c) => g.includes(c))))];
  // minCount stays 1: noise protects small cells; suppression on top would spend nothing and hide signal.
  const exact = buildTargets(dataset, { ...options, joints, edges, minCount: 1 });
  const tableEpsilon = (dp.epsilon - edgeEpsilon * numeric.length - structureEpsilon) / exact.tables.length;
  const tableDelta = delta / exact.tables.length;
  const noise = delta > 0 ? analyticGaussianSigma({ epsilon: tableEpsilon, delta: tableDelta }) : 1 / tableEpsilon;
  for (const table of exact.tables) {
    for (let i = 0; i < table.counts.length; i++) table.counts[i] += delta > 0 ? gaussian(dp.random, noise) : laplace(dp.random, noise);
  }
  const total = makeConsistent(exact.tables);
  const report: DpReport = {
    mechanism: delta > 0 ? 'gaussian' : 'laplace',
    epsilon: dp.epsilon,
    delta,
    edges: numeric.map((column) => ({ column, epsilon: edgeEpsilon })),
    ...(structureEpsilon > 0 ? { structure: { epsilon: structureEpsilon } } : {}),
    tables: exact.tables.map((t) => ({ table: tableName(t), epsilon: tableEpsilon, delta: tableDelta, noise })),
    guarantee:
      `(${dp.epsilon}, ${delta})-differential privacy for each record of the input: the target tables carry ` +
      `${delta > 0 ? 'Gaussian' : 'Laplace'} noise and everything after them (planner, loop, synthetic rows) only sees them. ` +
      `Not covered: the column names, types and category lists, which are treated as public.`,
  };
  // The fine marginals are the noisy edge histograms (already paid for), never the exact ones.
  return { schema: exact.schema, rowCount: total, axes: exact.axes, tables: exact.tables, fine, dp: report };
}
