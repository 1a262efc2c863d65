import type { OptionSpec } from './command-specs.ts';

/** `generate --table`: records from aggregate tables as published (docs/aggregate-tables.md). */
export const TABLE_OPTION: OptionSpec = {
  name: 'table',
  value: 't.csv',
  oneOf: 'source',
  repeatable: true,
  help:
    'Synthesise from aggregate tables as published (repeat for each): one column per variable and a `count` or `share` column, ' +
    'one row per combination. Tables from different sources may have different totals; where they share variables they are ' +
    'reconciled, each weighted by its records (`t.csv:trust=2` doubles a table’s say, `t.csv:total=5000` gives a share table its ' +
    'population), and the report says how far each moved (docs/aggregate-tables.md).',
};

/** `stats --table`: the same tables reconciled into one stats.json, for `generate --stats` or the app. */
export const STATS_TABLE_OPTION: OptionSpec = {
  name: 'table',
  value: 't.csv',
  oneOf: 'source',
  repeatable: true,
  help:
    'Instead of `--input`: aggregate tables as published (repeat for each; `t.csv:trust=N`, `t.csv:total=N` as for `generate --table`), ' +
    'reconciled into one consistent set of targets whose row count is the mean count table’s total (docs/aggregate-tables.md).',
};

/** `generate --scenario`: a what-if applied to the targets before the loop (docs/aggregate-tables.md). */
export const SCENARIO_OPTION: OptionSpec = {
  name: 'scenario',
  value: 'TEXT',
  repeatable: true,
  help:
    'A what-if applied to the targets before the loop (repeat for more, applied in order): a change (`+30%`, `-20%`, `x1.5`, `none`), ' +
    'the records it applies to, and after `in` the records whose total stays: `"+30% destination = LAS in time_bin = 20-24"`. ' +
    'The summary says the share before and after, in the targets and in the rows written; a `--recipe` records it.',
};

/** `generate --derive`: a column computed from others after the records are drawn (docs/aggregate-tables.md). */
export const DERIVE_OPTION: OptionSpec = {
  name: 'derive',
  value: 'TEXT',
  repeatable: true,
  help:
    'A column computed from the synthetic ones, so it holds for every row (repeat for more, applied in order): ' +
    '`"distance_mi = lookup(distances.csv)"` (a table keyed by the other columns it holds), ' +
    '`"haul = cut(distance_mi; 500: short; 1500: medium; long)"`, `"dep_time = within(time_bin; time)"` (an HH:MM inside 06-09).',
};
