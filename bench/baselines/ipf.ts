import type { Dataset } from '../../src/stats/dataset.ts';
import { axisSize } from '../../src/stats/tables/axis.ts';
import type { Rng } from '../../src/synth/rng.ts';
import { createRng } from '../../src/synth/rng.ts';
import type { BaselineOptions } from '../../src/synth/baselines/baseline-options.ts';
import { datasetFromCells } from '../../src/synth/baselines/dataset-from-cells.ts';
import { rowMajorStrides } from '../../src/stats/tables/row-major-strides.ts';
import { rakeTables } from './rake-tables.ts';
import { shuffleInPlace } from '../../src/synth/shuffle.ts';
import { truncateReplicateSample } from './truncate-replicate-sample.ts';

export interface IpfOptions extends BaselineOptions {
  /** Default 1e-10 (largest |factor − 1| in a sweep). */
  readonly tolerance?: number;
  /** Default 1,000. */
  readonly maxSweeps?: number;
  /** Default 5,000,000 product cells. */
  readonly maxCells?: number;
}

export interface IpfResult {
  readonly dataset: Dataset;
  readonly sweeps: number;
  readonly maxChange: number;
}

/**
 * The IPF baseline: rake a uniform table over the product of all axes to every
 * target table (marginals and joints: the same tables Synthor aims at), turn
 * the fitted weights into exactly `rows` records by seeded TRS
 * integerisation (truncateReplicateSample), then decode cells as the
 * independent baseline does (uniform inside a numeric bin). It is the
 * classical answer to "match these tables", so a method that only matches
 * tables should not beat it on the tables it was given.
 */
export function ipf(options: IpfOptions): IpfResult {
  const { targets, rows, seed } = options;
  const { axes } = targets;
  const fit = rakeTables({ axes, tables: targets.tables, tolerance: options.tolerance, maxSweeps: options.maxSweeps, maxCells: options.maxCells });
  const rng = createRng(seed);
  const counts = truncateReplicateSample(fit.weights, { total: rows, rng });
  const order = shuffledRecords(counts, rng);
  const strides = rowMajorStrides(axes.map(axisSize));
  const cells = axes.map((axis, d) => Uint32Array.from(order, (p) => Math.floor(p / strides[d]) % axisSize(axis)));
  return { dataset: datasetFromCells({ targets, cells, rng }), sweeps: fit.sweeps, maxChange: fit.maxChange };
}

/** The product cell of every record (cell p repeated counts[p] times), in a seeded random order so any prefix is a fair sample. */
function shuffledRecords(counts: Uint32Array, rng: Rng): Uint32Array {
  let n = 0;
  for (const c of counts) n += c;
  const out = new Uint32Array(n);
  let k = 0;
  for (let p = 0; p < counts.length; p++) {
    out.fill(p, k, k + counts[p]);
    k += counts[p];
  }
  return shuffleInPlace(out, rng);
}
