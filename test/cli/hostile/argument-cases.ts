import { input } from './corpus-files.ts';
import { freshOutput, generate, type HostileCase } from './hostile-case.ts';

const DATA = input('data.csv');
const CATS = input('cats.csv');
const MASS = 'Body Mass (g)';
const ALL_COLUMNS = 'Species,Island,Sex,Beak Length (mm),Beak Depth (mm),Flipper Length (mm),Body Mass (g)';

/** Numbers no whole-number option should take: all of them for --rows, the first three for the others (they share integerOption). */
const NOT_WHOLE = ['-1', '1.5', '0x10', '1e3', '', '99999999999999999999', ' 5', 'NaN', '٣', '+5', 'Infinity'];

/** Each whole-number option with the extra options it needs, the input it reads (the small cats.csv unless it needs numbers), and the plain values it may take. */
const WHOLE_OPTIONS: readonly { flag: string; needs?: string[]; source?: string; valid: string[]; invalid: string[] }[] = [
  { flag: '--rows', valid: ['1'], invalid: ['0', '10000001', '1000000000000'] },
  { flag: '--seed', valid: ['0', '4294967295'], invalid: ['4294967296', '-0'] },
  { flag: '--iterations', valid: ['1', '1000000000'], invalid: ['0'] },
  { flag: '--bins', source: DATA, valid: ['1', '9999'], invalid: ['0', '10000', '1000000000'] },
  { flag: '--top-k', valid: ['1', '10000'], invalid: ['0', '10001', '1000000000'] },
  { flag: '--min-count', valid: ['1', '1000000000'], invalid: ['0'] },
  { flag: '--noise-seed', needs: ['--epsilon', '1'], valid: ['0'], invalid: ['4294967296'] },
];

function wholeNumberCases(): HostileCase[] {
  return WHOLE_OPTIONS.flatMap(({ flag, needs = [], source = CATS, valid, invalid }) => [
    ...[...NOT_WHOLE.slice(0, flag === '--rows' ? undefined : 3), ...invalid].map((v) => ({
      args: generate(['--input', source], [...needs, flag, v]),
      names: flag,
    })),
    ...valid.map((v) => ({ args: generate(['--input', source], [...needs, flag, v]), names: flag, mayPass: true })),
    { args: generate(['--input', source], [...needs, flag]), names: flag },
  ]);
}

const REAL_NUMBERS = ['-1', '0', 'NaN', '1e999', '0x10', '', '1,5'];

function realNumberCases(): HostileCase[] {
  return [
    ...REAL_NUMBERS.map((v) => ({ args: generate(['--input', CATS], ['--epsilon', v]), names: '--epsilon' })),
    ...['1e-300', '1e308'].map((v) => ({ args: generate(['--input', CATS], ['--epsilon', v]), names: '--epsilon', mayPass: true })),
    ...['-1', '1', '0x0', '', 'abc'].map((v) => ({
      args: generate(['--input', CATS], ['--epsilon', '1', '--delta', v]),
      names: '--delta',
    })),
    ...['0.5'].map((v) => ({ args: generate(['--input', CATS], ['--epsilon', '1', '--delta', v]), names: '--delta', mayPass: true })),
    { args: generate(['--input', CATS], ['--delta', '0.1']), names: '--epsilon' },
  ];
}

const BOUNDS = [
  `${MASS}=1..0`,
  `${MASS}=5..5`,
  '=..',
  'x',
  'nosuch=1..2',
  `${MASS}=NaN..1`,
  `${MASS}=-1e999..1e999`,
  `${MASS}=0x10..0x2000`,
  ';;;',
  'Species=1..2',
];

