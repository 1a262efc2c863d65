import type { Targets } from '../../stats/tables/targets.ts';
import type { JsonSchema } from '../../synth/plan/plan-schema.ts';
import { MAX_SUGGESTED_RULES } from './rules-prompt.ts';

/** The operators a suggested condition may use: the rule language's (parse-rule.ts). */
export const RULE_OPS = ['=', '!=', '<', '<=', '>', '>=', 'in', 'not in'] as const;
export type RuleOp = (typeof RULE_OPS)[number];
/** Conditions before the "then" of one rule, and values in one condition: enough for real rules, bounded for decoding. */
export const MAX_RULE_CONDITIONS = 3;
export const MAX_CONDITION_VALUES = 8;

/**
 * The JSON Schema of a rules answer: `{"rules": [{"if": [condition], "then":
 * condition, "why": text}]}`, a condition being `{"column", "op", "values"}`
 * with the column an enum of the targets' columns, so a constrained model
 * cannot name a column that does not exist. Values are strings (a number is
 * written "18"); whether they fit their column is checked after, by
 * compiling the rule. Every property required: bounded, required
 * properties keep grammar-constrained decoding fast.
 */
export function rulesSchema(targets: Targets): JsonSchema {
  const condition = {
    type: 'object',
    properties: {
      column: { enum: targets.axes.map((a) => a.column) },
      op: { enum: [...RULE_OPS] },
      values: { type: 'array', items: { type: 'string', maxLength: 80 }, minItems: 1, maxItems: MAX_CONDITION_VALUES },
    },
    required: ['column', 'op', 'values'],
    additionalProperties: false,
  };
  const rule = {
    type: 'object',
    properties: {
      if: { type: 'array', items: condition, minItems: 1, maxItems: MAX_RULE_CONDITIONS },
      then: condition,
      why: { type: 'string', maxLength: 160 },
    },
    required: ['if', 'then', 'why'],
    additionalProperties: false,
  };
  return {
    type: 'object',
    properties: { rules: { type: 'array', items: rule, minItems: 0, maxItems: MAX_SUGGESTED_RULES } },
    required: ['rules'],
    additionalProperties: false,
  };
}
