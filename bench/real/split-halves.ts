import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from './real-tables.ts';

interface Split {
  readonly rows: number;
  readonly permutation: readonly number[];
}

/**
 * Writes the training and holdout halves of bench/data/<file> into `dir`, as
 * bench/data/splits.json fixes them (numpy default_rng(0).permutation: first
 * ⌊rows / 2⌋ train). Both halves keep the file's row order. Lines are split
 * as text: these files have no quoted fields (checked).
 */
export function writeHalves(options: { file: string; id: string; dir: string }): { train: string; holdout: string } {
  const { file, id, dir } = options;
  const splits = JSON.parse(readFileSync(join(DATA_DIR, 'splits.json'), 'utf8')) as Record<string, Split>;
  const split = splits[id];
  if (!split) throw new RangeError(`bench: bench/data/splits.json has no split for "${id}"`);
  const text = readFileSync(join(DATA_DIR, file), 'utf8');
  if (text.includes('"')) throw new RangeError(`bench: ${file} has quoted fields; split it with a CSV parser`);
  const [header, ...lines] = text.replace(/\r?\n$/, '').split(/\r?\n/);
  if (lines.length !== split.rows) throw new RangeError(`bench: ${file} has ${lines.length} rows, splits.json says ${split.rows}`);
  const inTrain = new Uint8Array(lines.length);
  for (const i of split.permutation.slice(0, Math.floor(lines.length / 2))) inTrain[i] = 1;
  const half = (keep: number) => [header, ...lines.filter((_, i) => inTrain[i] === keep)].join('\n') + '\n';
  const train = join(dir, `${id}-train.csv`);
  const holdout = join(dir, `${id}-holdout.csv`);
  writeFileSync(train, half(1));
  writeFileSync(holdout, half(0));
  return { train, holdout };
}
