import type { Dataset } from '../../dataset.ts';
import { assertSameColumns } from '../evaluated-columns.ts';
import { seededSample } from '../seeded-sample.ts';
import { dcrShare } from './dcr-share.ts';
import { gowerRows } from './gower-rows.ts';
import { identicalMatchShares } from './identical-match-share.ts';
import { nearestDistances } from './nearest-distances.ts';
import { nndr } from './nndr.ts';
import { samplingError } from './sampling-error.ts';

/** Above this many rows the nearest-neighbour metrics subsample (the CLI's `--privacy-sample` default). */
export const DISTANCE_ROW_LIMIT = 5000;

export interface DisclosureRiskOptions {
  readonly training: Dataset;
  readonly synthetic: Dataset;
  readonly holdout: Dataset;
  /** Row cap for the nearest-neighbour metrics; default DISTANCE_ROW_LIMIT. */
  readonly rowLimit?: number;
  /** Seed of the random samples (seededSample); default 0. */
  readonly seed?: number;
}

export interface DisclosureRisk {
  /** Share of synthetic rows identical to a training row. */
  readonly ims: number;
  /** The same share for holdout rows: what an unrelated sample scores. */
  readonly imsHoldout: number;
  readonly dcrShare: number;
  readonly nndr: number;
  /** Standard error of dcrShare and nndr from sampling the synthetic rows (samplingError); 0 when every row is used. */
  readonly dcrShareError: number;
  readonly nndrError: number;
  /** What the distance metrics ran on: `synthetic` of `syntheticRows` rows, against `reference` training and `reference` holdout rows. */
  readonly sample: DistanceSample;
}

export interface DistanceSample {
  /** Seed of the random row samples; absent in reports saved before samples were random (those took evenly spaced rows). */
  readonly seed?: number;
  readonly synthetic: number;
  readonly syntheticRows: number;
  readonly reference: number;
  readonly trainingRows: number;
  readonly holdoutRows: number;
}

/**
 * Disclosure risk of synthetic data, measured against a holdout: how close
 * synthetic rows come to training rows (what privacy protection, in
 * src/stats/privacy, is there to keep low). IMS runs on all rows (hashing). The distance
 * metrics use Gower distance (ranges from the training data) and take the
 * synthetic rows and equally many training and holdout rows, each capped at
 * `rowLimit` by a seeded uniform random sample (seededSample; the three sides
 * draw from seed, seed + 1 and seed + 2): equal reference sizes make 0.5 the
 * ideal DCR share. The sample sizes and the standard error from sampling the
 * synthetic rows are returned with the scores; the error from capping the
 * reference rows (distances to fewer rows run longer, on both sides alike) is
 * not in it.
 */
export function disclosureRisk({ training, synthetic, holdout, rowLimit = DISTANCE_ROW_LIMIT, seed = 0 }: DisclosureRiskOptions): DisclosureRisk {
  assertSameColumns(training, synthetic, 'synthetic data');
  assertSameColumns(training, holdout, 'holdout data');
  const referenceSize = Math.min(training.rowCount, holdout.rowCount, rowLimit);
  const [trainRows, synRows, holdRows] = gowerRows([
    { dataset: training, rows: seededSample(training.rowCount, referenceSize, seed + 1) },
    { dataset: synthetic, rows: seededSample(synthetic.rowCount, rowLimit, seed) },
    { dataset: holdout, rows: seededSample(holdout.rowCount, referenceSize, seed + 2) },
  ]);
  const [ims, imsHoldout] = identicalMatchShares({ training, others: [synthetic, holdout] });
  const toTraining = nearestDistances(synRows, trainRows);
  const toHoldout = nearestDistances(synRows, holdRows);
  const closer = Float64Array.from(toTraining.nearest, (d, i) => (d < toHoldout.nearest[i] ? 1 : d === toHoldout.nearest[i] ? 0.5 : 0));
  const ratios = Float64Array.from(toTraining.nearest, (d, i) => (toTraining.second[i] === 0 ? 0 : d / toTraining.second[i]));
  return {
    ims,
    imsHoldout,
    dcrShare: dcrShare(toTraining.nearest, toHoldout.nearest),
    nndr: nndr(toTraining),
    dcrShareError: samplingError(closer, synthetic.rowCount),
    nndrError: samplingError(ratios, synthetic.rowCount),
    sample: {
      seed,
      synthetic: synRows.rowCount,
      syntheticRows: synthetic.rowCount,
      reference: referenceSize,
      trainingRows: training.rowCount,
      holdoutRows: holdout.rowCount,
    },
  };
}
