import type { ColumnSchema, Schema } from '../schema.ts';
import type { JsonReader } from './json-reader.ts';

const KINDS = ['categorical', 'boolean', 'numeric', 'datetime', 'identifier', 'text'] as const;

export interface SchemaJson {
  columns: ColumnSchema[];
}

export function schemaToJson(schema: Schema): SchemaJson {
  return { columns: schema.columns.map((c) => ({ ...c })) };
}

/** Reads and checks the schema block of stats.json (column names, kinds, formats, missing tokens). */
export function readSchemaJson(reader: JsonReader): Schema {
  const columns = reader.object().at('columns').array().map(readColumn);
  const seen = new Set<string>();
  columns.forEach((c, i) => {
    if (seen.has(c.name)) reader.at('columns').at(i).fail(`column "${c.name}" appears twice`);
    seen.add(c.name);
  });
  return { columns };
}

function readColumn(r: JsonReader): ColumnSchema {
  r.object();
  const token = readMissingToken(r);
  const typed = readTypedColumn(r);
  // Last, as inferSchema puts it, so a schema read back writes the same JSON.
  return token === undefined ? typed : { ...typed, missingToken: token };
}

function readTypedColumn(r: JsonReader): ColumnSchema {
  const name = r.at('name').string();
  const included = r.at('included').boolean();
  const kind = r.at('kind').string();
  if (kind === 'numeric') {
    const fixed = (r.value as { fixedDecimals?: unknown }).fixedDecimals;
    const base = { name, included, kind, integer: r.at('integer').boolean(), decimals: r.at('decimals').count() } as const;
    return fixed === undefined ? base : { ...base, fixedDecimals: r.at('fixedDecimals').boolean() };
  }
  if (kind === 'datetime') return { name, included, kind, format: r.at('format').string() };
  if (kind === 'categorical' || kind === 'boolean' || kind === 'identifier' || kind === 'text') return { name, included, kind };
  return r.at('kind').fail(`unknown kind "${kind}" (kinds: ${KINDS.join(', ')})`);
}

/** Older stats.json have no missingToken: their missing values were written empty, and still are. */
function readMissingToken(r: JsonReader): string | undefined {
  if ((r.value as { missingToken?: unknown }).missingToken === undefined) return undefined;
  return r.at('missingToken').string();
}
