import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { loadDataset } from '../stats/ingest/load-dataset.ts';
import type { Schema } from '../stats/schema.ts';
import { buildTargets } from '../stats/tables/build-targets.ts';
import { targetsToJson } from '../stats/tables/targets-json.ts';
import { checkKnown, optionalFlag, parseArgs, requireFlag } from './args.ts';
import { readInputFile, readJsonFile } from './read-input-file.ts';
import { UsageError } from './usage-error.ts';

const KNOWN = ['input', 'metadata', 'joints', 'bins', 'top-k', 'out'];

/**
 * `synth stats --input data.csv [--metadata m.json] [--joints "a,b;c,d"] [--bins 6] [--top-k 50] --out stats.json`:
 * writes the target tables (every included column's marginal + the joints) as stats.json.
 */
export async function statsCommand(argv: string[]): Promise<void> {
  const args = parseArgs(argv, new Set());
  checkKnown(args, KNOWN, 'stats');
  if (args.positional.length > 0) throw new UsageError(`stats: unexpected argument "${args.positional[0]}"; options start with --`);
  const input = requireFlag(args, 'input', 'stats');
  const out = requireFlag(args, 'out', 'stats');
  const metadataPath = optionalFlag(args, 'metadata');
  const bins = positiveInteger(optionalFlag(args, 'bins'), 'bins');
  const topK = positiveInteger(optionalFlag(args, 'top-k'), 'top-k');

  const bytes = readInputFile(input, { command: 'stats', flag: '--input' });
  const metadata = metadataPath === undefined ? undefined : readJsonFile(metadataPath, { command: 'stats', flag: '--metadata' });
  const { dataset, warnings } = await loadDataset({ name: basename(input), bytes }, { metadata });
  for (const w of warnings) process.stderr.write(`synth: warning: ${w}\n`);

  const joints = parseJoints(optionalFlag(args, 'joints'), dataset.schema);
  const targets = buildTargets(dataset, { joints, bins, topK });
  writeFileSync(out, JSON.stringify(targetsToJson(targets)) + '\n');
  const marginals = targets.axes.length;
  process.stdout.write(
    `stats: ${dataset.rowCount} rows → ${marginals} marginal${marginals === 1 ? '' : 's'} + ${joints.length} joint table${joints.length === 1 ? '' : 's'} in ${out}\n`,
  );
}

/** "a,b;c,d" → [["a","b"],["c","d"]], every name checked against the included columns. */
export function parseJoints(text: string | undefined, schema: Schema): string[][] {
  if (text === undefined || text.trim() === '') return [];
  const included = schema.columns.filter((c) => c.included).map((c) => c.name);
  return text.split(';').map((group) => {
    const names = group.split(',').map((s) => s.trim());
    if (names.length < 2 || names.some((n) => n === '')) {
      throw new UsageError(`stats: --joints group "${group}" needs two or more column names separated by commas`);
    }
    for (const name of names) {
      if (included.includes(name)) continue;
      const excluded = schema.columns.find((c) => c.name === name);
      throw new UsageError(
        excluded
          ? `stats: --joints: column "${name}" is excluded from statistics (${excluded.kind}); include it in --metadata or leave it out (included: ${included.join(', ')})`
          : `stats: --joints: no column "${name}" (columns: ${included.join(', ')})`,
      );
    }
    if (new Set(names).size !== names.length) throw new UsageError(`stats: --joints group "${group}" names a column twice`);
    return names;
  });
}

function positiveInteger(text: string | undefined, flag: string): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`stats: --${flag} must be a positive whole number, got "${text}"`);
  return n;
}

