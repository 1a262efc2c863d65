import type { OptionSpec } from './command-specs.ts';

/** `stats` and `generate` read a parent table with its children the same way (docs/related-tables.md). */
export const CHILD_OPTIONS: readonly OptionSpec[] = [
  {
    name: 'child',
    value: 'c.csv',
    help:
      'A child table of `--input` (households → persons): each of its rows names an `--input` row by `--key`. Both are described and ' +
      'synthesised together, each parent with its children (docs/related-tables.md); `--rows` counts parents. Needs `--key`; ' +
      '`generate` writes to `--out-dir`. The target options do not apply yet.',
  },
  { name: 'key', value: 'COLUMN', help: 'Needs `--child`: the column that joins a child row to its parent row, in both tables.' },
];

export const OUT_DIR: OptionSpec = {
  name: 'out-dir',
  value: 'DIR',
  help:
    'With `--child`, or `--stats` written by `stats --child`: the folder both synthetic tables go to, under the input files’ names, keys ' +
    'numbered 1…N. It must exist; the inputs are never overwritten. `--rules` may count children: `hh_size = count(persons)`, ' +
    '`num_own_children <= count(persons where age < 18)`.',
};
