import { InputError } from '../input-error.ts';
import type { RawTable } from '../raw-table.ts';
import type { ColumnKind } from '../schema.ts';

/** What the user (or SDV metadata) says about columns, by name; anything left out is inferred. */
export type SchemaOverrides = Record<string, { kind?: ColumnKind; included?: boolean; format?: string }>;

/** Overrides must only name columns the data has: a typo would otherwise be ignored silently. */
export function checkOverrideNames(overrides: SchemaOverrides, raw: RawTable): void {
  const names = new Set(raw.columns.map((c) => c.name));
  const unknown = Object.keys(overrides).filter((name) => !names.has(name));
  if (unknown.length > 0) {
    const list = unknown.map((n) => `"${n}"`).join(', ');
    throw new InputError(
      `${raw.source}: the column settings name ${unknown.length > 1 ? 'columns' : 'a column'} not in the data: ${list}; check the spelling against the header or remove ${unknown.length > 1 ? 'them' : 'it'}`,
    );
  }
}

/** `top` wins field by field, so a user's `included: true` keeps the metadata's kind and format. */
export function mergeOverrides(base: SchemaOverrides, top: SchemaOverrides = {}): SchemaOverrides {
  const merged: SchemaOverrides = { ...base };
  for (const [name, override] of Object.entries(top)) merged[name] = { ...base[name], ...override };
  return merged;
}
