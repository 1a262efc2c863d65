import type { Targets } from '../../stats/tables/targets.ts';
import type { MoveSearch } from '../engine/move-search.ts';
import type { RecordSampler } from '../engine/record-sampler.ts';
import type { RecordStore } from '../engine/record-store.ts';
import type { TableCounts } from '../engine/table-counts.ts';
import type { Rng } from '../rng.ts';
import type { CompiledRule } from '../rules/compile-rules.ts';
import type { ResolvedLoopOptions } from './loop-options.ts';

/** The working state of the synthesis loop that an iteration step reads and changes (not the UI's RunState, src/ui/run-state.svelte.ts). */
export interface LoopState {
  readonly targets: Targets;
  readonly options: ResolvedLoopOptions;
  readonly rng: Rng;
  readonly store: RecordStore;
  readonly counts: TableCounts;
  readonly sampler: RecordSampler;
  readonly rules: readonly CompiledRule[];
  /** Finds the best single-axis move of a record (move-step.ts). */
  readonly moves: MoveSearch;
}
