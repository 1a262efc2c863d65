import type { Schema } from '../schema.ts';

/**
 * How a child table's rows are held in its parent's record (the population
 * task's households and members): the parent's columns but `key`, the member
 * count `count`, then each of `columns` once per member slot 1…`slots`
 * (slotColumn). `sequences` are child columns numbered 1…n inside every
 * parent, written back as the member's position; `order` the column members
 * are sorted by (largest first); `filled` the member columns the data never
 * left empty for a member. The two schemas are the input tables', so the
 * output is written in their columns and formats.
 */
export interface RelatedLayout {
  readonly key: string;
  readonly count: string;
  readonly slots: number;
  readonly columns: readonly string[];
  readonly sequences: readonly string[];
  readonly order: string | null;
  readonly filled: readonly string[];
  readonly parentSchema: Schema;
  readonly childSchema: Schema;
  /** Rules every parent record of the data keeps with its members (mine-rules.ts), in count-rules syntax; kept while sampling. */
  readonly rules: readonly string[];
  /** The input files' names, so the output files can have them too (`generate --stats --out-dir`). */
  readonly files: { readonly parent: string; readonly child: string };
}

/** Members a parent may have at most: each is a slot of columns in its record. */
export const MAX_MEMBERS = 20;

/** Child column `column` of member `member` (1-based) in the parent's record. */
export function slotColumn(column: string, member: number): string {
  return `${column}#${member}`;
}
