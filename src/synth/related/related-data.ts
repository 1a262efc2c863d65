import type { Dataset } from '../../stats/dataset.ts';

/**
 * Two tables joined by a key (paper §4.3: households and their members): every
 * child row names one parent row by `key`, a column both tables hold.
 */
export interface RelatedData {
  readonly parent: Dataset;
  readonly child: Dataset;
  readonly key: string;
  /** How messages name the tables, e.g. "households.csv" and "persons.csv". */
  readonly parentLabel?: string;
  readonly childLabel?: string;
  /** The files' names (no folder), kept with the statistics so output files get them too. */
  readonly files?: { readonly parent: string; readonly child: string };
}
