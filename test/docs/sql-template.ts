import { readFileSync } from 'node:fs';

/**
 * docs/sql/<dialect>.sql as a user applies it (docs/aggregates-from-sql.md, "replace the names
 * and the category / edge lists"): the queries in order, comments dropped, and query 4
 * re-coded for another table by replacing exactly the parts the doc says to replace.
 * The three templates share their CASE coding and cell expression; a dialect says how it
 * writes the rest (the grid of every cell, an array literal, query 3's quantile fractions).
 */
export interface Dialect {
  readonly name: 'duckdb' | 'postgresql' | 'spark';
  /** The row source of every cell index 0 … n - 1, n an expression such as `4 * 4`. */
  readonly grid: (n: string) => string;
  /** An array literal of SQL expressions. */
  readonly list: (items: readonly string[]) => string;
  /** Query 3's quantile fractions as the template writes them (6 bins), and for 3 bins. */
  readonly sixBins: string;
  readonly threeBins: string;
}

export const DUCKDB: Dialect = {
  name: 'duckdb',
  grid: (n) => `range(${n})`,
  list: (items) => `[${items.join(', ')}]`,
  sixBins: '[0, 1/6, 2/6, 3/6, 4/6, 5/6, 1]',
  threeBins: '[0, 1/3, 2/3, 1]',
};

export const POSTGRESQL: Dialect = {
  name: 'postgresql',
  grid: (n) => `generate_series(0, ${n} - 1)`,
  list: (items) => `json_build_array(${items.join(', ')})`,
  sixBins: 'ARRAY[0, 1/6.0, 2/6.0, 3/6.0, 4/6.0, 5/6.0, 1]',
  threeBins: 'ARRAY[0, 1/3.0, 2/3.0, 1]',
};

export const SPARK: Dialect = {
  name: 'spark',
  grid: (n) => `sequence(0, ${n} - 1)`,
  list: (items) => `array(${items.join(', ')})`,
  sixBins: 'array(0.0, 1/6, 2/6, 3/6, 4/6, 5/6, 1.0)',
  threeBins: 'array(0.0, 1/3, 2/3, 1.0)',
};

export function templateText(dialect: Dialect): string {
  return readFileSync(new URL(`../../docs/sql/${dialect.name}.sql`, import.meta.url), 'utf8');
}

/** The template's statements, comments dropped: [rowCount, categories, edges, table]. */
export function templateQueries(sql: string): string[] {
  return sql
    .split(/;\s*$/m)
    .map((s) =>
      s
        .split('\n')
        .filter((l) => !/^\s*--/.test(l))
        .map((l) => l.replace(/\s+--.*$/, ''))
        .join('\n')
        .trim(),
    )
    .filter((s) => s !== '');
}

/** One axis of a table query: its column and how the template codes it. */
export type SqlAxis =
  | { readonly column: string; readonly kind: 'categorical'; readonly categories: readonly string[]; readonly other: boolean }
  | { readonly column: string; readonly kind: 'binned'; readonly edges: readonly number[] };

export function cellsOf(axis: SqlAxis): number {
  return axis.kind === 'categorical' ? axis.categories.length + (axis.other ? 1 : 0) + 1 : axis.edges.length;
}

/** The CASE the template writes for an axis: categories in order, "(other)", "(missing)" last. */
function caseFor(axis: SqlAxis): string {
  const missing = cellsOf(axis) - 1;
  if (axis.kind === 'categorical') {
    const whens = axis.categories.map((c, i) => `WHEN ${axis.column} = '${c.replaceAll("'", "''")}' THEN ${i}`).join(' ');
    return `CASE WHEN ${axis.column} IS NULL THEN ${missing} ${whens} ELSE ${axis.other ? axis.categories.length : 'NULL'} END`;
  }
  // The template's numeric coding: bin i is [edge i, edge i+1), the last bin closed (ELSE).
  const bins = axis.edges.length - 1;
  const whens = axis.edges
    .slice(1, bins)
    .map((e, i) => `WHEN ${axis.column} < ${e} THEN ${i}`)
    .join(' ');
  return `CASE WHEN ${axis.column} IS NULL THEN ${missing} ${whens} ELSE ${bins - 1} END`;
}

/** Replaces every `from`, failing when the template holds it other than `times` times. */
export function replaceExactly(sql: string, from: string | RegExp, to: string, times = 1): string {
  const pattern = typeof from === 'string' ? from : new RegExp(from, 'g');
  const matches = typeof pattern === 'string' ? sql.split(pattern).length - 1 : (sql.match(pattern) ?? []).length;
  if (matches !== times) throw new Error(`query 4: expected ${String(from)} ${times} times, found it ${matches} times`);
  return sql.replaceAll(pattern, to);
}

/** Query 4 of the template for any 1–3 axes: the CASEs, the row-major cell, the grid, columns and shape. */
export function tableQuery(axes: readonly SqlAxis[], dialect: Dialect, template = templateQueries(templateText(dialect))[3]): string {
  const aliases = ['a', 'b', 'c'].slice(0, axes.length);
  const shape = axes.map(cellsOf);
  const coded = axes.map((a, k) => `${caseFor(a)} AS ${aliases[k]}`).join(',\n    ');
  // Row-major, last column fastest: ((a * |b|) + b) * |c| + c.
  const cell = aliases.slice(1).reduce((expr, alias, k) => `(${expr}) * ${shape[k + 1]} + ${alias}`, aliases[0]);
  let sql = replaceExactly(template, /CASE WHEN species IS NULL[\s\S]*?END AS b/, coded);
  // Spark groups by the expression itself, so it appears twice there.
  sql = replaceExactly(sql, 'a * 4 + b', cell, dialect.name === 'spark' ? 2 : 1);
  sql = replaceExactly(sql, dialect.grid('4 * 4'), dialect.grid(shape.join(' * ')));
  sql = replaceExactly(sql, dialect.list(["'species'", "'island'"]), dialect.list(axes.map((a) => `'${a.column}'`)));
  return replaceExactly(sql, dialect.list(['4', '4']), dialect.list(shape.map(String)));
}

/** A database the template suite runs on: a query's rows as plain objects, integers as numbers. */
export type RunSql = (sql: string) => Promise<Record<string, unknown>[]>;
