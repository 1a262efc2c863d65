/** The real tables of `npm run bench -- real`; every file is under bench/data/. */
export interface RealTable {
  readonly id: string;
  /** Either a train / holdout pair of files, or one file split 50/50 by bench/data/splits.json. */
  readonly source: { readonly train: string; readonly holdout: string } | { readonly split: string };
  /** SDV metadata a user would pass with --metadata. */
  readonly metadata?: string;
  /** Synthetic rows per run; default: as many as the training rows. */
  readonly rows?: number;
  /** Train-on-synthetic, test-on-real target. */
  readonly utility?: { readonly target: string; readonly positive: string };
}

export const REAL_TABLES: readonly RealTable[] = [
  {
    id: 'adult',
    source: { train: 'adult/train.csv', holdout: 'adult/test.csv' },
    metadata: 'adult/metadata.json',
    rows: 10_000,
    utility: { target: 'income', positive: '>50K' },
  },
  { id: 'penguins', source: { split: 'penguins.csv' } },
  { id: 'seattle-weather', source: { split: 'seattle-weather.csv' } },
];

export const DATA_DIR = new URL('../data/', import.meta.url).pathname;
