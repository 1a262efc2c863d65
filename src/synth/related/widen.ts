import type { Column } from '../../stats/column.ts';
import type { Dataset } from '../../stats/dataset.ts';
import { InputError } from '../../stats/input-error.ts';
import { checkRelationship } from '../../stats/metrics/multi-table/check-relationship.ts';
import { keyValues } from '../../stats/metrics/multi-table/key-values.ts';
import type { ColumnSchema } from '../../stats/schema.ts';
import { memberLayout } from './member-layout.ts';
import { slotColumn, type RelatedLayout } from '../../stats/related/related-layout.ts';
import { MAX_MEMBERS } from '../../stats/related/related-layout.ts';
import type { RelatedData } from './related-data.ts';

/**
 * One record per parent holding its members (the encoding the loop works
 * on, so a proposal describes a household with its members, gaps are
 * measured across the two levels and the refine phase swaps whole
 * households): the parent's columns but the key, the member count, then
 * each child column once per member slot (member-layout.ts), missing where
 * the parent has fewer members.
 */
export function widen(data: RelatedData): { wide: Dataset; layout: RelatedLayout } {
  const { parent, child, key } = data;
  const parentLabel = data.parentLabel ?? 'parent table';
  const childLabel = data.childLabel ?? 'child table';
  const row = (i: number) => `row ${i + 2}`;
  checkRelationship({ label: parentLabel, dataset: parent, key, rowName: row }, { label: childLabel, dataset: child, key, rowName: row });
  const parentKeys = keyValues(column(parent, key));
  const childKeys = keyValues(column(child, key));
  const index = new Map(parentKeys.map((k, i) => [k, i]));
  const groups: number[][] = parentKeys.map(() => []);
  childKeys.forEach((k, r) => groups[index.get(k) as number].push(r));
  groups.forEach((g, i) => {
    if (g.length > MAX_MEMBERS) {
      throw new InputError(
        `${childLabel}: ${key} "${parentKeys[i]}" has ${g.length} rows; at most ${MAX_MEMBERS} per parent row are supported — split or leave out the largest`,
      );
    }
  });
  const layout = memberLayout({ parent, child, key, groups, childLabel, ...(data.files ? { files: data.files } : {}) });
  if (layout.order) {
    const values = (column(child, layout.order) as Extract<Column, { type: 'numeric' }>).values;
    const rank = (r: number) => (Number.isNaN(values[r]) ? Number.NEGATIVE_INFINITY : values[r]);
    for (const g of groups) g.sort((a, b) => rank(b) - rank(a) || a - b);
  }

  const schema: ColumnSchema[] = [];
  const columns: Column[] = [];
  parent.columns.forEach((c, i) => {
    if (c.name === key) return;
    schema.push(parent.schema.columns[i]);
    columns.push(c);
  });
  schema.push({ name: layout.count, kind: 'numeric', included: true, integer: true, decimals: 0 });
  columns.push({ type: 'numeric', name: layout.count, values: Float64Array.from(groups, (g) => g.length) });
  for (let k = 1; k <= layout.slots; k++) {
    for (const name of layout.columns) {
      const at = child.columns.findIndex((c) => c.name === name);
      const source = child.columns[at];
      const member = (g: number[]) => g[k - 1];
      schema.push({ ...child.schema.columns[at], name: slotColumn(name, k) });
      columns.push(
        source.type === 'numeric'
          ? { type: 'numeric', name: slotColumn(name, k), values: Float64Array.from(groups, (g) => (g.length >= k ? source.values[member(g)] : Number.NaN)) }
          : {
              type: 'categorical',
              name: slotColumn(name, k),
              dictionary: source.dictionary,
              codes: Uint32Array.from(groups, (g) => (g.length >= k ? source.codes[member(g)] : 0)),
            },
      );
    }
  }
  return { wide: { schema: { columns: schema }, columns, rowCount: parent.rowCount }, layout };
}

function column(dataset: Dataset, name: string): Column {
  return dataset.columns.find((c) => c.name === name) as Column;
}
