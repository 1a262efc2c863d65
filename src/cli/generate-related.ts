import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { writeCsv } from '../stats/export/write-csv.ts';
import { checkRunSize } from '../synth/loop/run-size.ts';
import { synthesizeRelated } from '../synth/related/synthesize-related.ts';
import { optionalFlag, requireFlag, type ParsedArgs } from './args.ts';
import { checkOutputs } from './check-outputs.ts';
import { FILE_LIMITS } from './file-limits.ts';
import { loadTable } from './load-table.ts';
import { readJsonFile, readRulesFile } from './read-input-file.ts';
import { UsageError } from './usage-error.ts';

/** Options of `generate` that a related run does not take (yet), each refused by name. */
const NOT_WITH_CHILD = ['stats', 'out', 'epsilon', 'delta', 'noise-seed', 'joints', 'drop-copies', 'recipe', 'bins', 'top-k', 'min-count', 'bounds'];

/**
 * `synth generate --input households.csv --child persons.csv --key hh_id --rows N --seed K --out-dir out/`:
 * parents and their children synthesized together (synthesize-related.ts), written to
 * out/<input's name> and out/<child's name> in the inputs' columns and formats, keys
 * 1…N, every child naming its parent. `--rules` may count children (count-rules.ts).
 */
export async function generateRelated(args: ParsedArgs, options: { command: string; rows: number; seed: number; maxIterations?: number }): Promise<void> {
  const { command, rows, seed } = options;
  const given = NOT_WITH_CHILD.filter((f) => args.flags.has(f));
  if (given.length > 0) {
    throw new UsageError(
      `${command}: ${given.map((f) => '--' + f).join(', ')} cannot be used with --child yet; related tables take --input, --child, --key, --rows, --seed, --out-dir, --rules, --metadata and --iterations`,
    );
  }
  const input = requireFlag(args, 'input', command);
  const childPath = requireFlag(args, 'child', command);
  const key = requireFlag(args, 'key', command);
  const dir = requireFlag(args, 'out-dir', command);
  if (basename(input) === basename(childPath))
    throw new UsageError(
      `${command}: --input and --child have the same file name ${basename(input)}; both are written to --out-dir under their names, so rename one`,
    );
  const rulesPath = optionalFlag(args, 'rules');
  const metadataPath = optionalFlag(args, 'metadata');
  const outputs = [
    { flag: '--out-dir', path: join(dir, basename(input)) },
    { flag: '--out-dir', path: join(dir, basename(childPath)) },
  ];
  const named = (flag: string, path: string | undefined) => (path === undefined ? undefined : { flag: `--${flag}`, path });
  checkOutputs({ command, outputs, inputs: [named('input', input), named('child', childPath), named('rules', rulesPath), named('metadata', metadataPath)] });
  const rules = rulesPath === undefined ? [] : readRulesFile(rulesPath, { command, flag: '--rules', maxBytes: FILE_LIMITS.small });
  const metadata = metadataPath === undefined ? undefined : readJsonFile(metadataPath, { command, flag: '--metadata', maxBytes: FILE_LIMITS.small });
  const parent = (await loadTable(input, { command, flag: '--input', ...(metadata ? { metadata } : {}) })).dataset;
  const child = (await loadTable(childPath, { command, flag: '--child' })).dataset;
  checkRunSize({ rows, columns: parent.schema.columns.length + child.schema.columns.length * 20, what: `${command}: --rows` });
  const result = await synthesizeRelated({
    data: { parent, child, key, parentLabel: `--input ${input}`, childLabel: `--child ${childPath}` },
    rows,
    seed,
    rules,
    ...(options.maxIterations ? { maxIterations: options.maxIterations } : {}),
  });
  writeFileSync(outputs[0].path, writeCsv(result.parent));
  writeFileSync(outputs[1].path, writeCsv(result.child));
  process.stdout.write(`${command}: wrote ${result.parent.rowCount} rows to ${outputs[0].path} and ${result.child.rowCount} rows to ${outputs[1].path}\n`);
}
