import type { AuditEntry } from '../synth/audit/audit-entry.ts';
import { planJsonSchema } from '../synth/plan/plan-schema.ts';
import type { Guidance, Planner, PlannerReply, PlannerUsage, StructureSummary } from '../synth/planner/planner.ts';
import { StatisticalPlanner } from '../synth/planner/statistical-planner.ts';
import type { GenerateRequest, GenerateResult, LlmError, LlmResult } from './llm-types.ts';
import { LlmFailure } from './llm-types.ts';
import { checkPlanOutput, OUTPUT_PROBLEM_WORDS, type OutputProblem } from './plan-output-check.ts';
import { DEFAULT_ANSWER_TOKENS, DEFAULT_CONTEXT_TOKENS, proposalPrompt } from './prompts/proposal-prompt.ts';
import { estimatePromptTokens } from './prompts/estimate-tokens.ts';
import { structurePrompt } from './prompts/structure-prompt.ts';
import { structureSchema } from './prompts/structure-schema.ts';
import { readStructureGroups } from './read-structure-groups.ts';
import { requestSeed } from './request-seed.ts';
import { auditEntry } from './audit-entry.ts';

export type GenerateFn = (request: GenerateRequest, signal?: AbortSignal) => Promise<LlmResult<GenerateResult>>;

export interface LlmPlannerOptions {
  /** The LLM at its port: the llm worker's generateJson, or a scripted fake in tests. */
  readonly generate: GenerateFn;
  /** Named in reports and fallback messages ("Qwen2.5-0.5B-Instruct-q4f16_1-MLC"). */
  readonly modelId: string;
  /** Requests are seeded from it, per iteration and attempt (requestSeed), so a run can be replayed. */
  readonly seed: number;
  /** Default 0.7; a retry uses half. */
  readonly temperature?: number;
  /** Most tokens one answer may take; default 1024. */
  readonly maxTokens?: number;
  /** The model's context; the prompt gets what the answer leaves. Default 4096. */
  readonly contextTokens?: number;
  readonly rules?: readonly string[];
  readonly scenario?: string;
  /** Used for an iteration whose answers were unusable; default the statistical planner. */
  readonly fallback?: Planner;
  /** Called once per request with the prompt and the answer (retries and failures included): the audit log. */
  readonly audit?: (entry: AuditEntry) => void;
}

/** Running totals since the planner was made, for the run summary. */
export interface LlmPlannerStats {
  readonly calls: number;
  readonly invalidOutputs: number;
  readonly fallbacks: number;
  readonly promptTokens: number;
  readonly completionTokens: number;
}

const DEFAULT_TEMPERATURE = 0.7;
/** A retry samples colder: a small model that wandered off the plan format usually finds it again. */
const RETRY_TEMPERATURE_FACTOR = 0.5;
/** A structure answer is 3 short groups. */
const STRUCTURE_MAX_TOKENS = 256;
const ATTEMPTS = 2;

/** Which request a call is, for the audit log. */
interface CallSite {
  readonly purpose: AuditEntry['purpose'];
  readonly iteration: number;
  readonly attempt: number;
  readonly signal?: AbortSignal;
}

type Failure = { readonly kind: 'output'; readonly problem: OutputProblem } | { readonly kind: 'error'; readonly error: LlmError };

/**
 * The LLM planner (LLMSynthor §3.2–3.3): asks a model for a plan under the
 * plan's JSON schema, checks the answer, retries once colder, and when both
 * answers are unusable returns the fallback planner's plan for this
 * iteration, saying in plain words which model misbehaved and how. A model
 * error other than bad output (device lost, out of memory) skips the retry.
 * An abort is never a fallback: it propagates.
 */
export class LlmPlanner implements Planner {
  readonly name = 'llm';
  readonly modelId: string;
  readonly seed: number;
  readonly #generate: GenerateFn;
  readonly #temperature: number;
  readonly #maxTokens: number;
  readonly #contextTokens: number;
  readonly #rules: readonly string[];
  readonly #scenario: string | undefined;
  readonly #fallback: Planner;
  readonly #audit: ((entry: AuditEntry) => void) | undefined;
  #stats = { calls: 0, invalidOutputs: 0, fallbacks: 0, promptTokens: 0, completionTokens: 0 };
  /**
   * Estimated tokens per real one, as the runtime counted the prompts so far (at most 1): prompts are sized by a
   * characters-per-token estimate (estimatePromptTokens), and a tokenizer that cuts text finer than assumed
   * (the tiny test model's: a token per character) would overflow the context without this.
   */
  #tokenScale = 1;

  constructor(options: LlmPlannerOptions) {
    this.#generate = options.generate;
    this.modelId = options.modelId;
    this.seed = options.seed;
    this.#temperature = options.temperature ?? DEFAULT_TEMPERATURE;
    this.#maxTokens = options.maxTokens ?? DEFAULT_ANSWER_TOKENS;
    this.#contextTokens = options.contextTokens ?? DEFAULT_CONTEXT_TOKENS;
    this.#rules = options.rules ?? [];
    this.#scenario = options.scenario;
    this.#fallback = options.fallback ?? new StatisticalPlanner();
    this.#audit = options.audit;
  }

