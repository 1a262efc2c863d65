import type { CategoricalColumn, Column, NumericColumn } from '../../../src/stats/column.ts';
import type { Dataset } from '../../../src/stats/dataset.ts';
import type { ColumnKind, ColumnSchema } from '../../../src/stats/schema.ts';

/** A column written as plain JS values: null (or NaN) is missing; datetimes as ms or ISO strings. */
export interface ColumnSpec {
  readonly name: string;
  readonly kind: ColumnKind;
  readonly values: readonly (string | number | null)[];
}

/**
 * Builds a coded Dataset from arrays for tests. Categorical dictionaries are in
 * order of first appearance, so two datasets built from different values get
 * different codes for the same category, as real ingest would.
 */
export function makeDataset(specs: readonly ColumnSpec[]): Dataset {
  const rowCount = specs[0]?.values.length ?? 0;
  const schema = { columns: specs.map(schemaOf) };
  const columns = specs.map((spec): Column => {
    if (spec.values.length !== rowCount) throw new Error(`makeDataset: column ${spec.name} has ${spec.values.length} values, expected ${rowCount}`);
    return spec.kind === 'numeric' || spec.kind === 'datetime' ? numeric(spec) : categorical(spec);
  });
  return { schema, columns, rowCount };
}

function schemaOf(spec: ColumnSpec): ColumnSchema {
  const included = spec.kind !== 'identifier' && spec.kind !== 'text';
  if (spec.kind === 'numeric') return { name: spec.name, kind: 'numeric', included, integer: false, decimals: 2 };
  if (spec.kind === 'datetime') return { name: spec.name, kind: 'datetime', included, format: '%Y-%m-%d %H:%M:%S' };
  return { name: spec.name, kind: spec.kind, included };
}

function numeric(spec: ColumnSpec): NumericColumn {
  const values = Float64Array.from(spec.values, (v) => {
    if (v === null) return Number.NaN;
    if (typeof v === 'number') return v;
    // Date-only ISO strings parse as UTC already; date-times need the Z.
    const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(v) ? v : `${v.replace(' ', 'T')}Z`);
    if (Number.isNaN(ms)) throw new Error(`makeDataset: bad date ${v}`);
    return ms;
  });
  return { type: 'numeric', name: spec.name, values };
}

function categorical(spec: ColumnSpec): CategoricalColumn {
  const dictionary: (string | null)[] = [null];
  const index = new Map<string, number>();
  const codes = Uint32Array.from(spec.values, (v) => {
    if (v === null) return 0;
    const key = String(v);
    let code = index.get(key);
    if (code === undefined) {
      code = dictionary.length;
      index.set(key, code);
      dictionary.push(key);
    }
    return code;
  });
  return { type: 'categorical', name: spec.name, dictionary, codes };
}
