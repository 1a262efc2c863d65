import type { Column } from '../../stats/column.ts';
import type { Dataset } from '../../stats/dataset.ts';
import { isNumericKind, type ColumnSchema } from '../../stats/schema.ts';
import { excludedColumn } from '../engine/column-from-cells.ts';
import { slotColumn, type RelatedLayout } from '../../stats/related/related-layout.ts';

/**
 * Synthetic parent records (widen.ts's encoding) back to two tables in the
 * input's schemas: parent i gets key i + 1, and one child row per member up to
 * its member count, members in slot order, sequence columns numbered 1..n.
 * Every child names its parent, so there are no orphans by construction.
 */
export function narrow(options: { wide: Dataset; layout: RelatedLayout }): { parent: Dataset; child: Dataset } {
  const { wide, layout } = options;
  const counts = (find(wide, layout.count) as Extract<Column, { type: 'numeric' }> | undefined)?.values ?? new Float64Array(wide.rowCount);
  const members = Array.from(counts, (c) => Math.max(0, Math.min(layout.slots, Math.round(Number.isNaN(c) ? 0 : c))));
  const owner: number[] = [];
  const slot: number[] = [];
  members.forEach((m, i) => {
    for (let k = 1; k <= m; k++) {
      owner.push(i);
      slot.push(k);
    }
  });

  const parentColumns = layout.parentSchema.columns.map((schema) =>
    schema.name === layout.key
      ? keyColumn(
          schema,
          Array.from({ length: wide.rowCount }, (_, i) => i),
        )
      : (find(wide, schema.name) ?? excludedColumn(schema, wide.rowCount)),
  );
  const childColumns = layout.childSchema.columns.map((schema): Column => {
    if (schema.name === layout.key) return keyColumn(schema, owner);
    if (layout.sequences.includes(schema.name)) return { type: 'numeric', name: schema.name, values: Float64Array.from(slot) };
    if (!layout.columns.includes(schema.name)) return excludedColumn(schema, owner.length);
    // Each slot's column looked up once, not once per member row.
    const slots = Array.from({ length: layout.slots + 1 }, (_, k) => (k === 0 ? undefined : find(wide, slotColumn(schema.name, k))));
    return gather({ name: schema.name, rows: owner, from: (k) => slots[k], slot });
  });
  return {
    parent: { schema: layout.parentSchema, columns: parentColumns, rowCount: wide.rowCount },
    child: { schema: layout.childSchema, columns: childColumns, rowCount: owner.length },
  };
}

/** Parent i's key is i + 1, written as the input's key column holds it (numbers or text). */
function keyColumn(schema: ColumnSchema, parents: readonly number[]): Column {
  if (isNumericKind(schema.kind)) return { type: 'numeric', name: schema.name, values: Float64Array.from(parents, (p) => p + 1) };
  const most = parents.reduce((m, p) => Math.max(m, p + 1), 0);
  const dictionary = [null, ...Array.from({ length: most }, (_, i) => String(i + 1))];
  return { type: 'categorical', name: schema.name, dictionary, codes: Uint32Array.from(parents, (p) => p + 1) };
}

/** Child column `name` of each member: row `rows[j]`'s slot `slot[j]` column. */
function gather(options: { name: string; rows: readonly number[]; slot: readonly number[]; from: (k: number) => Column | undefined }): Column {
  const { name, rows, slot } = options;
  const first = options.from(1);
  if (first?.type === 'numeric') {
    const values = Float64Array.from(rows, (r, j) => (options.from(slot[j]) as Extract<Column, { type: 'numeric' }> | undefined)?.values[r] ?? Number.NaN);
    return { type: 'numeric', name, values };
  }
  // Each slot column has its own dictionary (the synthetic data's): recode by value into one.
  const dictionary: (string | null)[] = [null];
  const code = new Map<string, number>();
  const codes = Uint32Array.from(rows, (r, j) => {
    const c = options.from(slot[j]);
    const value = c?.type === 'categorical' ? c.dictionary[c.codes[r]] : null;
    if (value === null || value === undefined) return 0;
    let at = code.get(value);
    if (at === undefined) {
      at = dictionary.length;
      dictionary.push(value);
      code.set(value, at);
    }
    return at;
  });
  return { type: 'categorical', name, dictionary, codes };
}

function find(dataset: Dataset, name: string): Column | undefined {
  return dataset.columns.find((c) => c.name === name);
}
