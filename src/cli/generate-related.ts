import { basename, join } from 'node:path';
import { csvByteBlocks } from '../stats/export/write-csv.ts';
import { checkRunSize } from '../synth/loop/run-size.ts';
import { synthesizeFromRelated } from '../synth/related/synthesize-related.ts';
import { targetsFromJson } from '../stats/stats-json/targets-from-json.ts';
import type { Targets } from '../stats/tables/targets.ts';
import { optionalFlag, requireFlag, type ParsedArgs } from './args.ts';
import { checkOutputs } from './check-outputs.ts';
import { FILE_LIMITS } from './file-limits.ts';
import { inputName, readJsonFile } from './read-input-file.ts';
import { relatedTargetsFromFiles } from './related-input.ts';
import { readRulesFile } from './rules-file.ts';
import { MAX_RULES } from '../synth/rules/compile-rules.ts';
import { UsageError } from './usage-error.ts';
import { writeOutput } from './write-output.ts';

/** Options of `generate` that a related run does not take (yet), each refused by name. */
const NOT_WITH_CHILD = [
  'out',
  'scenario',
  'other-label',
  'epsilon',
  'delta',
  'noise-seed',
  'joints',
  'drop-copies',
  'recipe',
  'bins',
  'top-k',
  'min-count',
  'bounds',
];

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
      `${command}: ${given.map((f) => '--' + f).join(', ')} cannot be used with --child or --out-dir yet; related tables take --input with --child and --key (or --stats), --rows, --seed, --out-dir, --rules, --metadata and --iterations`,
    );
  }
  const stats = optionalFlag(args, 'stats');
  const input = stats === undefined ? requireFlag(args, 'input', command) : undefined;
  const childPath = input === undefined ? undefined : requireFlag(args, 'child', command);
  if (stats !== undefined && (args.flags.has('child') || args.flags.has('key') || args.flags.has('input'))) {
    throw new UsageError(`${command}: --stats already holds both tables' statistics; give --stats with --out-dir, without --input, --child or --key`);
  }
  const dir = requireFlag(args, 'out-dir', command);
  const rulesPath = optionalFlag(args, 'rules');
  const metadataPath = optionalFlag(args, 'metadata');
  const named = (flag: string, path: string | undefined) => (path === undefined ? undefined : { flag: `--${flag}`, path });
  const inputs = [named('input', input), named('child', childPath), named('stats', stats), named('rules', rulesPath), named('metadata', metadataPath)];
  const rules = rulesPath === undefined ? [] : readRulesFile(rulesPath, { command, flag: '--rules', maxBytes: FILE_LIMITS.small }).map((r) => r.text);
  if (rules.length > MAX_RULES) throw new UsageError(`${command}: --rules ${rulesPath}: ${rules.length} rules; at most ${MAX_RULES} a run`);
  let targets: Targets;
  let names: [string, string];
  if (stats !== undefined) {
    targets = targetsFromJson(readJsonFile(stats, { command, flag: '--stats', maxBytes: FILE_LIMITS.targets }), inputName(stats));
    if (!targets.related)
      throw new UsageError(`${command}: --stats ${stats} describes one table, not a parent with its children; write it with stats --child, or use --out`);
    names = [targets.related.files.parent, targets.related.files.child];
  } else {
    const key = requireFlag(args, 'key', command);
    const parentPath = input as string;
    const child = childPath as string;
    if (basename(parentPath) === basename(child)) {
      throw new UsageError(
        `${command}: --input and --child have the same file name ${basename(parentPath)}; both are written to --out-dir under their names, so rename one`,
      );
    }
    names = [basename(parentPath), basename(child)];
    checkOutputs({ command, outputs: names.map((n) => ({ flag: '--out-dir', path: join(dir, n) })), inputs });
    targets = (await relatedTargetsFromFiles({ input: parentPath, child, key, metadataPath, command })).targets;
  }
  const outputs = names.map((n) => ({ flag: '--out-dir', path: join(dir, n) }));
  // From --input the outputs were checked before reading; from --stats their names are known only now.
  if (stats !== undefined) checkOutputs({ command, outputs, inputs });
  checkRunSize({ rows, columns: targets.schema.columns.length, what: `${command}: --rows` });
  const result = await synthesizeFromRelated(targets, { rows, seed, rules, ...(options.maxIterations ? { maxIterations: options.maxIterations } : {}) });
  writeOutput(outputs[0], csvByteBlocks(result.parent), command);
  writeOutput(outputs[1], csvByteBlocks(result.child), command);
  process.stdout.write(`${command}: wrote ${result.parent.rowCount} rows to ${outputs[0].path} and ${result.child.rowCount} rows to ${outputs[1].path}\n`);
}
