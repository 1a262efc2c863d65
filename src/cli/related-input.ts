import { basename } from 'node:path';
import type { Dataset } from '../stats/dataset.ts';
import type { Targets } from '../stats/tables/targets.ts';
import { relatedTargets } from '../synth/related/synthesize-related.ts';
import { FILE_LIMITS } from './file-limits.ts';
import { loadTable } from './load-table.ts';
import { readJsonFile } from './read-input-file.ts';

/**
 * A parent table and its child table named on the command line (`--input`,
 * `--child`, `--key`, optional `--metadata` for the parent), read and turned
 * into the related targets: what `stats --child` writes and `generate --child`
 * synthesises from. The callers check their outputs first.
 */
export async function relatedTargetsFromFiles(options: {
  input: string;
  child: string;
  key: string;
  metadataPath: string | undefined;
  command: string;
}): Promise<{ targets: Targets; parent: Dataset; child: Dataset }> {
  const { input, child, key, metadataPath, command } = options;
  const metadata = metadataPath === undefined ? undefined : readJsonFile(metadataPath, { command, flag: '--metadata', maxBytes: FILE_LIMITS.small });
  const parent = (await loadTable(input, { command, flag: '--input', ...(metadata ? { metadata } : {}) })).dataset;
  const childData = (await loadTable(child, { command, flag: '--child' })).dataset;
  const targets = await relatedTargets({
    parent,
    child: childData,
    key,
    parentLabel: `--input ${input}`,
    childLabel: `--child ${child}`,
    files: { parent: basename(input), child: basename(child) },
  });
  return { targets, parent, child: childData };
}
