import type { Stdin } from './built-synth.ts';
import { output } from './corpus-files.ts';

/** One command line of the corpus and what its one error line must name. */
export interface HostileCase {
  readonly args: readonly string[];
  /** What the error line must hold: the option, file or value at fault. */
  readonly names: string;
  readonly stdin?: Stdin;
  /** It may also end well: exit 0 with a valid output (a valid but odd input). */
  readonly mayPass?: boolean;
}

let outputs = 0;
/** An output path of its own, so cases can run side by side. */
export const freshOutput = (extension = 'csv'): string => output(`out-${++outputs}.${extension}`);

/** `generate` from `source` with small valid --rows, --seed and --out unless `options` give their own. */
export function generate(source: readonly string[], options: readonly string[] = []): string[] {
  const has = (flag: string) => options.includes(flag) || options.some((o) => o.startsWith(`${flag}=`));
  return [
    'generate',
    ...source,
    ...(has('--rows') ? [] : ['--rows', '5']),
    ...(has('--seed') ? [] : ['--seed', '1']),
    ...(has('--out') ? [] : ['--out', freshOutput()]),
    ...options,
  ];
}
