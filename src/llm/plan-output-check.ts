import type { Plan } from '../synth/plan/plan.ts';
import { describeValue } from '../synth/plan/validate/describe-value.ts';
import { parsePlanText } from '../synth/plan/validate/parse-plan-text.ts';
import type { PlanContext } from '../synth/plan/validate/validate-plan.ts';
import { validatePlan } from '../synth/plan/validate/validate-plan.ts';
import type { GenerateResult } from './llm-types.ts';

/** Why a model's answer cannot be used as a plan (docs/runtimes.md "Small models and structured output"). */
export type OutputProblem = 'truncated' | 'not-json' | 'schema-echo' | 'no-usable-proposal';

export type PlanCheck =
  { readonly ok: true; readonly plan: Plan; readonly records: number } | { readonly ok: false; readonly problem: OutputProblem; readonly detail: string };

/** Each problem in plain words, to follow a model's name: "Qwen2.5-0.5B answered with …". */
export const OUTPUT_PROBLEM_WORDS: Readonly<Record<OutputProblem, string>> = {
  truncated: 'ran out of tokens before the plan was complete',
  'not-json': 'did not answer with JSON',
  'schema-echo': 'answered with the JSON schema instead of a plan',
  'no-usable-proposal': 'wrote a plan with no usable proposal',
};

/** Keywords of JSON Schema itself; a plan has none of them at its top level. */
const SCHEMA_KEYS = ['$schema', '$defs', 'type', 'properties', 'required', 'additionalProperties', 'items', 'anyOf', 'enum'];

/**
 * Whether a model's answer is a usable plan: not cut off at the token limit,
 * JSON, not the schema echoed back (small models do that: they copy the
 * `{"type": "object", "properties": …}` they were shown), and with at least
 * one proposal left after validatePlan. `records` is what the plan asks for
 * in all.
 */
export function checkPlanOutput(result: GenerateResult, context: PlanContext): PlanCheck {
  if (result.finishReason === 'length') {
    return { ok: false, problem: 'truncated', detail: `the answer stopped at the token limit after ${result.usage.completionTokens} tokens` };
  }
  const parsed = parsePlanText(result.text);
  if (!parsed.ok) return { ok: false, problem: 'not-json', detail: `the answer is not JSON: ${describeValue(result.text)}` };
  if (isSchemaEcho(parsed.value)) return { ok: false, problem: 'schema-echo', detail: `the answer is a JSON schema: ${describeValue(result.text)}` };
  const { plan, repairs } = validatePlan(parsed.value, context);
  if (plan.proposals.length === 0) {
    const why = repairs
      .map((r) => r.message)
      .slice(0, 3)
      .join('; ');
    return { ok: false, problem: 'no-usable-proposal', detail: why || 'the plan has no proposals' };
  }
  return { ok: true, plan, records: plan.proposals.reduce((sum, p) => sum + p.count, 0) };
}

function isSchemaEcho(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const proposals = value.proposals;
  if (Array.isArray(proposals)) return false;
  // Either the schema whole, or its properties with their schemas: {"proposals": {"type": "array", …}}.
  return SCHEMA_KEYS.some((key) => key in value) || (isRecord(proposals) && SCHEMA_KEYS.some((key) => key in proposals));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
