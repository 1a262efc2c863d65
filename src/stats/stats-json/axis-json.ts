import type { ColumnSchema } from '../schema.ts';
import { isNumericKind } from '../schema.ts';
import type { Axis } from '../tables/axis.ts';
import { binnedAxis } from '../tables/binned-axis.ts';
import { categoricalAxis } from '../tables/categorical-axis.ts';
import type { JsonReader } from './json-reader.ts';
import { MAX_AXIS_CATEGORIES } from './stats-json-limits.ts';

export type AxisJson =
  | { column: string; kind: 'categorical'; categories: string[]; other: boolean; labels: string[] }
  | { column: string; kind: 'binned'; edges: number[]; datetime: boolean; labels: string[] };

export function axisToJson(axis: Axis): AxisJson {
  return axis.kind === 'categorical'
    ? { column: axis.column, kind: 'categorical', categories: [...axis.categories], other: axis.other, labels: [...axis.labels] }
    : { column: axis.column, kind: 'binned', edges: [...axis.edges], datetime: axis.datetime, labels: [...axis.labels] };
}

/**
 * Reads one axis and checks it against its column's schema: numeric and
 * datetime columns are binned on increasing edges, the others categorical
 * with distinct categories; the labels must be the ones the axis implies.
 */
export function readAxisJson(r: JsonReader, columns: ReadonlyMap<string, ColumnSchema>): Axis {
  r.object();
  const column = r.at('column').string();
  const schema = columns.get(column) ?? r.at('column').fail(`column "${column}" is not in the schema (columns: ${[...columns.keys()].join(', ')})`);
  if (!schema.included) r.at('column').fail(`column "${column}" is excluded in the schema but has an axis`);
  const kind = r.at('kind').string();
  const wanted = isNumericKind(schema.kind) ? 'binned' : 'categorical';
  if (kind !== wanted) r.at('kind').fail(`column "${column}" is ${schema.kind}, so its axis must be "${wanted}", not "${kind}"`);
  const axis = kind === 'binned' ? readBinned(r, { column, datetime: schema.kind === 'datetime' }) : readCategorical(r, column);
  const labels = r.at('labels').strings();
  if (JSON.stringify(labels) !== JSON.stringify(axis.labels)) {
    r.at('labels').fail(`expected ${axis.labels.length} labels ${JSON.stringify(axis.labels.slice(0, 4))}…, got ${labels.length}; regenerate the file`);
  }
  return axis;
}

function readBinned(r: JsonReader, options: { column: string; datetime: boolean }): Axis {
  const edges = r.at('edges').numbers();
  if (edges.length > MAX_AXIS_CATEGORIES)
    r.at('edges').fail(`column "${options.column}" has ${edges.length} edges, more than the ${MAX_AXIS_CATEGORIES} an axis may have`);
  const constant = edges.length === 2 && edges[0] === edges[1];
  if (edges.length === 1) r.at('edges').fail('one edge makes no bin; give none (all missing) or at least two');
  for (let i = 1; i < edges.length && !constant; i++) {
    if (!(edges[i] > edges[i - 1]))
      r.at('edges')
        .at(i)
        .fail(`edges must increase, but ${edges[i]} follows ${edges[i - 1]}`);
  }
  if (r.at('datetime').boolean() !== options.datetime) r.at('datetime').fail(`must be ${options.datetime} for this column's kind`);
  return binnedAxis({ column: options.column, edges: Float64Array.from(edges), datetime: options.datetime });
}

function readCategorical(r: JsonReader, column: string): Axis {
  const categories = r.at('categories').strings();
  if (categories.length > MAX_AXIS_CATEGORIES) {
    r.at('categories').fail(
      `column "${column}" has ${categories.length} categories, more than the ${MAX_AXIS_CATEGORIES} an axis may have; write it again with a smaller --top-k`,
    );
  }
  if (new Set(categories).size !== categories.length) r.at('categories').fail('categories must be distinct');
  return categoricalAxis({ column, categories, other: r.at('other').boolean() });
}
