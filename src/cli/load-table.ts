import type { Dataset } from '../stats/dataset.ts';
import { loadDataset } from '../stats/ingest/load-dataset.ts';
import type { RawTable } from '../stats/raw-table.ts';
import type { Schema } from '../stats/schema.ts';
import { FILE_LIMITS } from './file-limits.ts';
import { terminalLine } from './printable.ts';
import { inputName, isStdin, readInputFile } from './read-input-file.ts';

export interface LoadTableOptions {
  readonly command: string;
  readonly flag: string;
  readonly metadata?: unknown;
  readonly metadataSource?: string;
  readonly schema?: Schema;
}

/** A table named on the command line, read and coded; ingest warnings go to stderr. */
export async function loadTable(
  path: string,
  { command, flag, metadata, metadataSource, schema }: LoadTableOptions,
): Promise<{ dataset: Dataset; raw: RawTable }> {
  const bytes = readInputFile(path, { command, flag, maxBytes: FILE_LIMITS.table });
  const { dataset, raw, warnings } = await loadDataset({ name: isStdin(path) ? inputName(path, bytes) : path, bytes }, { metadata, metadataSource, schema });
  for (const w of warnings) process.stderr.write(`synth: warning: ${terminalLine(w)}\n`);
  return { dataset, raw };
}
