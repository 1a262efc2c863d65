import { MAX_CELLS, MAX_ROWS } from '../synth/loop/run-size.ts';
import { MAX_RULES } from '../synth/rules/compile-rules.ts';
import { MAX_SEED } from '../synth/rng.ts';
import { CHUNK_ROWS } from '../synth/chunk-specs.ts';
import { MAX_CHUNK_WORKERS } from './chunk-pool.ts';
import { FILE_LIMITS, megabytes } from './file-limits.ts';
import { PRIVACY_OPTIONS } from './privacy-options.ts';
import { LLM_OPTIONS } from './llm-options.ts';
import { LLM_PORT_OPTIONS } from './llm-port.ts';
import { CHILD_OPTIONS, OUT_DIR } from './related-options.ts';
import { METADATA, TARGET_OPTIONS } from './target-options.ts';
import { DERIVE_OPTION, SCENARIO_OPTION, STATS_TABLE_OPTION, TABLE_OPTION } from './table-options.ts';

/**
 * Every command's options, written once: the commands accept exactly these
 * (parseCommandArgs), `synth --help` and `synth <command> --help` print them,
 * and the README's command-line reference is generated from them
 * (`npm run docs:usage`; test/docs/readme-usage.test.ts fails when it drifts).
 */
export interface OptionSpec {
  readonly name: string;
  /** What the value looks like (`N`, `data.csv`); absent for a switch such as --json. */
  readonly value?: string;
  readonly required?: boolean;
  /** Options sharing a group: exactly one of them is given (shown as `(--a x | --b y)`). */
  readonly oneOf?: string;
  /** May be given more than once (`--table a.csv --table b.csv`); the values are kept in order. */
  readonly repeatable?: boolean;
  /** What it does, its default and what it needs; markdown code spans are kept in the terminal. */
  readonly help: string;
}

export interface CommandSpec {
  readonly name: string;
  readonly summary: string;
  readonly positional?: { readonly value: string; readonly help: string };
  readonly options: readonly OptionSpec[];
}

const MAX_SEED_TEXT = MAX_SEED.toLocaleString('en');
const TABLE_MB = megabytes(FILE_LIMITS.table);
const TARGETS_MB = megabytes(FILE_LIMITS.targets);
const SMALL_MB = megabytes(FILE_LIMITS.small);

/** read-input-file.ts: any option that reads a file takes `-` too, but only one of them per command. */
const STDIN_RULE = '`-` (or `/dev/stdin`) reads the data from standard input, up to the same limit.';

/** Checked before any work (check-outputs.ts). */
const OUTPUT_RULE = 'Its folder must exist, and it may not be one of the input files, by any name.';

/** `--metadata … --bounds`, for the texts that refer to the target options as a whole. */
const TARGET_RANGE = `\`--${TARGET_OPTIONS[0].name}\` … \`--${TARGET_OPTIONS[TARGET_OPTIONS.length - 1].name}\``;

const STATS: CommandSpec = {
  name: 'stats',
  summary:
    'Target tables as JSON: every column’s marginal and the joint tables `generate --input` would aim at with the same options, ' +
    'chosen the same way, for `generate --stats`.',
  options: [
    { name: 'input', value: 'data.csv', oneOf: 'source', help: `The table to describe: CSV, TSV, JSON or Parquet, at most ${TABLE_MB}. ${STDIN_RULE}` },
    STATS_TABLE_OPTION,
    {
      name: 'out',
      value: 'stats.json',
      required: true,
      help:
        'Where the tables go: the schema, every included column’s marginal, the joint tables, the numeric columns’ fine histograms and copula, ' +
        `and what disclosure control or differential privacy did. ${OUTPUT_RULE}`,
    },
    ...TARGET_OPTIONS,
    ...CHILD_OPTIONS,
  ],
};

