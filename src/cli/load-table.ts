import type { Dataset } from '../stats/dataset.ts';
import { loadDataset } from '../stats/ingest/load-dataset.ts';
import type { TableFile } from '../stats/ingest/read-table.ts';
import type { RawTable } from '../stats/raw-table.ts';
import type { Schema } from '../stats/schema.ts';
import { FILE_LIMITS } from './file-limits.ts';
import { terminalLine } from './printable.ts';
import { inputFileChunks, inputName, isStdin, readInputFile } from './read-input-file.ts';

export interface LoadTableOptions {
  readonly command: string;
  readonly flag: string;
  readonly metadata?: unknown;
  readonly metadataSource?: string;
  readonly schema?: Schema;
}

/** A table named on the command line, read and coded (a file in chunks, standard input whole); ingest warnings go to stderr. */
export async function loadTable(
  path: string,
  { command, flag, metadata, metadataSource, schema }: LoadTableOptions,
): Promise<{ dataset: Dataset; raw: RawTable }> {
  const origin = { command, flag, maxBytes: FILE_LIMITS.table };
  let file: TableFile;
  if (isStdin(path)) {
    const bytes = readInputFile(path, origin);
    file = { name: inputName(path, bytes), bytes };
  } else {
    file = { name: path, chunks: inputFileChunks(path, origin) };
  }
  const { dataset, raw, warnings } = await loadDataset(file, { metadata, metadataSource, schema });
  for (const w of warnings) process.stderr.write(`synth: warning: ${terminalLine(w)}\n`);
  return { dataset, raw };
}
