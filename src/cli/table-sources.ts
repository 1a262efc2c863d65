import { basename } from 'node:path';
import { csvByteBlocks } from '../stats/export/write-csv.ts';
import { readAggregateTable } from '../stats/aggregates/read-aggregate-table.ts';
import { targetsToJson } from '../stats/stats-json/targets-to-json.ts';
import type { Reconciliation } from '../stats/aggregates/reconcile-tables.ts';
import { checkRunSize } from '../synth/loop/run-size.ts';
import { MAX_TABLES, TABLE_ITERATIONS, targetsFromTables } from '../synth/aggregates/synthesize-from-tables.ts';
import { StatisticalPlanner } from '../synth/planner/statistical-planner.ts';
import { makeRecipe } from '../synth/recipe/make-recipe.ts';
import { synthesize } from '../synth/synthesize.ts';
import { listFlag, optionalFlag, requireFlag, type ParsedArgs } from './args.ts';
import { checkOutputs } from './check-outputs.ts';
import { FILE_LIMITS } from './file-limits.ts';
import { TARGET_FLAGS } from './input-targets.ts';
import { readInputFile } from './read-input-file.ts';
import { checkRules, readRulesFile } from './rules-file.ts';
import { parseDerives, withDerived } from './derive-option.ts';
import { withScenarios } from './scenario-option.ts';
import { UsageError } from './usage-error.ts';
import { prefixInputError } from './prefix-input-error.ts';
import { writeOutput } from './write-output.ts';

/**
 * `synth generate --table a.csv --table b.csv --rows N --seed K --out trips.csv`:
 * records from aggregate tables alone (the mobility task's mixed sources,
 * docs/aggregate-tables.md). The tables are read, reconciled where they
 * share variables, made targets of N records and synthesised; what the
 * reconciliation did is said before the summary line.
 */
export async function generateTables(args: ParsedArgs, options: { command: string; rows: number; seed: number; maxIterations?: number }): Promise<void> {
  const { command, rows, seed } = options;
  const specs = listFlag(args, 'table').map((t) => tableSpec(t, command));
  const paths = specs.map((t) => t.path);
  const other = ['input', 'stats', 'child', 'out-dir', 'drop-copies', 'other-label', 'epsilon', ...TARGET_FLAGS].filter((f) => args.flags.has(f));
  if (other.length > 0)
    throw new UsageError(`${command}: ${other.map((f) => '--' + f).join(', ')} cannot go with --table; the tables fix the columns and the targets`);
  const out = requireFlag(args, 'out', command);
  const rulesPath = optionalFlag(args, 'rules');
  const recipePath = optionalFlag(args, 'recipe');
  const derives = await parseDerives(args, command);
  if (derives.texts.length > 0 && optionalFlag(args, 'recipe') !== undefined) {
    throw new UsageError(`${command}: --derive is not recorded in recipes yet, so replay could not write the same file; leave out one of the two`);
  }
  const named = (flag: string, path: string | undefined) => (path === undefined ? undefined : { flag: `--${flag}`, path });
  checkOutputs({
    command,
    outputs: [named('out', out), named('recipe', recipePath)],
    inputs: [...paths.map((p) => named('table', p)), named('rules', rulesPath), ...derives.files.map((f) => named('derive', f))],
  });
  const files = specs.map(({ path, ...say }) => ({
    name: basename(path),
    bytes: readInputFile(path, { command, flag: '--table', maxBytes: FILE_LIMITS.table }),
    ...say,
  }));
  const ruleLines = rulesPath === undefined ? [] : readRulesFile(rulesPath, { command, flag: '--rules', maxBytes: FILE_LIMITS.small });
  const built = await prefixInputError(`${command}: --table `, () => targetsFromTables({ tables: files, rows }));
  const { reconciliation } = built;
  const scenarios = withScenarios(built.targets, args, command);
  const targets = scenarios.targets;
  checkRunSize({ rows, columns: targets.schema.columns.length, what: `${command}: --rows` });
  const rules = rulesPath === undefined ? [] : checkRules(ruleLines, { targets, path: rulesPath, command });
  const loop = { rows, seed, maxIterations: options.maxIterations ?? TABLE_ITERATIONS, ...(rules.length ? { rules } : {}) };
  const result = await synthesize({ targets, ...loop, planner: new StatisticalPlanner() });
  const derived = await withDerived(result.dataset, { texts: derives.texts, seed, command });
  writeOutput({ flag: '--out', path: out }, csvByteBlocks(derived), command);
  if (recipePath !== undefined) {
    const recipe = makeRecipe({ targets, loop, planner: { name: 'statistical' }, history: result.history, scenarios: scenarios.texts });
    writeOutput({ flag: '--recipe', path: recipePath }, JSON.stringify(recipe) + '\n', command);
  }
  const last = result.history.at(-1);
  process.stdout.write(
    describeReconciliation(reconciliation, command) +
      scenarios.describe(result.dataset) +
      `${command}: ${rows} rows in ${result.iterations} iterations (${Math.round(result.elapsedMs)} ms), mean TVD ${last ? last.meanTvd.toFixed(4) : 'n/a'} over ${targets.tables.length} tables → ${out}\n`,
  );
}

