import { input, output } from './corpus-files.ts';
import { freshOutput, generate, type HostileCase } from './hostile-case.ts';

const DATA = input('data.csv');
const CATS = input('cats.csv');

/** Outputs that are inputs, folders, devices or places nobody can write. */
export const OUTPUT_CASES: readonly HostileCase[] = [
  ...[DATA, `${input('folder')}/../data.csv`].map((out) => ({ args: generate(['--input', DATA], ['--out', out]), names: '--out' })),
  { args: generate(['--input', CATS], ['--metadata', input('metadata.json'), '--out', input('metadata.json')]), names: '--metadata' },
  { args: generate(['--input', CATS], ['--rules', input('rules.txt'), '--out', input('rules.txt')]), names: '--rules' },
  { args: generate(['--stats', input('stats-valid.json')], ['--out', input('stats-valid.json')]), names: '--stats' },
  { args: generate(['--input', CATS], ['--recipe', CATS]), names: '--recipe' },
  { args: generate(['--input', CATS], ['--out', output('same.csv'), '--recipe', output('same.csv')]), names: '--recipe' },
  ...[
    input('folder'),
    output('missing/out.csv'),
    `${output('nofolder')}/`,
    '',
    '/dev/full',
    '/proc/x.csv',
    '/sys/x.csv',
    '/proc/version',
    input('fifo.csv'),
  ].map((out) => ({ args: generate(['--input', CATS], ['--out', out]), names: `--out ${out}` })),
  { args: generate(['--input', CATS], ['--recipe', '/dev/full']), names: '--recipe /dev/full' },
  { args: generate(['--input', CATS], ['--out', '/dev/null']), names: '--out', mayPass: true },
  { args: generate(['--input', CATS], ['--out', '-']), names: '--out -' },
  { args: ['stats', '--input', CATS, '--out', '/dev/full'], names: '--out /dev/full' },
  { args: ['stats', '--input', CATS, '--out', CATS], names: '--out' },
  { args: ['replay', input('recipe.json'), '--out', '/dev/full'], names: '--out /dev/full' },
  { args: ['replay', input('recipe.json'), '--out', input('recipe.json')], names: '--out' },
  { args: ['replay', input('recipe.json'), '--out', freshOutput(), '--recipe', freshOutput('json')], names: '--recipe' },
];
