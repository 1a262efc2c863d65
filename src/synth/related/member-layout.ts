import type { Column } from '../../stats/column.ts';
import type { Dataset } from '../../stats/dataset.ts';
import { InputError } from '../../stats/input-error.ts';
import { slotColumn, type RelatedLayout } from '../../stats/related/related-layout.ts';

/**
 * The layout of a child table in its parent's records (RelatedLayout):
 * sequence columns (1..n inside every parent, such as a person number) are
 * not slots, members are ordered by the first numeric child column that is
 * not a sequence, largest first (age in a household puts the reference
 * person first), so slot 1 means the same kind of member in every record.
 */
export function memberLayout(options: {
  parent: Dataset;
  child: Dataset;
  key: string;
  groups: readonly (readonly number[])[];
  childLabel: string;
  files?: { readonly parent: string; readonly child: string };
}): RelatedLayout {
  const { parent, child, key, groups } = options;
  const slots = groups.reduce((m, g) => Math.max(m, g.length), 0);
  const candidates = child.columns.filter((c, i) => c.name !== key && child.schema.columns[i].included);
  const sequences = candidates.filter((c) => isSequence(c, groups)).map((c) => c.name);
  const columns = candidates.filter((c) => !sequences.includes(c.name)).map((c) => c.name);
  const order = child.columns.find((c) => c.type === 'numeric' && columns.includes(c.name))?.name ?? null;
  const taken = new Set(parent.columns.map((c) => c.name));
  let count = 'members';
  while (taken.has(count)) count = `${count}_`;
  for (const c of columns) {
    for (let k = 1; k <= slots; k++) {
      if (taken.has(slotColumn(c, k))) {
        throw new InputError(
          `${options.childLabel}: column "${c}" would be held as "${slotColumn(c, k)}", which the parent table already has; rename one of them`,
        );
      }
    }
  }
  const filled = columns.filter((name) => {
    const c = child.columns.find((x) => x.name === name) as Column;
    return c.type === 'numeric' ? !c.values.some(Number.isNaN) : !c.codes.includes(0);
  });
  return {
    key,
    slots,
    columns,
    sequences,
    order,
    count,
    filled,
    parentSchema: parent.schema,
    childSchema: child.schema,
    rules: [],
    files: options.files ?? { parent: 'parent.csv', child: 'child.csv' },
  };
}

/** 1, 2, …, n inside every parent, in row order. */
function isSequence(column: Column, groups: readonly (readonly number[])[]): boolean {
  if (column.type !== 'numeric' || groups.length === 0) return false;
  return groups.every((rows) => rows.every((r, i) => column.values[r] === i + 1));
}
