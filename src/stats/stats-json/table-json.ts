import type { Axis } from '../tables/axis.ts';
import type { Table } from '../tables/table.ts';
import { axisSize } from '../tables/axis.ts';
import { emptyTable } from '../tables/table.ts';
import { binnedAxis } from '../tables/binned-axis.ts';
import { coarseMap, whyNotCoarsening } from '../tables/coarse-map.ts';
import type { JsonReader } from './json-reader.ts';
import { MAX_TABLE_CELLS, MAX_TOTAL_CELLS } from './stats-json-limits.ts';

export interface TableJson {
  columns: string[];
  /** Numeric columns the table holds on coarser bins than their axes: column → the bin edges kept (a subset of the axis's). */
  bins?: Record<string, number[]>;
  shape: number[];
  counts: number[];
  total: number;
}

export function tableToJson(table: Table, axisByName: ReadonlyMap<string, Axis>): TableJson {
  const coarse = table.axes.filter((a) => a.kind === 'binned' && coarseMap(axisByName.get(a.column) ?? a, a) !== null);
  return {
    columns: table.axes.map((a) => a.column),
    ...(coarse.length > 0 ? { bins: Object.fromEntries(coarse.map((a) => [a.column, a.kind === 'binned' ? [...a.edges] : []])) } : {}),
    shape: [...table.shape],
    counts: [...table.counts],
    total: table.total,
  };
}

// Counts may later carry differential-privacy noise (non-integers), so sums are compared with a tolerance.
const TOLERANCE = 1e-6;

/**
 * Reads one entry of stats.json "tables" on the axes already read: distinct
 * columns with axes, a shape that is theirs and within the limits (checked
 * before the counts are allocated), counts that sum to its total and a total
 * that is `rowCount`. `cellsBefore` are the cells of the tables read so far.
 */
export function readTableJson(r: JsonReader, options: { axisByName: ReadonlyMap<string, Axis>; rowCount: number; cellsBefore: number }): Table {
  r.object();
  const names = r.at('columns').strings();
  if (names.length === 0) r.at('columns').fail('a table needs at least one column');
  const label = `table "${names.length > 4 ? `${names.slice(0, 4).join(' × ')} × … (${names.length} columns)` : names.join(' × ')}"`;
  const seen = new Set<string>();
  const bins = r.has('bins') ? r.at('bins').object() : null;
  const axes = names.map((name, i) => {
    if (seen.has(name)) r.at('columns').at(i).fail(`${label} names column "${name}" twice; a table's columns must be distinct`);
    seen.add(name);
    const axis = options.axisByName.get(name) ?? r.at('columns').at(i).fail(`column "${name}" has no axis`);
    return bins?.has(name) ? coarseAxisJson(bins.at(name), { axis, label }) : axis;
  });
  for (const name of Object.keys(bins?.value ?? {})) {
    if (!seen.has(name)) bins?.at(name).fail(`${label} has bins for column "${name}", which it does not hold`);
  }
  const cells = axes.reduce((product, a) => product * axisSize(a), 1);
  if (cells > MAX_TABLE_CELLS) {
    r.at('columns').fail(
      `${label} has ${cells < 1e15 ? cells : cells.toPrecision(3)} cells (the product of its axes' sizes), more than the ${MAX_TABLE_CELLS} a table may have; use fewer or coarser columns`,
    );
  }
  if (options.cellsBefore + cells > MAX_TOTAL_CELLS) {
    r.fail(`${label} brings the tables to ${options.cellsBefore + cells} cells, more than the ${MAX_TOTAL_CELLS} a stats file may have; use fewer joints`);
  }
  const shape = r.at('shape').numbers();
  const wanted = axes.map(axisSize);
  if (JSON.stringify(shape) !== JSON.stringify(wanted)) r.at('shape').fail(`${label} has shape [${shape}] but its axes have [${wanted}] cells`);
  const counts = r.at('counts');
  const length = Array.isArray(counts.value) ? counts.value.length : counts.fail('expected an array');
  if (length !== cells) counts.fail(`${label} has ${length} counts, its shape needs ${cells}`);
  const table = emptyTable(axes);
  let sum = 0;
  counts.array().forEach((cr, i) => {
    table.counts[i] = cr.count();
    sum += table.counts[i];
  });
  table.total = r.at('total').count();
  const close = (x: number, y: number): boolean => Math.abs(x - y) <= TOLERANCE * Math.max(1, Math.abs(y));
  if (!close(sum, table.total)) r.at('total').fail(`${label}: counts sum to ${sum} but total is ${table.total}; regenerate the file`);
  if (!close(table.total, options.rowCount)) {
    r.at('total').fail(
      `${label}: total ${table.total} differs from rowCount ${options.rowCount}; every table counts every record; regenerate the file with synth stats`,
    );
  }
  return table;
}

/** A column's coarser bins in one table: increasing edges, a subset of its axis's, with the same ends. */
function coarseAxisJson(r: JsonReader, options: { axis: Axis; label: string }): Axis {
  const { axis, label } = options;
  if (axis.kind !== 'binned') r.fail(`${label}: column "${axis.column}" is categorical; only numeric columns can have coarser bins`);
  const edges = r.numbers();
  if (edges.length > axisSize(axis)) r.fail(`${label}: ${edges.length} edges for column "${axis.column}", more than its axis has`);
  const coarse = binnedAxis({ column: axis.column, edges: Float64Array.from(edges), datetime: axis.kind === 'binned' && axis.datetime });
  const reason = whyNotCoarsening(axis, coarse);
  if (reason) r.fail(`${label}: ${reason}`);
  return coarse;
}
