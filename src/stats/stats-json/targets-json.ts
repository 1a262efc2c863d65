import type { ColumnSchema } from '../schema.ts';
import type { Axis } from '../tables/axis.ts';
import type { AxisJson } from './axis-json.ts';
import { axisToJson, readAxisJson } from './axis-json.ts';
import { JsonReader } from './json-reader.ts';
import type { DisclosureReport } from '../privacy/disclosure-report.ts';
import type { DpReport } from '../privacy/dp-report.ts';
import { readDpReportJson } from './dp-report-json.ts';
import { readDisclosureJson } from './disclosure-json.ts';
import { copulaToJson, readCopulaJson, type CopulaJson } from './copula-json.ts';
import { fineMarginalToJson, readFineMarginalJson, type FineMarginalJson } from './fine-marginal-json.ts';
import { readSchemaJson } from './schema-json.ts';
import type { Table } from '../tables/table.ts';
import { emptyTable, tableName } from '../tables/table.ts';
import type { Targets } from '../tables/targets.ts';

/**
 * The stats.json format: the target tables with the schema, so the loop can run
 * from this file alone (no micro data). Axes are listed once, tables name
 * their columns; counts are row-major (last column fastest).
 */
export const STATS_FORMAT = 'synthor-stats';
export const STATS_VERSION = 1;

export interface TableJson {
  columns: string[];
  shape: number[];
  counts: number[];
  total: number;
}

export interface TargetsJson {
  format: typeof STATS_FORMAT;
  version: typeof STATS_VERSION;
  rowCount: number;
  schema: { columns: ColumnSchema[] };
  axes: AxisJson[];
  tables: TableJson[];
  /** Fine-grained marginals of numeric columns, for sampling inside bins (optional). */
  fine?: FineMarginalJson[];
  /** How numeric columns move together inside their bins (optional). */
  copula?: CopulaJson;
  /** What disclosure control pooled and suppressed (counts only). */
  disclosure?: DisclosureReport;
  /** Differential privacy: what was spent and guaranteed. */
  dp?: DpReport;
}

export function targetsToJson(targets: Targets): TargetsJson {
  return {
    format: STATS_FORMAT,
    version: STATS_VERSION,
    rowCount: targets.rowCount,
    schema: { columns: targets.schema.columns.map((c) => ({ ...c })) },
    axes: targets.axes.map(axisToJson),
    tables: targets.tables.map((t) => ({
      columns: t.axes.map((a) => a.column),
      shape: [...t.shape],
      counts: [...t.counts],
      total: t.total,
    })),
    ...(targets.fine ? { fine: targets.fine.map(fineMarginalToJson) } : {}),
    ...(targets.copula ? { copula: copulaToJson(targets.copula) } : {}),
    ...(targets.disclosure ? { disclosure: targets.disclosure } : {}),
    ...(targets.dp ? { dp: targets.dp } : {}),
  };
}

// Counts may later carry differential-privacy noise (non-integers), so sums are compared with a tolerance.
const TOLERANCE = 1e-6;

/** Parses and checks parsed stats.json; any inconsistency is an InputError naming `source` and the table. */
export function targetsFromJson(value: unknown, source = 'stats.json'): Targets {
  const r = new JsonReader(source, '', value).object();
  const format = r.at('format').string();
  if (format !== STATS_FORMAT) r.at('format').fail(`expected "${STATS_FORMAT}", got "${format}"; is this a synth stats file?`);
  const version = r.at('version').number();
  if (version !== STATS_VERSION) r.at('version').fail(`version ${version} is not supported (this synth reads version ${STATS_VERSION})`);
  const rowCount = r.at('rowCount').count();
  const schema = readSchemaJson(r.at('schema'));
  const columns = new Map(schema.columns.map((c) => [c.name, c]));
  const axisByName = new Map<string, Axis>();
  for (const ar of r.at('axes').array()) {
    const axis = readAxisJson(ar, columns);
    if (axisByName.has(axis.column)) ar.fail(`column "${axis.column}" has two axes`);
    axisByName.set(axis.column, axis);
  }
  for (const c of schema.columns) if (c.included && !axisByName.has(c.name)) r.at('axes').fail(`included column "${c.name}" has no axis`);
  const tables = r.at('tables').array().map((tr) => readTable(tr, { axisByName, rowCount }));
  const numeric = new Set([...axisByName.values()].filter((a) => a.kind === 'binned').map((a) => a.column));
  const fine = (value as { fine?: unknown }).fine === undefined ? undefined : r.at('fine').array().map((fr) => readFineMarginalJson(fr, numeric));
  const copula = r.has('copula') ? readCopulaJson(r.at('copula'), numeric) : undefined;
  const disclosure = (value as { disclosure?: unknown }).disclosure === undefined ? undefined : readDisclosureJson(r.at('disclosure'));
  const dp = (value as { dp?: unknown }).dp === undefined ? undefined : readDpReportJson(r.at('dp'));
  return { schema, rowCount, axes: [...axisByName.values()], tables, ...(fine ? { fine } : {}), ...(copula ? { copula } : {}), ...(disclosure ? { disclosure } : {}), ...(dp ? { dp } : {}) };
}

function readTable(r: JsonReader, options: { axisByName: ReadonlyMap<string, Axis>; rowCount: number }): Table {
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
    r.at('total').fail(`${name}: total ${table.total} differs from rowCount ${options.rowCount}; every table counts every record; regenerate the file with synth stats`);
  }
  return table;
}
