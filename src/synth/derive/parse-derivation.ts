import { InputError } from '../../stats/input-error.ts';
import type { Derivation } from './derivation.ts';

const SYNTAX =
  'write it as "name = lookup(file.csv)", "name = cut(column; 500: short; 1500: medium; long)" or "name = within(column)" (or within(column; time))';

/** A derivation as written, before a lookup's file is read: `lookup` carries the file's path. */
export type ParsedDerivation = Exclude<Derivation, { kind: 'lookup' }> | { readonly kind: 'lookup'; readonly column: string; readonly file: string };

/**
 * Parses `name = lookup(file.csv)`, `name = cut(column; t1: label1; t2: label2; rest)`
 * (values below t1 are label1, below t2 label2, the rest `rest`) or
 * `name = within(column[; time])`. Names with spaces go in double quotes.
 */
export function parseDerivation(text: string): ParsedDerivation {
  const fail = (problem: string) => new InputError(`derive "${text.trim()}": ${problem}`);
  const m = /^\s*("(?:[^"\\]|\\.)+"|[^\s=()"]+)\s*=\s*(lookup|cut|within)\s*\((.*)\)\s*$/is.exec(text);
  if (!m) throw fail(SYNTAX);
  const column = unquote(m[1]);
  const args = m[3].split(';').map((a) => a.trim());
  const kind = m[2].toLowerCase();
  if (kind === 'lookup') {
    if (args.length !== 1 || args[0] === '') throw fail('lookup takes one file: lookup(distances.csv)');
    return { kind: 'lookup', column, file: unquote(args[0]) };
  }
  const from = unquote(args[0] ?? '');
  if (from === '') throw fail(`name the column it is computed from; ${SYNTAX}`);
  if (kind === 'within') {
    const format = (args[1] ?? 'number').toLowerCase();
    if (args.length > 2 || (format !== 'number' && format !== 'time'))
      throw fail('within takes a column and, optionally, "time" (HH:MM inside hour ranges such as 06-09)');
    return { kind: 'within', column, from, format };
  }
  const parts = args.slice(1);
  if (parts.length < 2) throw fail('cut needs at least one threshold and the label of the rest: cut(distance; 500: short; long)');
  const cuts = parts.slice(0, -1).map((p) => {
    const c = /^([+-]?\d+(?:\.\d+)?)\s*:\s*(.+)$/.exec(p);
    if (!c) throw fail(`"${p}" is not "threshold: label"`);
    return { below: Number(c[1]), label: unquote(c[2].trim()) };
  });
  if (cuts.some((c, i) => i > 0 && c.below <= cuts[i - 1].below)) throw fail('thresholds must increase');
  const rest = unquote(parts[parts.length - 1]);
  if (rest.includes(':')) throw fail(`the last part, "${rest}", is the label of everything above the last threshold; it takes no threshold`);
  return { kind: 'cut', column, from, cuts, rest };
}

function unquote(token: string): string {
  const t = token.trim();
  return t.startsWith('"') && t.endsWith('"') && t.length >= 2 ? t.slice(1, -1).replace(/\\(.)/g, '$1') : t;
}
