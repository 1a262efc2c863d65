import type { Targets } from '../stats/tables/targets.ts';
import type { AuditEntry } from '../synth/audit/audit-entry.ts';
import { parsePlanText } from '../synth/plan/validate/parse-plan-text.ts';
import { applyScenario } from '../synth/scenario/apply-scenario.ts';
import { parseScenario } from '../synth/scenario/parse-scenario.ts';
import { auditEntry } from './audit-entry.ts';
import type { GenerateFn } from './llm-planner.ts';
import { MAX_SCENARIO_EDITS, scenarioPrompt, scenarioSchema } from './prompts/scenario-prompt.ts';
import { requestSeed } from './request-seed.ts';

/** An edit answer is a few short lines. */
const SCENARIO_MAX_TOKENS = 256;
const TEMPERATURE = 0.2;

export interface ScenarioEdits {
  /** Edits that parse and apply to these targets, in order: what the user is shown before the run. */
  readonly edits: readonly string[];
  /** Edits the model wrote that do not, each with why (unknown column or category, bad syntax…). */
  readonly refused: readonly { readonly text: string; readonly why: string }[];
  /** Set when the model gave no usable answer at all; the user's text then stays free text for the planner. */
  readonly failed?: string;
}

/**
 * A free-text what-if turned into target edits by the model (issue #14): the
 * model sees the categorical columns and their categories and the text, and
 * answers edit lines; each is checked by parsing it and applying it to the
 * targets (in order), so only edits that would run are offered — to be shown
 * to the user before the run, never applied unseen.
 */
export async function scenarioEditsFromText(options: {
  generate: GenerateFn;
  targets: Targets;
  text: string;
  seed: number;
  audit?: (entry: AuditEntry) => void;
}): Promise<ScenarioEdits> {
  const { generate, targets, text } = options;
  const request = {
    messages: scenarioPrompt({ targets, text }),
    schema: scenarioSchema(),
    maxTokens: SCENARIO_MAX_TOKENS,
    temperature: TEMPERATURE,
    seed: requestSeed({ seed: options.seed, iteration: 0, attempt: 0 }),
  };
  const result = await generate(request);
  options.audit?.(auditEntry({ request, result, site: { purpose: 'scenario', iteration: 0, attempt: 0 }, at: 0 }));
  if (!result.ok) return { edits: [], refused: [], failed: result.error.message };
  const parsed = parsePlanText(result.value.text);
  const list = parsed.ok && isEdits(parsed.value) ? parsed.value.edits : null;
  if (list === null) return { edits: [], refused: [], failed: 'the model answered no list of edits' };
  const edits: string[] = [];
  const refused: { text: string; why: string }[] = [];
  let current = targets;
  for (const edit of list.slice(0, MAX_SCENARIO_EDITS)) {
    if (typeof edit !== 'string') continue;
    try {
      current = applyScenario(current, parseScenario(edit)).targets;
      edits.push(edit.trim());
    } catch (e) {
      refused.push({ text: edit, why: e instanceof Error ? e.message : String(e) });
    }
  }
  return { edits, refused };
}

function isEdits(value: unknown): value is { edits: unknown[] } {
  return typeof value === 'object' && value !== null && Array.isArray((value as { edits?: unknown }).edits);
}
