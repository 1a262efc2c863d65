import { InputError } from '../input-error.ts';
import type { RawColumn } from '../raw-table.ts';
import type { ColumnKind, ColumnSchema } from '../schema.ts';
import { compileDatetimeFormat } from './datetime-pattern.ts';
import { detectDatetimeFormat } from './detect-datetime-format.ts';
import { readNumber, summarizeNumbers } from './numeric-text.ts';
import type { SchemaOverrides } from './schema-overrides.ts';

/** Identifiers and free text are left out of statistics unless the user includes them. */
function includedByDefault(kind: ColumnKind): boolean {
  return kind !== 'identifier' && kind !== 'text';
}

/**
 * The inferred schema of one column corrected by the user: a kind, a format
 * (which alone means "datetime") and/or `included`. Values that do not fit the
 * chosen kind are reported later, by encodeDataset, with their row.
 */
export function applyColumnOverride(options: { source: string; column: RawColumn; inferred: ColumnSchema; override: SchemaOverrides[string] }): ColumnSchema {
  const { source, column, inferred, override } = options;
  const name = column.name;
  const kind = override.kind ?? (override.format !== undefined ? 'datetime' : inferred.kind);
  const included = override.included ?? (kind === inferred.kind ? inferred.included : includedByDefault(kind));
  if (kind === inferred.kind && override.format === undefined) return { ...inferred, included };
  const present = column.values.filter((v) => v !== '');

  if (kind === 'numeric') {
    // Decimals from the values that are numbers; encodeDataset names any that are not.
    const numbers = summarizeNumbers(present.filter((v) => readNumber(v) !== null)) ?? { integer: true, decimals: 0 };
    return { name, kind, included, ...numbers };
  }
  if (kind === 'datetime') {
    const format = override.format ?? (inferred.kind === 'datetime' ? inferred.format : detectDatetimeFormat(present));
    if (format === null) {
      throw new InputError(
        `${source}: column "${name}" is marked as a date, but no known date format fits its values (such as "${present[0] ?? ''}"); give its format, e.g. %Y-%m-%d %H:%M:%S`,
      );
    }
    const compiled = compileDatetimeFormat(format);
    if ('problem' in compiled) throw new InputError(`${source}: column "${name}" has date format "${format}", which ${compiled.problem}`);
    return { name, kind, included, format };
  }
  return { name, kind, included };
}
