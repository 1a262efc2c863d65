import type { RecordStoreState } from '../engine/record-store.ts';
import type { RngState } from '../rng.ts';
import type { IterationReport } from './iteration-report.ts';
import type { LoopOptions } from './loop-options.ts';

/**
 * Everything a run needs to continue exactly where it stopped (with the same
 * targets and planner): plain JSON, so it survives a reload (IndexedDB) or a file.
 */
export interface RunCheckpoint {
  readonly format: 'synthor-checkpoint';
  readonly version: 1;
  readonly options: LoopOptions;
  readonly iteration: number;
  readonly stalled: number;
  readonly done: boolean;
  readonly rng: RngState;
  readonly store: RecordStoreState;
  readonly history: readonly IterationReport[];
}
