import type { Targets } from '../../stats/tables/targets.ts';
import type { RecordSampler } from '../engine/record-sampler.ts';
import type { RecordStore } from '../engine/record-store.ts';
import type { TableCounts } from '../engine/table-counts.ts';
import type { Rng } from '../rng.ts';
import type { CompiledRule } from '../rules/compile-rules.ts';
import type { ResolvedLoopOptions } from './loop-options.ts';

/** The working state an iteration step reads and changes. */
export interface RunState {
  readonly targets: Targets;
  readonly options: ResolvedLoopOptions;
  readonly rng: Rng;
  readonly store: RecordStore;
  readonly counts: TableCounts;
  readonly sampler: RecordSampler;
  readonly rules: readonly CompiledRule[];
}
