import { InputError } from '../input-error.ts';
import { readTable } from '../ingest/read-table.ts';
import { rowLabel } from '../ingest/row-label.ts';
import { MAX_TABLE_CELLS } from '../stats-json/stats-json-limits.ts';
import { cellCount, naturalOrder, type AggregateTable } from './aggregate-table.ts';

/** Variables of one table at most: a published cross-tabulation has a handful. */
export const MAX_TABLE_VARIABLES = 8;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** Shares may be rounded as published: they must sum to 1 (or 100) within this relative margin. */
const SHARE_SUM_MARGIN = 0.02;

/**
 * Reads an aggregate table (CSV, TSV, JSON records or Parquet, as data files
 * are read): every column is a variable but one named `count` or `share`
 * (any case). Refused, with the file, row, column and value and what to do:
 * no count or share column, or both; no variable; a count that is empty, not
 * a number or negative; an empty variable cell (a total row); the same
 * combination twice; shares that do not sum to 1 or 100; a table of more
 * than MAX_TABLE_CELLS cells.
 */
export async function readAggregateTable(file: { name: string; bytes: Uint8Array }): Promise<AggregateTable> {
  const raw = await readTable(file);
  const source = file.name;
  const measures = raw.columns.filter((c) => /^(count|share)$/i.test(c.name.trim()));
  if (measures.length !== 1) {
    throw new InputError(
      measures.length === 0
        ? `${source}: no count or share column; an aggregate table has one column per variable and a "count" (or "share") column`
        : `${source}: both ${measures.map((m) => `"${m.name}"`).join(' and ')} columns; keep one, so the table says whether it gives counts or shares`,
    );
  }
  const measure = measures[0];
  const kind = measure.name.trim().toLowerCase() === 'share' ? 'share' : 'count';
  const variables = raw.columns.filter((c) => c !== measure);
  if (variables.length === 0) throw new InputError(`${source}: only a ${kind} column; add the columns the ${kind}s are of (e.g. origin, time_bin)`);
  if (variables.length > MAX_TABLE_VARIABLES) {
    throw new InputError(`${source}: ${variables.length} variables; at most ${MAX_TABLE_VARIABLES} per table are supported — split the table`);
  }
  const categories = variables.map((v) => {
    const empty = v.codes.findIndex((code) => v.values[code] === '');
    if (empty >= 0) {
      throw new InputError(
        `${source}: ${rowLabel(raw, empty)}, column "${v.name}" is empty; every row names a category of every variable (a total row? leave it out)`,
      );
    }
    return [...new Set(v.values)].sort(naturalOrder);
  });
  const cells = cellCount(categories);
  if (cells > MAX_TABLE_CELLS) {
    throw new InputError(`${source}: its variables span ${cells.toLocaleString('en')} cells; at most ${MAX_TABLE_CELLS.toLocaleString('en')} are supported`);
  }
  const position = categories.map((c) => new Map(c.map((label, i) => [label, i])));
  // Per variable, the category index of each of its dictionary values.
  const index = variables.map((v, j) => v.values.map((label) => position[j].get(label) as number));
  const counts = new Float64Array(cells);
  const seen = new Int32Array(cells).fill(-1);
  let total = 0;
  for (let r = 0; r < raw.rowCount; r++) {
    const written = measure.values[measure.codes[r]];
    const value = NUMBER.test(written.trim()) ? Number(written.trim()) : Number.NaN;
    if (!(value >= 0) || !Number.isFinite(value)) {
      const what = written === '' ? 'is empty' : `holds "${written}", which is ${Number.isNaN(value) ? 'not a number' : 'negative'}`;
      throw new InputError(`${source}: ${rowLabel(raw, r)}, column "${measure.name}" ${what}; give a ${kind} of 0 or more`);
    }
    let flat = 0;
    for (let j = 0; j < variables.length; j++) flat = flat * categories[j].length + index[j][variables[j].codes[r]];
    if (seen[flat] >= 0) {
      const combination = variables.map((v) => `${v.name}=${v.values[v.codes[r]]}`).join(', ');
      throw new InputError(`${source}: ${rowLabel(raw, r)} repeats ${rowLabel(raw, seen[flat])} (${combination}); give each combination once`);
    }
    seen[flat] = r;
    counts[flat] = value;
    total += value;
  }
  if (!(total > 0)) throw new InputError(`${source}: every ${kind} is 0; the table says nothing about how records are spread`);
  if (kind === 'share' && !(Math.abs(total - 1) <= SHARE_SUM_MARGIN || Math.abs(total - 100) <= 100 * SHARE_SUM_MARGIN)) {
    throw new InputError(`${source}: the shares sum to ${total}; give shares of all records, summing to 1 (or to 100 for percentages)`);
  }
  return { source, variables: variables.map((v) => v.name), categories, kind, counts, total };
}
