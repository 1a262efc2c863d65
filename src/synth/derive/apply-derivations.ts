import type { Column } from '../../stats/column.ts';
import type { Dataset } from '../../stats/dataset.ts';
import { InputError } from '../../stats/input-error.ts';
import type { ColumnSchema } from '../../stats/schema.ts';
import { createRng, type Rng } from '../rng.ts';
import type { Derivation } from './derivation.ts';

const RANGE = /^\s*(\d+(?:\.\d+)?)\s*[-–]\s*(\d+(?:\.\d+)?)\s*$/;
/** Keeps the derivations' draws apart from the loop's, for the same seed. */
const STREAM = 0x9e3779b9;

/**
 * The records with the derived columns added after them, in order (a column
 * may be derived from one derived before it). Deterministic in `seed`.
 * Refused, naming the record: a lookup key the table lacks, a number that is
 * not one, a label `within` cannot read as a range.
 */
export function applyDerivations(dataset: Dataset, derivations: readonly Derivation[], seed: number): Dataset {
  const rng = createRng((seed ^ STREAM) >>> 0);
  let out = dataset;
  for (const d of derivations) {
    if (out.schema.columns.some((c) => c.name === d.column)) throw new InputError(`derive "${d.column}": already a column; a derived column is a new one`);
    const [schema, column] = derive(out, d, rng);
    out = { schema: { columns: [...out.schema.columns, schema] }, columns: [...out.columns, column], rowCount: out.rowCount };
  }
  return out;
}

function derive(data: Dataset, d: Derivation, rng: Rng): [ColumnSchema, Column] {
  const n = data.rowCount;
  if (d.kind === 'lookup') {
    const keys = d.keys.map((k) => textOf(data, k, d.column));
    const written = Array.from({ length: n }, (_, r) => {
      const parts = keys.map((k) => k(r));
      if (parts.some((p) => p === null)) return null;
      const v = d.values.get(parts.join('\u0000'));
      if (v === undefined) {
        const named = d.keys.map((k, i) => `${k}=${parts[i]}`).join(', ');
        throw new InputError(`derive "${d.column}": ${d.source} has no row for ${named} (record ${r + 1}); add it`);
      }
      return v === '' ? null : v;
    });
    return d.numeric
      ? numeric(
          d.column,
          written.map((v) => (v === null ? Number.NaN : Number(v))),
        )
      : categorical(d.column, written);
  }
  const from = textOf(data, d.from, d.column);
  if (d.kind === 'cut') {
    return categorical(
      d.column,
      Array.from({ length: n }, (_, r) => {
        const text = from(r);
        if (text === null) return null;
        const v = Number(text);
        if (!Number.isFinite(v)) throw new InputError(`derive "${d.column}": record ${r + 1} has ${d.from} = "${text}", which is not a number to cut`);
        return d.cuts.find((c) => v < c.below)?.label ?? d.rest;
      }),
    );
  }
  const values = Array.from({ length: n }, (_, r) => {
    const text = from(r);
    if (text === null) return Number.NaN;
    const m = RANGE.exec(text);
    if (!m || !(Number(m[2]) > Number(m[1]))) {
      throw new InputError(`derive "${d.column}": record ${r + 1} has ${d.from} = "${text}", not a range such as 06-09; within() reads "a-b" labels`);
    }
    // Whole numbers a ≤ v < b (minutes for a time of day), drawn uniformly.
    const scale = d.format === 'time' ? 60 : 1;
    const lo = Math.ceil(Number(m[1]) * scale);
    const hi = Math.ceil(Number(m[2]) * scale);
    if (hi <= lo) throw new InputError(`derive "${d.column}": "${text}" holds no whole ${d.format === 'time' ? 'minute' : 'number'}`);
    return lo + Math.floor(rng.next() * (hi - lo));
  });
  if (d.format === 'number') return numeric(d.column, values);
  const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return categorical(
    d.column,
    values.map((m) => (Number.isNaN(m) ? null : hhmm(m))),
  );
}

/** A column's values as text (null when missing), by name; refused when the records have no such column. */
function textOf(data: Dataset, name: string, derived: string): (r: number) => string | null {
  const i = data.schema.columns.findIndex((c) => c.name === name);
  if (i < 0) throw new InputError(`derive "${derived}": no column "${name}" (columns: ${data.schema.columns.map((c) => c.name).join(', ')})`);
  const c = data.columns[i];
  return c.type === 'numeric' ? (r) => (Number.isNaN(c.values[r]) ? null : String(c.values[r])) : (r) => c.dictionary[c.codes[r]];
}

function numeric(name: string, values: number[]): [ColumnSchema, Column] {
  const integer = values.every((v) => Number.isNaN(v) || Number.isInteger(v));
  const decimals = integer ? 0 : Math.max(...values.map((v) => (Number.isFinite(v) ? (String(v).split('.')[1]?.length ?? 0) : 0)));
  return [
    { name, kind: 'numeric', included: true, integer, decimals },
    { type: 'numeric', name, values: Float64Array.from(values) },
  ];
}

function categorical(name: string, values: (string | null)[]): [ColumnSchema, Column] {
  const dictionary: (string | null)[] = [null];
  const index = new Map<string, number>();
  const codes = Uint32Array.from(values, (v) => {
    if (v === null) return 0;
    let code = index.get(v);
    if (code === undefined) {
      code = dictionary.length;
      index.set(v, code);
      dictionary.push(v);
    }
    return code;
  });
  return [
    { name, kind: 'categorical', included: true },
    { type: 'categorical', name, dictionary, codes },
  ];
}