const GENERATE: CommandSpec = {
  name: 'generate',
  summary: `Synthetic rows from a table, or from its target tables alone (aggregates-only mode). The target options ${TARGET_RANGE} apply to \`--input\` only.`,
  options: [
    {
      name: 'input',
      value: 'data.csv',
      oneOf: 'source',
      help: `Synthesise from a table (CSV, TSV, JSON or Parquet, at most ${TABLE_MB}); its target tables are built as \`stats\` builds them, with ${TARGET_RANGE}. ${STDIN_RULE}`,
    },
    {
      name: 'stats',
      value: 'stats.json',
      oneOf: 'source',
      help: `Synthesise from target tables alone (at most ${TARGETS_MB}), written by \`synth stats\` or by the SQL templates of \`docs/aggregates-from-sql.md\`.`,
    },
    TABLE_OPTION,
    {
      name: 'rows',
      value: 'N',
      required: true,
      help: `Rows to synthesise: at most ${MAX_ROWS.toLocaleString('en')}. Above ${CHUNK_ROWS.toLocaleString('en')} they are made in chunks of about equal size (at most ${CHUNK_ROWS.toLocaleString('en')} rows and ${MAX_CELLS.toLocaleString('en')} values each), side by side on up to ${MAX_CHUNK_WORKERS} cores, each fitted to the targets and written in turn, so memory stays a few chunks'; the same seed writes the same file on any number of cores (not with \`--child\` or \`--table\`).`,
    },
    {
      name: 'seed',
      value: 'K',
      required: true,
      help:
        `Seeds the run, a whole number from 0 to ${MAX_SEED_TEXT}: the same seed and options give the same file ` +
        '(under `--epsilon`, the same noisy tables too only with `--noise-seed`).',
    },
    {
      name: 'out',
      value: 'synthetic.csv',
      required: true,
      help: `The synthetic table: the input’s columns in the input’s order, values and missing values written as the input wrote them. ${OUTPUT_RULE} With \`--child\`, use \`--out-dir\` instead.`,
    },
    ...CHILD_OPTIONS,
    OUT_DIR,
    ...TARGET_OPTIONS,
    {
      name: 'other-label',
      value: 'TEXT',
      help:
        'How the categories pooled by `--top-k` or disclosure control are written in the synthetic rows: default `(other)`; an empty value ' +
        'writes them as missing. A label that is already a category of the column is refused. Not with `--recipe` yet.',
    },
    {
      name: 'drop-copies',
      help:
        'Drops synthetic rows identical to an input row on every synthesised column and does not replace them, so the file can hold fewer than ' +
        '`--rows` rows; the summary line says how many were dropped. Needs `--input`; not with `--epsilon` (it reads the rows again, outside ' +
        'the budget). A `--recipe` records the run before dropping.',
    },
    {
      name: 'rules',
      value: 'rules.txt',
      help:
        'One rule per line, e.g. `"Body Mass (g)" >= 5000 => Species in {Gentoo}`; blank lines and lines starting with `#` are skipped. ' +
        'Records are redrawn within their proposal to keep the rules; those that still break one are counted in every iteration report. ' +
        `At most ${MAX_RULES} rules and ${SMALL_MB}.`,
    },
    SCENARIO_OPTION,
    DERIVE_OPTION,
    ...LLM_OPTIONS,
    {
      name: 'iterations',
      value: 'N',
      help: 'Iterations at most, add and refine phases together. Default 60; a run stops earlier once its tables match or 5 refine iterations in a row each improved the mean TVD by less than 0.5%.',
    },
    {
      name: 'recipe',
      value: 'run.json',
      help: `Also writes the run as a recipe (targets, options, every plan as the planner wrote it) that \`replay\` reproduces byte for byte. ${OUTPUT_RULE}`,
    },
  ],
};

