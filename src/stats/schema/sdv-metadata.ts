import { InputError } from '../input-error.ts';
import type { ColumnKind } from '../schema.ts';
import { compileDatetimeFormat } from './datetime-pattern.ts';
import type { SchemaOverrides } from './schema-overrides.ts';

/** SDV sdtypes we map; any other sdtype (email, phone_number, address…) is PII-like free text. */
const KIND_OF_SDTYPE: Record<string, ColumnKind> = {
  numerical: 'numeric',
  categorical: 'categorical',
  boolean: 'boolean',
  datetime: 'datetime',
  id: 'identifier',
};

/**
 * SDV / SDMetrics metadata to overrides: single-table `{"columns": {...}}` or
 * the multi-table form holding exactly one table. Identifiers and PII sdtypes
 * are left out of statistics, as SDV leaves them out of modelling. Columns the
 * data lacks are reported by inferSchema, which knows the data.
 */
export function overridesFromSdvMetadata(json: unknown, source: string): SchemaOverrides {
  const table = singleTable(json, source);
  const columns = table.columns;
  if (!isRecord(columns)) {
    throw new InputError(`${source}: no "columns" object; SDV metadata looks like {"columns": {"age": {"sdtype": "numerical"}}}`);
  }
  const overrides: SchemaOverrides = {};
  for (const [name, spec] of Object.entries(columns)) {
    if (!isRecord(spec) || typeof spec.sdtype !== 'string') {
      throw new InputError(`${source}: column "${name}" has no "sdtype"; give one such as "numerical" or "categorical"`);
    }
    const kind = KIND_OF_SDTYPE[spec.sdtype] ?? 'text';
    const format = spec.datetime_format;
    if (format !== undefined && typeof format !== 'string') {
      throw new InputError(`${source}: column "${name}" has a datetime_format that is not text; write it like "%Y-%m-%d"`);
    }
    const compiled = kind === 'datetime' && format !== undefined ? compileDatetimeFormat(format) : undefined;
    if (compiled !== undefined && 'problem' in compiled) {
      throw new InputError(`${source}: column "${name}" datetime_format "${format}" ${compiled.problem}`);
    }
    overrides[name] =
      kind === 'datetime' && format !== undefined ? { kind, format } : kind === 'identifier' || kind === 'text' ? { kind, included: false } : { kind };
  }
  return overrides;
}

function singleTable(json: unknown, source: string): Record<string, unknown> {
  if (!isRecord(json)) throw new InputError(`${source}: SDV metadata must be a JSON object with "columns"; check that this is the metadata file`);
  if (!isRecord(json.tables)) return json;
  const names = Object.keys(json.tables);
  if (names.length !== 1) {
    throw new InputError(`${source}: the metadata describes ${names.length} tables (${names.join(', ')}); Synthor works on one table, so keep only its entry`);
  }
  const table = json.tables[names[0]];
  if (!isRecord(table)) throw new InputError(`${source}: table "${names[0]}" is not an object; check the metadata file`);
  return table;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
