import { MAX_SEED } from '../synth/rng.ts';
import type { OptionSpec } from './command-specs.ts';

/** `evaluate`'s options for the privacy metrics' samples (after `--holdout`). */
export const PRIVACY_OPTIONS: readonly OptionSpec[] = [
  {
    name: 'privacy-sample',
    value: 'N',
    help:
      'Needs `--holdout`. DCR share and NNDR compare at most N synthetic rows with at most N `--real` and N holdout rows, each a seeded random ' +
      'sample; the text and JSON state the sizes, and ± the 95% margin from sampling the synthetic rows. Default 5,000. Identical matches use every row.',
  },
  {
    name: 'seed',
    value: 'K',
    help: `Seeds the privacy samples, a whole number from 0 to ${MAX_SEED.toLocaleString('en')}: the same seed gives the same rows and scores. Default 0.`,
  },
];