const EVALUATE: CommandSpec = {
  name: 'evaluate',
  summary: 'SDMetrics-compatible quality report as text tables or JSON; privacy with a holdout, machine-learning utility with a target.',
  options: [
    {
      name: 'real',
      value: 'r.csv',
      required: true,
      help: `The real table (CSV, TSV, JSON or Parquet); the other tables are read with its schema. Each table at most ${TABLE_MB}.`,
    },
    { name: 'synthetic', value: 's.csv', required: true, help: 'The synthetic table.' },
    {
      name: 'holdout',
      value: 'h.csv',
      help:
        'Real rows kept out of synthesis. Adds privacy: the identical-match share (beside the holdout’s own), the DCR share (how often a synthetic ' +
        'row is closer to a `--real` row than to a holdout row; about 0.5 is ideal) and the nearest-neighbour distance ratio.',
    },
    ...PRIVACY_OPTIONS,
    {
      name: 'target',
      value: 'COLUMN',
      help:
        'Needs `--holdout`. Adds utility, train on synthetic and test on real: XGBoost (100 trees of depth 6) trained once on the synthetic and ' +
        'once on the real rows, both scored on the holdout. F1 of the positive class and ROC AUC for two classes, macro F1 and accuracy for more, R² for a number.',
    },
    { name: 'positive', value: 'VALUE', help: 'Needs `--target`: the positive class of a two-class target. Default: the rarer class in the real rows.' },
    {
      name: 'child',
      value: 'c.csv',
      help:
        'A real child table of `--real`: each of its rows names one `--real` row by `--key`. Adds the SDMetrics multi-table Quality report: ' +
        'Column Shapes and Column Pair Trends of both tables, Cardinality (children per parent row) and Intertable Trends (parent column × child ' +
        'column on the joined rows). The key is scored by neither report. Needs `--synthetic-child` and `--key`.',
    },
    {
      name: 'synthetic-child',
      value: 'sc.csv',
      help: 'Needs `--child`: the synthetic child table, read with the real child’s schema; its keys name `--synthetic` rows.',
    },
    {
      name: 'key',
      value: 'COLUMN',
      help:
        'Needs `--child`: the column that joins a child row to its parent row, in both tables. A parent key must be on one row, and every child ' +
        'key must name a parent. With `--metadata`, the relationship whose `child_foreign_key` it is gives the parent’s key column and the table names.',
    },
    {
      ...METADATA,
      help: METADATA.help + ' With `--child`: SDV multi-table metadata (`{"tables": {…}, "relationships": […]}`), each table’s entry applied to its file.',
    },
    { name: 'json', help: 'JSON instead of text tables.' },
  ],
};

const REPLAY: CommandSpec = {
  name: 'replay',
  summary: 'A recorded run (`generate --recipe`) again, byte for byte, LLM runs included.',
  positional: { value: 'run.json', help: `The recipe, at most ${TARGETS_MB}; a recipe whose targets were edited is refused.` },
  options: [{ name: 'out', value: 'synthetic.csv', required: true, help: `Where the rows go. ${OUTPUT_RULE}` }],
};

const SUGGEST_RULES: CommandSpec = {
  name: 'suggest-rules',
  summary:
    'Realism rules (“nobody under 16 holds a degree”) suggested by a language model on this machine from the column names, categories and ranges ' +
    'of the target tables, never rows, each checked against the columns. They are written commented out: delete the `# ` before each rule you ' +
    'accept, edit it as you like, and pass the file to `generate --rules`.',
  options: [
    {
      name: 'input',
      value: 'data.csv',
      oneOf: 'source',
      help: `The table (at most ${TABLE_MB}); its target tables are built as \`stats\` builds them, with ${TARGET_RANGE}, and each rule says how many of its rows break it. ${STDIN_RULE}`,
    },
    {
      name: 'stats',
      value: 'stats.json',
      oneOf: 'source',
      help: `Target tables alone (at most ${TARGETS_MB}), with disclosure control or differential privacy.`,
    },
    { name: 'out', value: 'rules.txt', required: true, help: `The rules file, every rule commented out with the model’s reason. ${OUTPUT_RULE}` },
    { name: 'seed', value: 'K', help: `Seeds the model’s sampling, a whole number from 0 to ${MAX_SEED_TEXT}. Default 0.` },
    ...TARGET_OPTIONS,
    ...LLM_PORT_OPTIONS,
  ],
};

export const COMMAND_SPECS: readonly CommandSpec[] = [STATS, GENERATE, EVALUATE, REPLAY, SUGGEST_RULES];

export function commandSpec(name: string): CommandSpec {
  const spec = COMMAND_SPECS.find((c) => c.name === name);
  if (!spec) throw new RangeError(`cli: no command "${name}"`);
  return spec;
}
