import type { JsonSchema } from '../../synth/plan/plan-schema.ts';
import type { StructureSummary } from '../../synth/planner/planner.ts';

/** Columns in one suggested group: a pair at least, four at most (a joint table's cells grow as a product). */
export const MIN_GROUP_COLUMNS = 2;
export const MAX_GROUP_COLUMNS = 4;
/** The paper asks the LLM for up to 3 groups. */
export const MAX_STRUCTURE_GROUPS = 3;

/**
 * The JSON Schema of a structure answer: `{"groups": [[column, …], …]}`, at
 * most 3 groups (fewer when the summary asks for fewer) of 2–4 column names,
 * each name an enum of the summary's columns. Wrapped in an object rather
 * than a bare array: JSON modes of some runtimes only start objects, and
 * bounded, required properties keep grammar-constrained decoding fast.
 */
export function structureSchema(summary: StructureSummary): JsonSchema {
  const names = summary.columns.map((c) => c.name);
  const group = {
    type: 'array',
    items: { enum: names },
    minItems: MIN_GROUP_COLUMNS,
    maxItems: Math.min(MAX_GROUP_COLUMNS, Math.max(MIN_GROUP_COLUMNS, names.length)),
  };
  const groups = { type: 'array', items: group, minItems: 0, maxItems: Math.max(0, Math.min(MAX_STRUCTURE_GROUPS, summary.maxGroups)) };
  return { type: 'object', properties: { groups }, required: ['groups'], additionalProperties: false };
}
