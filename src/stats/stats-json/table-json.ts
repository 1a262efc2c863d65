import type { Axis } from '../tables/axis.ts';
import type { Table } from '../tables/table.ts';
import { emptyTable, tableName } from '../tables/table.ts';
import type { JsonReader } from './json-reader.ts';

export interface TableJson {
  columns: string[];
  shape: number[];
  counts: number[];
  total: number;
}

export function tableToJson(table: Table): TableJson {
  return {
    columns: table.axes.map((a) => a.column),
    shape: [...table.shape],
    counts: [...table.counts],
    total: table.total,
  };
}

// Counts may later carry differential-privacy noise (non-integers), so sums are compared with a tolerance.
const TOLERANCE = 1e-6;

/**
 * Reads one entry of stats.json "tables" on the axes already read: its shape
 * must be theirs, its counts must sum to its total and the total to `rowCount`.
 */
export function readTableJson(r: JsonReader, options: { axisByName: ReadonlyMap<string, Axis>; rowCount: number }): Table {
  r.object();
  const names = r.at('columns').strings();
  const axes = names.map((name, i) => options.axisByName.get(name) ?? r.at('columns').at(i).fail(`column "${name}" has no axis`));
  if (axes.length === 0) r.at('columns').fail('a table needs at least one column');
  const table = emptyTable(axes);
  const name = `table "${tableName(table)}"`;
  const shape = r.at('shape').numbers();
  if (JSON.stringify(shape) !== JSON.stringify(table.shape)) {
    r.at('shape').fail(`${name} has shape [${shape}] but its axes have [${table.shape}] cells`);
  }
  const counts = r.at('counts').array();
  if (counts.length !== table.counts.length) r.at('counts').fail(`${name} has ${counts.length} counts, its shape needs ${table.counts.length}`);
  let sum = 0;
  counts.forEach((cr, i) => {
    table.counts[i] = cr.count();
    sum += table.counts[i];
  });
  table.total = r.at('total').count();
  const close = (x: number, y: number): boolean => Math.abs(x - y) <= TOLERANCE * Math.max(1, Math.abs(y));
  if (!close(sum, table.total)) r.at('total').fail(`${name}: counts sum to ${sum} but total is ${table.total}; regenerate the file`);
  if (!close(table.total, options.rowCount)) {
    r.at('total').fail(
      `${name}: total ${table.total} differs from rowCount ${options.rowCount}; every table counts every record; regenerate the file with synth stats`,
    );
  }
  return table;
}