  stats(): LlmPlannerStats {
    return { ...this.#stats };
  }

  async inferStructure(summary: StructureSummary): Promise<string[][]> {
    if (summary.columns.length < 2 || summary.maxGroups < 1) return [];
    const request = {
      messages: structurePrompt(summary, (this.#contextTokens - STRUCTURE_MAX_TOKENS) * this.#tokenScale),
      schema: structureSchema(summary),
      maxTokens: STRUCTURE_MAX_TOKENS,
      temperature: this.#temperature,
      seed: requestSeed({ seed: this.seed, iteration: 0, attempt: 0 }),
    };
    const result = await this.#call(request, { purpose: 'structure', iteration: 0, attempt: 0 });
    // Structure is a suggestion: a failed or bad answer leaves the choice to dependence ranking, never fails the run.
    if (!result.ok) return [];
    const read = result.value.finishReason === 'stop' ? readStructureGroups(result.value.text, summary) : { valid: false, groups: [] };
    if (!read.valid) this.#stats.invalidOutputs++;
    return read.groups;
  }

  async propose(guidance: Guidance, signal?: AbortSignal): Promise<PlannerReply> {
    signal?.throwIfAborted();
    const { targets, maxProposals, budget, iteration } = guidance;
    const prompt = proposalPrompt({
      guidance,
      rules: this.#rules,
      ...(this.#scenario !== undefined ? { scenario: this.#scenario } : {}),
      budgetTokens: (this.#contextTokens - this.#maxTokens) * this.#tokenScale,
    });
    const schema = planJsonSchema(targets, { maxProposals, maxCount: budget });
    const usage = { promptTokens: 0, completionTokens: 0 };
    const failures: Failure[] = [];
    const notes = prompt.cuts.length > 0 ? { promptCuts: prompt.cuts } : {};
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const temperature = attempt === 0 ? this.#temperature : this.#temperature * RETRY_TEMPERATURE_FACTOR;
      const seed = requestSeed({ seed: this.seed, iteration, attempt });
      const request = { messages: prompt.messages, schema, maxTokens: this.#maxTokens, temperature, seed };
      const result = await this.#call(request, { purpose: 'plan', iteration, attempt, ...(signal ? { signal } : {}) });
      if (!result.ok) {
        failures.push({ kind: 'error', error: result.error });
        // Only bad output is worth asking again; a runtime failure would fail the same way.
        if (result.error.code === 'invalid-output') continue;
        break;
      }
      addUsage(usage, result.value.usage);
      const check = checkPlanOutput(result.value, { targets, maxProposals, maxCount: budget });
      if (check.ok) {
        const outputTokensPerRow = usage.completionTokens / Math.max(1, Math.min(check.records, budget));
        return { plan: result.value.text, usage, attempts: attempt + 1, outputTokensPerRow, ...notes };
      }
      this.#stats.invalidOutputs++;
      failures.push({ kind: 'output', problem: check.problem });
    }
    this.#stats.fallbacks++;
    const reply = await this.#fallback.propose(guidance, signal);
    if (reply.usage) addUsage(usage, reply.usage);
    const unavailable = failures.some((f) => f.kind === 'error' && f.error.code !== 'invalid-output');
    return {
      plan: reply.plan,
      usage,
      attempts: failures.length,
      ...(unavailable ? { modelUnavailable: true } : {}),
      fallbackReason: `${this.modelId} ${describeFailures(failures)}; used the ${this.#fallback.name} planner`,
      ...notes,
    };
  }

  /** One request, counted; an abort (the signal's, or the runtime's 'aborted') is thrown, never returned. */
  async #call(request: GenerateRequest, site: CallSite): Promise<LlmResult<GenerateResult>> {
    const { signal } = site;
    const at = this.#stats.calls++;
    const result = await this.#generate(request, signal);
    this.#audit?.(auditEntry({ request, result, site, at }));
    const aborted = result.ok ? result.value.finishReason === 'abort' : result.error.code === 'aborted';
    if (aborted || signal?.aborted) {
      signal?.throwIfAborted();
      throw new LlmFailure('aborted', result.ok ? `${this.modelId}: generation aborted` : result.error.message);
    }
    if (result.ok) {
      addUsage(this.#stats, result.value.usage);
      const real = result.value.usage.promptTokens;
      if (real > 0) this.#tokenScale = Math.min(this.#tokenScale, estimatePromptTokens(request.messages) / real);
    }
    return result;
  }
}

function addUsage(total: { promptTokens: number; completionTokens: number }, usage: PlannerUsage): void {
  total.promptTokens += usage.promptTokens;
  total.completionTokens += usage.completionTokens;
}

/** "answered with the JSON schema instead of a plan, twice" or "ran out of tokens …, then did not answer with JSON". */
function describeFailures(failures: readonly Failure[]): string {
  const words = failures.map((f) => (f.kind === 'output' ? OUTPUT_PROBLEM_WORDS[f.problem] : `failed (${f.error.code}: ${f.error.message})`));
  if (words.length === 2 && words[0] === words[1]) return `${words[0]}, twice`;
  return words.join(', then ');
}
