import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { loadDataset } from '../stats/ingest/load-dataset.ts';
import { DEFAULT_MIN_COUNT } from '../stats/privacy/disclosure-report.ts';
import { buildTargets } from '../stats/tables/build-targets.ts';
import { targetsToJson } from '../stats/stats-json/targets-to-json.ts';
import { checkKnown, optionalFlag, parseArgs, requireFlag } from './args.ts';
import { parseJoints } from './parse-joints.ts';
import { positiveInteger } from './positive-integer.ts';
import { readInputFile, readJsonFile } from './read-input-file.ts';
import { UsageError } from './usage-error.ts';

const KNOWN = ['input', 'metadata', 'joints', 'bins', 'top-k', 'min-count', 'out'];

/**
 * `synth stats --input data.csv [--metadata m.json] [--joints "a,b;c,d"] [--bins 6] [--top-k 50] [--min-count 5] --out stats.json`:
 * writes the target tables (every included column's marginal + the joints) as stats.json.
 */
export async function statsCommand(argv: string[]): Promise<void> {
  const args = parseArgs(argv, new Set());
  checkKnown(args, KNOWN, 'stats');
  if (args.positional.length > 0) throw new UsageError(`stats: unexpected argument "${args.positional[0]}"; options start with --`);
  const input = requireFlag(args, 'input', 'stats');
  const out = requireFlag(args, 'out', 'stats');
  const metadataPath = optionalFlag(args, 'metadata');
  const bins = positiveInteger(optionalFlag(args, 'bins'), { flag: 'bins', command: 'stats' });
  const topK = positiveInteger(optionalFlag(args, 'top-k'), { flag: 'top-k', command: 'stats' });
  const minCount = positiveInteger(optionalFlag(args, 'min-count'), { flag: 'min-count', command: 'stats' }) ?? DEFAULT_MIN_COUNT;

  const bytes = readInputFile(input, { command: 'stats', flag: '--input' });
  const metadata = metadataPath === undefined ? undefined : readJsonFile(metadataPath, { command: 'stats', flag: '--metadata' });
  const { dataset, warnings } = await loadDataset({ name: basename(input), bytes }, { metadata });
  for (const w of warnings) process.stderr.write(`synth: warning: ${w}\n`);

  const joints = parseJoints(optionalFlag(args, 'joints'), { schema: dataset.schema, command: 'stats' });
  const targets = buildTargets(dataset, { joints, bins, topK, minCount });
  writeFileSync(out, JSON.stringify(targetsToJson(targets)) + '\n');
  const marginals = targets.axes.length;
  process.stdout.write(
    `stats: ${dataset.rowCount} rows → ${marginals} marginal${marginals === 1 ? '' : 's'} + ${joints.length} joint table${joints.length === 1 ? '' : 's'} in ${out}\n`,
  );
}
