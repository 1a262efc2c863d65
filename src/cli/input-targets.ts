import type { Dataset } from '../stats/dataset.ts';
import { loadDataset } from '../stats/ingest/load-dataset.ts';
import { DEFAULT_MIN_COUNT } from '../stats/privacy/disclosure-report.ts';
import type { Uniform } from '../stats/privacy/noise.ts';
import type { Targets } from '../stats/tables/targets.ts';
import type { Planner } from '../synth/planner/planner.ts';
import { targetsForDataset } from '../synth/structure/targets-for-dataset.ts';
import { optionalFlag, type ParsedArgs } from './args.ts';
import { MAX_BINS, MAX_TOP_K, TARGET_OPTIONS } from './target-options.ts';
import { dpOptions } from './dp-options.ts';
import { FILE_LIMITS } from './file-limits.ts';
import { parseJoints } from './parse-joints.ts';
import { integerOption } from './integer-option.ts';
import { terminalLine } from './printable.ts';
import { pooledWarnings } from './pooled-warnings.ts';
import { inputName, readInputFile, readJsonFile } from './read-input-file.ts';

/** The names of TARGET_OPTIONS: `stats` and `generate --input` take them all. */
export const TARGET_FLAGS: readonly string[] = TARGET_OPTIONS.map((o) => o.name);

/**
 * The target tables of `--input` as `stats` writes them and `generate --input`
 * aims at them: the same options, read the same way, through the same
 * targetsForDataset. `noise` is drawn from only under --epsilon.
 */
export async function targetsFromInput(
  input: string,
  options: { args: ParsedArgs; command: string; planner: Planner; noise: Uniform },
): Promise<{ targets: Targets; dataset: Dataset }> {
  const { args, command } = options;
  const number = (flag: string, max?: number) => integerOption(optionalFlag(args, flag), { flag, command, max });
  const axes = { bins: number('bins', MAX_BINS), topK: number('top-k', MAX_TOP_K), minCount: number('min-count') ?? DEFAULT_MIN_COUNT };
  const metadataPath = optionalFlag(args, 'metadata');
  const metadata = metadataPath === undefined ? undefined : readJsonFile(metadataPath, { command, flag: '--metadata', maxBytes: FILE_LIMITS.small });
  const bytes = readInputFile(input, { command, flag: '--input', maxBytes: FILE_LIMITS.table });
  const { dataset, warnings } = await loadDataset(
    { name: inputName(input, bytes), bytes },
    { metadata, metadataSource: metadataPath && inputName(metadataPath) },
  );
  for (const w of warnings) process.stderr.write(`synth: warning: ${terminalLine(w)}\n`);
  const user = parseJoints(optionalFlag(args, 'joints'), { schema: dataset.schema, command });
  const dp = dpOptions(args, { schema: dataset.schema, command, noise: options.noise });
  const targets = await targetsForDataset(dataset, { planner: options.planner, user, axes, dp });
  // Under --epsilon only noised counts leave the tables, warnings included.
  if (dp === undefined) for (const w of pooledWarnings(dataset, axes)) process.stderr.write(`synth: warning: ${terminalLine(w)}\n`);
  return { targets, dataset };
}
