import { codeCount, type RawTable } from '../raw-table.ts';
import type { Schema } from '../schema.ts';
import { applyColumnOverride } from './apply-column-override.ts';
import { countCodes } from '../count-codes.ts';
import { inferColumnSchema } from './infer-column-schema.ts';
import { mostFrequentMissingToken } from './missing-tokens.ts';
import { checkOverrideNames, type SchemaOverrides } from './schema-overrides.ts';

/**
 * Each column's kind from its distinct values (infer-column-schema.ts), then
 * the user's overrides on top, and how the column wrote missing values.
 * Column order is the file's.
 */
export function inferSchema(raw: RawTable, options?: { overrides?: SchemaOverrides }): Schema {
  const overrides = options?.overrides ?? {};
  checkOverrideNames(overrides, raw);
  const columns = raw.columns.map((column) => {
    const inferred = inferColumnSchema({ column, counts: countCodes(column.codes, codeCount(column)), rowCount: raw.rowCount });
    const override = Object.hasOwn(overrides, column.name) ? overrides[column.name] : undefined;
    const typed = override ? applyColumnOverride({ source: raw.source, column, inferred, override }) : inferred;
    // Whatever the kind, missing values are written back as the file wrote them; '' needs no entry.
    const missingToken = mostFrequentMissingToken(column.missingSpellings);
    return missingToken === '' ? typed : { ...typed, missingToken };
  });
  return { columns };
}
