import { MAX_AXIS_CATEGORIES } from '../stats/stats-json/stats-json-limits.ts';
import { MAX_SEED } from '../synth/rng.ts';
import type { OptionSpec } from './command-specs.ts';
import { FILE_LIMITS, megabytes } from './file-limits.ts';

/** The most bins and categories an axis may have, so every stats.json `stats` writes is one `generate --stats` reads (stats-json-limits.ts). */
export const MAX_BINS = MAX_AXIS_CATEGORIES - 1;
export const MAX_TOP_K = MAX_AXIS_CATEGORIES;
const SMALL_MB = megabytes(FILE_LIMITS.small);
const MAX_SEED_TEXT = MAX_SEED.toLocaleString('en');

export const METADATA: OptionSpec = {
  name: 'metadata',
  value: 'm.json',
  help:
    'SDV/SDMetrics single-table metadata (`{"columns": {"age": {"sdtype": "numerical"}, …}}`) that overrides the inferred column types; ' +
    `columns it leaves out are still inferred. At most ${SMALL_MB}.`,
};

/** The options that decide the target tables of an input file: `stats` and `generate --input` take them all. */
export const TARGET_OPTIONS: readonly OptionSpec[] = [
  METADATA,
  {
    name: 'joints',
    value: '"a,b;c,d"',
    help:
      'Joint tables you want: groups separated by `;`, columns by `,`. They come first; a junction tree over every column (cliques of up to four columns) ' +
      'and the pair tables it still gets wrong are added, scored on the rows (`docs/structure.md`). Under `--epsilon` the rows are not scored: ' +
      'a spanning tree of pairs is chosen with a tenth of ε instead.',
  },
  {
    name: 'bins',
    value: 'N',
    help:
      'Quantile bins per numeric or datetime column, at most N (a value repeated over more than a bin’s share, such as 0, gets a bin of its own, ' +
      'so a column can get fewer). Default from the rows: 6 up to about 250 rows, then the cube root of the row count (13 at 2,000, 22 at 10,000), ' +
      `at most 32; under \`--epsilon\`, 6 between the \`--bounds\`. At most ${MAX_BINS.toLocaleString('en')}.`,
  },
  {
    name: 'top-k',
    value: 'K',
    help: `Categories kept per categorical column, most frequent first; the rest are pooled into one \`(other)\` category (a warning says how many rows that costs when the pooled ones are not rare). Default 50. At most ${MAX_TOP_K.toLocaleString('en')}.`,
  },
  {
    name: 'min-count',
    value: 'K',
    help:
      'Disclosure control: a category held by fewer than K records is pooled into `(other)` and never named, a table cell with 1 to K−1 records is ' +
      'zeroed (its records spread pro rata over the table), numeric bins stop at the K-th smallest and largest value and the fine histograms hold ' +
      'at least K records a bin. Default 5; 1 turns it off. Not applied under `--epsilon`, where noise protects small cells.',
  },
  {
    name: 'epsilon',
    value: 'E',
    help:
      'Differential privacy with total budget ε > 0 (with `--delta`, kept as zero-concentrated DP): a tenth chooses the pair tables (a spanning ' +
      'tree, then half as many pairs again where the tree errs most), the rest is split equally over one histogram per numeric column (on a grid ' +
      'from `--bounds`), one marginal per categorical column and one table per chosen pair, every count noised once; everything after the tables ' +
      'sees only them. Needs `--bounds` for every numeric and datetime column. Column names, types, value steps and category lists are treated as public.',
  },
  {
    name: 'delta',
    value: 'D',
    help: 'δ in [0, 1): above 0 the counts get Gaussian noise with zero-concentrated DP accounting instead of Laplace noise. Default 0. Needs `--epsilon`.',
  },
  {
    name: 'bounds',
    value: '"col=min..max;…"',
    help:
      'Public [min, max] per numeric or datetime column, e.g. `"age=18..90; signup=2020-01-01..2024-12-31"` (dates written in the column’s ' +
      'format), from a codebook, never from the data. Needs `--epsilon`.',
  },
  {
    name: 'noise-seed',
    value: 'K',
    help:
      `A whole number from 0 to ${MAX_SEED_TEXT}. ` +
      'Seeds the noise of `--epsilon`, so `stats` and `generate --input` with the same options and noise seed give the very same tables (for tests and ' +
      'comparisons). Whoever knows or guesses it can recompute the noise and remove it: leave it out for anything you publish, and the noise comes ' +
      'from the system’s secure random source. Needs `--epsilon`.',
  },
];
