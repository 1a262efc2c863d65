import type { Targets } from '../../stats/tables/targets.ts';

/** What every baseline gets: the same target tables Synthor gets, the rows to produce and a seed. */
export interface BaselineOptions {
  readonly targets: Targets;
  readonly rows: number;
  readonly seed: number;
}
