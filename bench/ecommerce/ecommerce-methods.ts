import type { Dataset } from '../../src/stats/dataset.ts';
import { buildTargets } from '../../src/stats/tables/build-targets.ts';
import type { Targets } from '../../src/stats/tables/targets.ts';
import type { JointGroup } from '../../src/stats/tables/joint-group.ts';
import { independentMarginals } from '../../src/synth/baselines/independent-marginals.ts';
import { ipf } from '../baselines/ipf.ts';
import type { EcommerceMetrics } from './ecommerce-metrics.ts';
import { ecommerceMetrics } from './ecommerce-metrics.ts';
import { sampleEcommerce } from './ecommerce-process.ts';
import { medianMetrics } from './median-metrics.ts';

export interface MethodInput {
  readonly reference: Dataset;
  readonly targets: Targets;
  readonly rows: number;
  readonly seed: number;
}

export interface MethodScore {
  readonly metrics: EcommerceMetrics;
  /** Method-specific counts worth keeping (IPF sweeps, Synthor iterations). */
  readonly details: Record<string, number>;
  /** The joint tables the method used, when it chose them itself. */
  readonly joints?: readonly JointGroup[];
}

export interface EcommerceMethod {
  readonly id: MethodId;
  readonly label: string;
  score(input: MethodInput): Promise<MethodScore>;
}

export type MethodId = 'noise' | 'independent' | 'ipf' | 'synthor' | 'chosen';

/** Fresh samples per seed for the noise floor (appendix A.1 protocol: what two honest samples of the process differ by). */
export const NOISE_DRAWS = 20;

/** Noise draw k of reference seed s uses seed 1000·s + k: never one of the reference seeds 1…N (N < 1000). */
const noiseSeed = (seed: number, k: number) => 1000 * seed + k;

/** Every method the e-commerce bench can run, in table order. */
export const ECOMMERCE_METHODS: readonly EcommerceMethod[] = [
  {
    id: 'noise',
    label: 'noise floor',
    async score({ reference, rows, seed }) {
      const draws = Array.from({ length: NOISE_DRAWS }, (_, k) => ecommerceMetrics(reference, sampleEcommerce({ rows, seed: noiseSeed(seed, k + 1) })));
      return { metrics: medianMetrics(draws), details: { draws: NOISE_DRAWS } };
    },
  },
  {
    id: 'independent',
    label: 'independent',
    async score({ reference, targets, rows, seed }) {
      return { metrics: ecommerceMetrics(reference, independentMarginals({ targets, rows, seed })), details: {} };
    },
  },
  {
    id: 'ipf',
    label: 'IPF',
    async score({ reference, targets, rows, seed }) {
      const result = ipf({ targets, rows, seed });
      return { metrics: ecommerceMetrics(reference, result.dataset), details: { sweeps: result.sweeps, maxChange: result.maxChange } };
    },
  },
  {
    id: 'synthor',
    label: 'Synthor (statistical)',
    async score({ reference, targets, rows, seed }) {
      // Loaded only when asked for, so the baselines run even while the loop is being built.
      const { synthesize } = await import('../../src/synth/synthesize.ts');
      const result = await synthesize({ targets, rows, seed });
      return { metrics: ecommerceMetrics(reference, result.dataset), details: { iterations: result.iterations, elapsedMs: result.elapsedMs } };
    },
  },
  {
    id: 'chosen',
    label: 'Synthor (own joints)',
    async score({ reference, rows, seed }) {
      // Not told the process's joints: the structure is chosen on the reference rows, as `synth generate` does.
      const { synthesize } = await import('../../src/synth/synthesize.ts');
      const { structureForDataset } = await import('../../src/synth/structure/structure-for-dataset.ts');
      const { StatisticalPlanner } = await import('../../src/synth/planner/statistical-planner.ts');
      const joints = await structureForDataset({ dataset: reference, planner: new StatisticalPlanner() });
      const result = await synthesize({ targets: buildTargets(reference, { joints }), rows, seed });
      return { metrics: ecommerceMetrics(reference, result.dataset), details: { iterations: result.iterations, joints: joints.length }, joints };
    },
  },
];
