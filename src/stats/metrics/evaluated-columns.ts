import type { Dataset } from '../dataset.ts';
import type { ColumnKind } from '../schema.ts';
import { InputError } from '../input-error.ts';

/**
 * Kinds the fidelity and disclosure-risk metrics look at. SDMetrics evaluates every
 * numerical, datetime, categorical and boolean column and skips id / pii
 * sdtypes, which are our identifier and text kinds.
 */
const EVALUATED: ReadonlySet<ColumnKind> = new Set(['numeric', 'datetime', 'categorical', 'boolean']);

/** Indexes (in schema order) of the columns the metrics evaluate. */
export function evaluatedColumns(dataset: Dataset): number[] {
  const out: number[] = [];
  dataset.schema.columns.forEach((c, i) => {
    if (EVALUATED.has(c.kind)) out.push(i);
  });
  return out;
}

/**
 * Real and compared datasets must share the schema (names and kinds, same
 * order), since every metric pairs column i with column i.
 */
export function assertSameColumns(real: Dataset, other: Dataset, label: string): void {
  const a = real.schema.columns;
  const b = other.schema.columns;
  if (a.length !== b.length) {
    throw new InputError(`${label}: has ${b.length} columns, the real data has ${a.length}; encode it with the real data's schema`);
  }
  a.forEach((c, i) => {
    if (c.name !== b[i].name || c.kind !== b[i].kind) {
      throw new InputError(
        `${label}: column ${i + 1} is "${b[i].name}" (${b[i].kind}), the real data has "${c.name}" (${c.kind}); encode it with the real data's schema`,
      );
    }
  });
}