/**
 * `synth stats --table a.csv --table b.csv --out stats.json`: the tables reconciled into one
 * stats.json, scaled to the mean count table's total (a share-only set to 1,000 records), for
 * `generate --stats` or the app; what reconciling did is said as `generate --table` says it.
 */
export async function statsTables(args: ParsedArgs, options: { out: string; command: string }): Promise<void> {
  const { out, command } = options;
  const other = ['child', 'key', 'metadata', 'epsilon', ...TARGET_FLAGS].filter((f) => args.flags.has(f));
  if (other.length > 0)
    throw new UsageError(`${command}: ${other.map((f) => '--' + f).join(', ')} cannot go with --table; the tables fix the columns and the targets`);
  const specs = listFlag(args, 'table').map((t) => tableSpec(t, command));
  checkOutputs({ command, outputs: [{ flag: '--out', path: out }], inputs: specs.map((s) => ({ flag: '--table', path: s.path })) });
  const files = readTables(specs, command);
  const tables = await prefixInputError(`${command}: --table `, () => Promise.all(files.map((f) => readAggregateTable(f))));
  const counts = tables.filter((t) => t.kind === 'count').map((t) => t.total);
  const rows = counts.length ? Math.round(counts.reduce((a, b) => a + b, 0) / counts.length) : 1000;
  const built = await prefixInputError(`${command}: --table `, () => targetsFromTables({ tables: files, rows }));
  writeOutput({ flag: '--out', path: out }, JSON.stringify(targetsToJson(built.targets)) + '\n', command);
  process.stdout.write(
    describeReconciliation(built.reconciliation, command) +
      `${command}: ${files.length} tables → ${built.targets.tables.length} tables of ${rows} records in ${out}\n`,
  );
}

function readTables(specs: readonly { path: string; trust?: number; total?: number }[], command: string) {
  if (specs.length > MAX_TABLES) throw new UsageError(`${command}: ${specs.length} --table files; at most ${MAX_TABLES} per run`);
  return specs.map(({ path, ...say }) => ({
    name: basename(path),
    bytes: readInputFile(path, { command, flag: '--table', maxBytes: FILE_LIMITS.table }),
    ...say,
  }));
}

/**
 * `--table path[:trust=N][:total=N]`: a table and, optionally, its say where tables disagree —
 * `trust` multiplies its weight, `total` is the records it speaks for (a share table's
 * population, a sample's weighted size). Only trailing `:trust=`/`:total=` parts are read, so a
 * path may hold colons.
 */
function tableSpec(text: string, command: string): { path: string; trust?: number; total?: number } {
  let path = text;
  const say: { trust?: number; total?: number } = {};
  for (let m = /:(trust|total)=([^:]*)$/.exec(path); m; m = /:(trust|total)=([^:]*)$/.exec(path)) {
    const v = Number(m[2]);
    if (!/^\d+(\.\d+)?$/.test(m[2]) || !(v > 0)) throw new UsageError(`${command}: --table ${text}: ${m[1]} must be a number above 0, got "${m[2]}"`);
    say[m[1] as 'trust' | 'total'] = v;
    path = path.slice(0, m.index);
  }
  return { path, ...say };
}

/** What reconciling did, a line per source and per shared variable set, and the pairs no table gives together. */
export function describeReconciliation(r: Reconciliation, command: string): string {
  const pct = (v: number) => `${(100 * v).toFixed(2)}%`;
  const lines = r.tables.map(
    (t) =>
      `${command}: ${t.source}: ${t.variables.join(' × ')}, weight ${Math.round(t.weight).toLocaleString('en')}; moved ${pct(t.moved)} (TVD) to agree with the others`,
  );
  for (const o of r.overlaps) {
    lines.push(`${command}: ${o.variables.join(' × ')} given by ${o.sources.map((s) => `${s.source} (${pct(s.tvd)} off the consensus)`).join(', ')}`);
  }
  if (r.unobserved.length > 0) {
    lines.push(
      `${command}: never given together: ${r.unobserved.map(([a, b]) => `${a} × ${b}`).join(', ')} — drawn through what links them; the output carries no evidence on these pairs`,
    );
  }
  return lines.map((l) => l + '\n').join('');
}
