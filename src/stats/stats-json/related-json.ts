import type { RelatedLayout } from '../related/related-layout.ts';
import { MAX_MEMBERS, slotColumn } from '../related/related-layout.ts';
import type { Schema } from '../schema.ts';
import type { JsonReader } from './json-reader.ts';
import { readSchemaJson, schemaToJson, type SchemaJson } from './schema-json.ts';

export interface RelatedJson {
  key: string;
  count: string;
  slots: number;
  columns: string[];
  sequences: string[];
  order: string | null;
  filled: string[];
  parentSchema: SchemaJson;
  childSchema: SchemaJson;
  rules: string[];
  files: { parent: string; child: string };
}

export function relatedToJson(layout: RelatedLayout): RelatedJson {
  return {
    key: layout.key,
    count: layout.count,
    slots: layout.slots,
    columns: [...layout.columns],
    sequences: [...layout.sequences],
    order: layout.order,
    filled: [...layout.filled],
    parentSchema: schemaToJson(layout.parentSchema),
    childSchema: schemaToJson(layout.childSchema),
    rules: [...layout.rules],
    files: { ...layout.files },
  };
}

/**
 * Reads stats.json "related" against the records' schema: both tables hold
 * the key, the count and every slot column are numeric or as the child has
 * them in the records, and every name it lists is a column of the table it
 * belongs to — so writing the two tables back cannot meet a column it lacks.
 */
export function readRelatedJson(r: JsonReader, records: Schema): RelatedLayout {
  r.object();
  const key = r.at('key').string();
  const count = r.at('count').string();
  const slots = r.at('slots').number();
  if (!Number.isInteger(slots) || slots < 1 || slots > MAX_MEMBERS) r.at('slots').fail(`expected a whole number from 1 to ${MAX_MEMBERS}, got ${slots}`);
  const parentSchema = readSchemaJson(r.at('parentSchema'));
  const childSchema = readSchemaJson(r.at('childSchema'));
  const has = (schema: Schema, name: string) => schema.columns.some((c) => c.name === name);
  if (!has(parentSchema, key)) r.at('key').fail(`the parent table has no column "${key}"`);
  if (!has(childSchema, key)) r.at('key').fail(`the child table has no column "${key}"`);
  const byName = new Map(records.columns.map((c) => [c.name, c]));
  if (byName.get(count)?.kind !== 'numeric') r.at('count').fail(`"${count}" is not a numeric column of the schema`);
  const childNames = (field: string) =>
    r
      .at(field)
      .strings()
      .map((name, i) => {
        if (!has(childSchema, name) || name === key) r.at(field).at(i).fail(`"${name}" is not a column of the child table`);
        return name;
      });
  const columns = childNames('columns');
  const sequences = childNames('sequences');
  const filled = childNames('filled');
  for (const name of columns) {
    const kind = childSchema.columns.find((c) => c.name === name)?.kind;
    for (let k = 1; k <= slots; k++) {
      const slot = byName.get(slotColumn(name, k));
      if (!slot || slot.kind !== kind) r.at('columns').fail(`the schema has no ${kind} column "${slotColumn(name, k)}" for member ${k}'s "${name}"`);
    }
  }
  const order = r.at('order').value === null ? null : r.at('order').string();
  if (order !== null && !columns.includes(order)) r.at('order').fail(`"${order}" is not one of the member columns`);
  for (const c of parentSchema.columns) {
    if (c.name !== key && c.included && !byName.has(c.name)) r.at('parentSchema').fail(`column "${c.name}" is not in the records' schema`);
  }
  const fileName = (field: 'parent' | 'child') => {
    const name = r.at('files').object().at(field).string();
    // A bare file name: it is joined to --out-dir, so a folder or ".." would write elsewhere.
    if (!/^[^/\\\0]{1,200}$/.test(name) || name === '.' || name === '..') r.at('files').at(field).fail(`"${name}" is not a plain file name`);
    return name;
  };
  const files = { parent: fileName('parent'), child: fileName('child') };
  if (files.parent === files.child) r.at('files').fail('the two tables need different file names');
  // Checked as rules when the run compiles them against the tables (count-rules.ts names what is wrong).
  const rules = r.at('rules').strings();
  if (rules.length > 1000) r.at('rules').fail(`${rules.length} rules; at most 1000`);
  return { key, count, slots, columns, sequences, order, filled, parentSchema, childSchema, files, rules };
}
