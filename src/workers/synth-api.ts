import type { Schema } from '../stats/schema.ts';
import type { ColumnProfile } from '../stats/schema/profile-columns.ts';
import type { WorkerResult } from './worker-error.ts';

export type { ColumnProfile };
export type { ColumnSchema, Schema } from '../stats/schema.ts';

/** Everything that crosses between the UI and the synth worker. Plain, cloneable data only. */

export interface LoadedFileSummary {
  readonly fileName: string;
  readonly rowCount: number;
  readonly schema: Schema;
  /** Per column, in schema order. */
  readonly columns: readonly ColumnProfile[];
  readonly warnings: readonly string[];
}


export interface SynthApi {
  /** Parses and types a file; the rows stay inside the worker. */
  loadFile(file: { name: string; bytes: Uint8Array }): Promise<WorkerResult<LoadedFileSummary>>;
}