function otherOptionCases(): HostileCase[] {
  return [
    ...BOUNDS.map((b) => ({ args: generate(['--input', DATA], ['--epsilon', '1', '--bounds', b]), names: '--bounds' })),
    { args: generate(['--input', DATA], ['--bounds', `${MASS}=1..9000`]), names: '--epsilon' },
    { args: generate(['--input', DATA], ['--epsilon', '1']), names: 'bounds' },
    { args: generate(['--input', DATA], ['--bins', '32', '--min-count', '1', '--joints', ALL_COLUMNS]), names: 'cells' },
    ...['Species', 'Species,Species', 'nosuch,Island', ',', ';;;', 'Species,,Island'].map((j) => ({
      args: generate(['--input', DATA], ['--joints', j]),
      names: '--joints',
    })),
    ...['llm', '', 'STATISTICAL'].map((p) => ({ args: generate(['--input', CATS], ['--planner', p]), names: '--planner' })),
    { args: generate(['--input', CATS], ['--noise-seed', '1']), names: '--noise-seed' },
    { args: generate(['--input', CATS], ['--drop-copies=1']), names: '--drop-copies' },
    { args: generate(['--input', CATS], ['--drop-copies', '--epsilon', '1']), names: '--drop-copies' },
  ];
}

function commandLineCases(): HostileCase[] {
  return [
    { args: [], names: 'command' },
    { args: ['frobnicate'], names: 'frobnicate' },
    { args: ['GENERATE'], names: 'GENERATE' },
    { args: ['generate'], names: '--input' },
    { args: ['generate', '--input', CATS, '--seed', '1', '--out', freshOutput()], names: '--rows' },
    { args: generate(['--input', CATS], ['--frob', 'x']), names: '--frob' },
    { args: generate(['--input', CATS], ['-rows', '5']), names: '-rows' },
    { args: generate(['--input', CATS], ['--']), names: '--' },
    { args: generate(['--input', CATS], ['--=5']), names: '--' },
    { args: generate(['--input', CATS], ['---rows', '5']), names: '---rows' },
    { args: ['generate', '--input', '--rows', '5', '--seed', '1', '--out', freshOutput()], names: '--input' },
    { args: generate(['--input', CATS], ['--rows', '5', '--rows', '6']), names: '--rows' },
    { args: generate(['--input', CATS], ['--out', freshOutput(), '--out', freshOutput()]), names: '--out' },
    { args: generate(['--input', CATS, '--input', DATA]), names: '--input' },
    { args: generate(['--input', CATS, '--stats', input('stats-valid.json')]), names: '--stats' },
    { args: generate(['--stats', input('stats-valid.json')], ['--drop-copies']), names: '--drop-copies' },
    { args: generate(['--stats', input('stats-valid.json')], ['--bins', '5']), names: '--bins' },
    { args: generate(['--input', '']), names: '--input' },
    { args: ['stats', '--input', CATS], names: '--out' },
    { args: ['stats', '--input', CATS, '--out', freshOutput('json'), '--rows', '5'], names: '--rows' },
    { args: ['evaluate', '--real', DATA], names: '--synthetic' },
    { args: ['evaluate', '--real', DATA, '--synthetic', DATA, '--target', 'Species'], names: '--holdout' },
    { args: ['evaluate', '--real', DATA, '--synthetic', DATA, '--holdout', DATA, '--target', 'nosuch'], names: 'nosuch' },
    { args: ['evaluate', '--real', DATA, '--synthetic', DATA, '--holdout', DATA, '--target', 'Species', '--positive', 'Dodo'], names: 'positive' },
    { args: ['evaluate', '--real', DATA, '--synthetic', CATS], names: CATS },
    { args: ['evaluate', '--real', DATA, '--synthetic', DATA, '--json=1'], names: '--json' },
    { args: ['replay', '--out', freshOutput()], names: 'recipe' },
    { args: ['replay', input('recipe.json')], names: '--out' },
    { args: ['replay', input('recipe.json'), input('recipe.json'), '--out', freshOutput()], names: 'recipe.json' },
  ];
}

/** Bad, odd, repeated and missing arguments of every command. */
export const ARGUMENT_CASES: readonly HostileCase[] = [...commandLineCases(), ...wholeNumberCases(), ...realNumberCases(), ...otherOptionCases()];
