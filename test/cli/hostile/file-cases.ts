import { input, TABLE_NAMES } from './corpus-files.ts';
import { freshOutput, generate, type HostileCase } from './hostile-case.ts';
import { RECIPE_FILES } from './recipe-files.ts';
import { STATS_FILES } from './stats-files.ts';

const DATA = input('data.csv');
const CATS = input('cats.csv');

/** Tables that are odd but valid: they may load and give an output. */
const VALID_TABLES = new Set([
  'nul.csv',
  'nul-header.csv',
  'escape-name.csv',
  'utf16le.csv',
  'utf16be.csv',
  'escape-value.csv',
  'one-cell.csv',
  'records.json',
  'tab.tsv',
  'garbage.csv',
  'long-name.csv',
]);

/** Paths that are not files to read, named as they are given. */
export const NOT_FILES: readonly string[] = ['/dev/zero', '/dev/urandom', '/dev/null', input('folder'), input('missing.csv'), input('fifo.csv')];

/** Every option that reads a file, as a command line given `path` there. */
const FILE_OPTIONS: readonly { readonly flag: string; readonly args: (path: string) => string[] }[] = [
  { flag: '--input', args: (p) => generate(['--input', p]) },
  { flag: '--stats', args: (p) => generate(['--stats', p]) },
  { flag: '--metadata', args: (p) => generate(['--input', CATS], ['--metadata', p]) },
  { flag: '--rules', args: (p) => generate(['--input', CATS], ['--rules', p]) },
  { flag: '--input', args: (p) => ['stats', '--input', p, '--out', freshOutput('json')] },
  { flag: '--real', args: (p) => ['evaluate', '--real', p, '--synthetic', DATA] },
  { flag: '--synthetic', args: (p) => ['evaluate', '--real', DATA, '--synthetic', p] },
  { flag: '--holdout', args: (p) => ['evaluate', '--real', DATA, '--synthetic', DATA, '--holdout', p] },
  { flag: '--metadata', args: (p) => ['evaluate', '--real', CATS, '--synthetic', CATS, '--metadata', p] },
  { flag: 'recipe', args: (p) => ['replay', p, '--out', freshOutput()] },
];

const PIPED = 'colour,size\nred,1\nblue,2\nred,3\nblue,4\n';

/** Every path that is not a file for `--input`; for the other options (which share readInputFile) the three that used to hang or crash. */
function notFileCases(): HostileCase[] {
  return FILE_OPTIONS.flatMap(({ flag, args }, i) =>
    NOT_FILES.filter((path) => i === 0 || ['/dev/zero', '/dev/urandom', input('fifo.csv')].includes(path)).map((path) => ({
      args: args(path),
      names: `${flag} ${path}`,
    })),
  );
}

function stdinCases(): HostileCase[] {
  return [
    ...['/dev/stdin', '-'].flatMap((path) => [
      { args: generate(['--input', path]), stdin: { pipe: PIPED }, names: '--input', mayPass: true },
      { args: generate(['--input', path]), stdin: { pipe: '' }, names: 'stdin.csv: the file is empty' },
      { args: generate(['--input', path]), names: 'stdin.csv: the file is empty' },
      { args: ['stats', '--input', path, '--out', freshOutput('json')], stdin: { pipe: PIPED }, names: '--input', mayPass: true },
    ]),
    { args: generate(['--input', '/dev/stdin']), stdin: { pipe: new Uint8Array(4096).fill(0) }, names: 'stdin.csv' },
    { args: generate(['--input', '-'], ['--rules', '-']), stdin: { pipe: PIPED }, names: '--rules' },
    { args: ['evaluate', '--real', '-', '--synthetic', '-'], stdin: { pipe: PIPED }, names: '--synthetic' },
    { args: generate(['--stats', '-']), stdin: { pipe: '{}' }, names: 'stdin' },
    { args: ['replay', '-', '--out', freshOutput()], stdin: { pipe: 'null' }, names: 'recipe' },
  ];
}

/** Tables `evaluate` reads with the real file's schema too. */
const EVALUATED = new Set([
  'empty.csv',
  'garbage.bin',
  'nul.csv',
  'utf16le.csv',
  'ragged.csv',
  'long-row.csv',
  'wide-header.csv',
  'escape-name.csv',
  'deep.json',
]);

function tableCases(): HostileCase[] {
  return TABLE_NAMES.flatMap((name) => [
    { args: generate(['--input', input(name)]), names: name, mayPass: VALID_TABLES.has(name) },
    ...(EVALUATED.has(name) ? [{ args: ['evaluate', '--real', DATA, '--synthetic', input(name)], names: name }] : []),
  ]);
}

function otherFileCases(): HostileCase[] {
  const metadata = ['metadata-null.json', 'metadata-array.json', 'metadata-columns-string.json', 'metadata-deep.json', 'metadata-not-json.json'];
  return [
    ...metadata.map((m) => ({ args: generate(['--input', CATS], ['--metadata', input(m)]), names: m })),
    // An sdtype Synthor does not map is PII-like free text, left out of the statistics (sdv-metadata.ts).
    { args: generate(['--input', CATS], ['--metadata', input('metadata-bad-type.json')]), names: 'metadata-bad-type.json', mayPass: true },
    { args: generate(['--input', CATS], ['--metadata', input('metadata-unknown-column.json')]), names: '"nosuch"' },
    ...['rules-garbage.txt', 'rules-unknown.txt'].map((r) => ({ args: generate(['--input', CATS], ['--rules', input(r)]), names: r })),
    { args: generate(['--input', CATS], ['--rules', input('rules-many.txt')]), names: 'rules-many.txt' },
    { args: generate(['--input', CATS], ['--rules', input('rules.txt'), '--metadata', input('metadata.json')]), names: 'rules.txt', mayPass: true },
    { args: generate(['--stats', input('stats-valid.json')]), names: 'stats-valid.json', mayPass: true },
    ...Object.keys(STATS_FILES).map((name) => ({ args: generate(['--stats', input(name)]), names: name })),
    { args: ['replay', input('recipe.json'), '--out', freshOutput()], names: 'recipe.json', mayPass: true },
    ...Object.keys(RECIPE_FILES).map((name) => ({ args: ['replay', input(name), '--out', freshOutput()], names: name })),
  ];
}

/** Devices, pipes, folders, missing files and hostile contents for every option that reads a file. */
export const FILE_CASES: readonly HostileCase[] = [...notFileCases(), ...stdinCases(), ...tableCases(), ...otherFileCases()];
