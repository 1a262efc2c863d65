import type { Targets } from '../stats/tables/targets.ts';
import type { AuditEntry } from '../synth/audit/audit-entry.ts';
import { compileRules } from '../synth/rules/compile-rules.ts';
import { auditEntry } from './audit-entry.ts';
import type { GenerateFn } from './llm-planner.ts';
import { DEFAULT_CONTEXT_TOKENS } from './prompts/proposal-prompt.ts';
import { rulesPrompt } from './prompts/rules-prompt.ts';
import { rulesSchema } from './prompts/rules-schema.ts';
import { readRuleAnswer } from './read-rule-answer.ts';
import { requestSeed } from './request-seed.ts';

/** A rules answer: five rules of three short conditions and a reason each. */
const RULES_MAX_TOKENS = 768;
/** Rules should be the model's surest knowledge, not its most inventive. */
const TEMPERATURE = 0.2;

export interface SuggestedRule {
  /** In the rule language, as it would run: what the user reads, edits and accepts. */
  readonly text: string;
  /** The model's reason, in its words. */
  readonly why: string;
}

export interface RuleSuggestions {
  /** Rules that compile against the targets, new to the run: offered to the user, never enforced unseen. */
  readonly rules: readonly SuggestedRule[];
  /** What the model wrote that is no rule here, each with why (unknown category, a number for a category column…). */
  readonly refused: readonly { readonly text: string; readonly why: string }[];
  /** Set when the model gave no usable answer at all. */
  readonly failed?: string;
  readonly usage: { readonly promptTokens: number; readonly completionTokens: number };
}

/**
 * Realism rules suggested by the model (LLMSynthor's v4 rules) from the
 * targets' column names, kinds, categories and ranges only (rulesPrompt),
 * each compiled against the targets so only rules that would run are
 * offered, and none the run already has. One request, audited. The caller
 * shows them to the user, who accepts, edits or rejects each.
 */
export async function suggestRules(options: {
  generate: GenerateFn;
  targets: Targets;
  seed: number;
  /** Rules the run already has: not offered again. */
  existing?: readonly string[];
  contextTokens?: number;
  audit?: (entry: AuditEntry) => void;
}): Promise<RuleSuggestions> {
  const { generate, targets } = options;
  const context = options.contextTokens ?? DEFAULT_CONTEXT_TOKENS;
  const request = {
    messages: rulesPrompt(targets, context - RULES_MAX_TOKENS),
    schema: rulesSchema(targets),
    maxTokens: RULES_MAX_TOKENS,
    temperature: TEMPERATURE,
    seed: requestSeed({ seed: options.seed, iteration: 0, attempt: 0 }),
  };
  const result = await generate(request);
  options.audit?.(auditEntry({ request, result, site: { purpose: 'rules', iteration: 0, attempt: 0 }, at: 0 }));
  const none = { promptTokens: 0, completionTokens: 0 };
  if (!result.ok) return { rules: [], refused: [], failed: result.error.message, usage: none };
  const usage = { promptTokens: result.value.usage.promptTokens, completionTokens: result.value.usage.completionTokens };
  if (result.value.finishReason !== 'stop') return { rules: [], refused: [], failed: 'the model ran out of tokens before it finished its rules', usage };
  const numbers = new Set(targets.schema.columns.filter((c) => c.kind === 'numeric').map((c) => c.name));
  const items = readRuleAnswer(result.value.text, (column) => numbers.has(column));
  if (items === null) return { rules: [], refused: [], failed: 'the model answered no list of rules', usage };
  const seen = new Set(options.existing?.map((r) => r.trim()) ?? []);
  const rules: SuggestedRule[] = [];
  const refused: { text: string; why: string }[] = [];
  for (const item of items) {
    if (!item.ok) refused.push({ text: item.text, why: item.why });
    else if (seen.has(item.text)) continue;
    else {
      const problem = compileProblem(item.text, targets);
      if (problem === null) rules.push({ text: item.text, why: item.why });
      else refused.push({ text: item.text, why: problem });
      seen.add(item.text);
    }
  }
  return { rules, refused, usage };
}

/** Why `text` does not compile against the targets, or null when it does. */
function compileProblem(text: string, targets: Targets): string | null {
  // Rules are kept one per line (rules files, the app's Rules box).
  if (/[\r\n\u2028\u2029]/.test(text)) return 'a name or category in it holds a line break, which a list of rules one per line cannot keep';
  try {
    compileRules([text], targets);
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}
