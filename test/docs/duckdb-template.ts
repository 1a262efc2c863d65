import { readFileSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';

/**
 * docs/sql/duckdb.sql as a user applies it (docs/aggregates-from-sql.md, "replace the names
 * and the category / edge lists"): the queries in order, comments dropped, and query 4
 * re-coded for another table by replacing exactly the parts the doc says to replace.
 */
export const TEMPLATE = readFileSync(new URL('../../docs/sql/duckdb.sql', import.meta.url), 'utf8');

/** The template's statements, comments dropped: [rowCount, categories, edges, table]. */
export function templateQueries(sql = TEMPLATE): string[] {
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

/** Replaces `from` once, failing when the template no longer holds it exactly once. */
function replaceOnce(sql: string, from: string | RegExp, to: string): string {
  const matches = typeof from === 'string' ? sql.split(from).length - 1 : (sql.match(new RegExp(from, 'g')) ?? []).length;
  if (matches !== 1) throw new Error(`docs/sql/duckdb.sql query 4: expected ${String(from)} once, found it ${matches} times`);
  return sql.replace(from, to);
}

/** Query 4 of the template for any 1–3 axes: the CASEs, the row-major cell, the grid, columns and shape. */
export function tableQuery(axes: readonly SqlAxis[], template = templateQueries()[3]): string {
  const aliases = ['a', 'b', 'c'].slice(0, axes.length);
  const shape = axes.map(cellsOf);
  const coded = axes.map((a, k) => `${caseFor(a)} AS ${aliases[k]}`).join(',\n    ');
  // Row-major, last column fastest: ((a * |b|) + b) * |c| + c.
  const cell = aliases.slice(1).reduce((expr, alias, k) => `(${expr}) * ${shape[k + 1]} + ${alias}`, aliases[0]);
  let sql = replaceOnce(template, /CASE WHEN species IS NULL[\s\S]*?END AS b/, coded);
  sql = replaceOnce(sql, 'a * 4 + b', cell);
  sql = replaceOnce(sql, 'range(4 * 4)', `range(${shape.join(' * ')})`);
  sql = replaceOnce(sql, "['species', 'island']", `[${axes.map((a) => `'${a.column}'`).join(', ')}]`);
  return replaceOnce(sql, '[4, 4]', `[${shape.join(', ')}]`);
}

/** Rows as plain objects, BIGINTs as numbers. */
export async function rows(c: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  const reader = await c.runAndReadAll(sql);
  return JSON.parse(JSON.stringify(reader.getRowObjectsJS(), (_, v: unknown) => (typeof v === 'bigint' ? Number(v) : v))) as Record<string, unknown>[];
}
