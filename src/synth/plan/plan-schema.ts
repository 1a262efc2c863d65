import type { ColumnSchema } from '../../stats/schema.ts';
import { compileDatetimeFormat, datetimeTextPattern, formatDatetime } from '../../stats/schema/datetime-format.ts';
import type { Axis, BinnedAxis } from '../../stats/tables/axis.ts';
import { MISSING_LABEL } from '../../stats/tables/axis.ts';
import type { Targets } from '../../stats/tables/targets.ts';
import { ANY_LABEL, MAX_REASON_LENGTH } from './plan.ts';

export interface PlanSchemaOptions {
  /** Most proposals in one plan (the paper's m). */
  readonly maxProposals: number;
  /** Most records one proposal may ask for. */
  readonly maxCount: number;
}

/** A JSON Schema document: plain data, JSON.stringify-able. */
export type JsonSchema = { readonly [key: string]: unknown };

/**
 * The JSON Schema of a plan over `targets`, for grammar-constrained decoding
 * (XGrammar in WebLLM, llama.cpp's json-schema-to-grammar in wllama).
 *
 * Every property is required and bounded, and `additionalProperties: false`
 * everywhere: optional properties make constrained decoding slow on small
 * models, and unbounded strings or arrays let them run to the token limit.
 * Only keywords both converters support are used: type, enum, anyOf, items
 * with minItems/maxItems (not prefixItems), minimum/maximum, maxLength.
 * llama.cpp enforces minimum/maximum on integers only, XGrammar and llama.cpp
 * neither compare dates: validatePlan re-checks every bound anyway.
 *
 * Per column: a categorical axis is an enum of its cells plus "(any)"; a
 * binned axis is `[min, max]` or one of "(missing)", "(any)", which needs an
 * anyOf because the value is either an array or a string.
 */
export function planJsonSchema(targets: Targets, options: PlanSchemaOptions): JsonSchema {
  const { maxProposals, maxCount } = options;
  for (const [name, value] of Object.entries(options)) {
    if (!Number.isInteger(value) || value < 1) throw new RangeError(`plan schema: ${name} must be a positive integer, got ${value}`);
  }
  const columns = new Map(targets.schema.columns.map((c) => [c.name, c]));
  const values = strictObject(Object.fromEntries(targets.axes.map((axis) => [axis.column, axisSchema(axis, columns.get(axis.column))])));
  const proposal = strictObject({ values, count: { type: 'integer', minimum: 1, maximum: maxCount } });
  return strictObject({
    proposals: { type: 'array', items: proposal, minItems: 1, maxItems: maxProposals },
    reason: { type: 'string', maxLength: MAX_REASON_LENGTH },
  });
}

function strictObject(properties: Record<string, JsonSchema>): JsonSchema {
  return { type: 'object', properties, required: Object.keys(properties), additionalProperties: false };
}

function axisSchema(axis: Axis, column: ColumnSchema | undefined): JsonSchema {
  if (axis.kind === 'categorical') return { enum: [...axis.labels, ANY_LABEL] };
  const open = { enum: [MISSING_LABEL, ANY_LABEL] };
  // An all-missing column has no edges: "(missing)" is the only value it can take.
  if (axis.edges.length === 0) return open;
  return { anyOf: [{ type: 'array', items: boundSchema(axis, column), minItems: 2, maxItems: 2 }, open] };
}

function boundSchema(axis: BinnedAxis, column: ColumnSchema | undefined): JsonSchema {
  const first = axis.edges[0];
  const last = axis.edges[axis.edges.length - 1];
  if (column?.kind === 'datetime') return dateSchema({ format: column.format, first, last });
  if (column?.kind === 'numeric' && column.integer) {
    return { type: 'integer', minimum: Math.ceil(first), maximum: Math.floor(last) };
  }
  // Also datetime axes whose targets lack the column's format: bounds in milliseconds, which validatePlan accepts.
  return { type: 'number', minimum: first, maximum: last };
}

/**
 * A date bound as text in the column's format. Strings have no minimum or
 * maximum in JSON Schema, so the bounds go in the description (for a prompt
 * that shows the schema) and the shape in a pattern of digits, names and
 * literals, so a small model cannot write "early 2014"; maxLength is the
 * widest text the format writes.
 */
function dateSchema(options: { format: string; first: number; last: number }): JsonSchema {
  const { format, first, last } = options;
  const compiled = compileDatetimeFormat(format);
  if (!('parts' in compiled)) throw new RangeError(`plan schema: date format "${format}" ${compiled.problem}`);
  const { pattern, maxLength } = datetimeTextPattern(compiled.parts);
  return {
    type: 'string',
    description: `a date written ${format}, from ${formatDatetime(first, format)} to ${formatDatetime(last, format)}`,
    pattern,
    maxLength,
  };
}
