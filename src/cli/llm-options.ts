import { endpointGenerate } from '../llm/backends/endpoint-generate.ts';
import { localEndpoint } from '../llm/backends/local-endpoint.ts';
import { LlmPlanner, type GenerateFn } from '../llm/llm-planner.ts';
import { DEFAULT_CONTEXT_TOKENS } from '../llm/prompts/proposal-prompt.ts';
import type { AuditEntry } from '../synth/audit/audit-entry.ts';
import { HandoverPlanner } from '../synth/planner/handover-planner.ts';
import { DEFAULT_LLM_BUDGET, llmBudgetFor, MAX_BUDGET_PLANS } from '../synth/planner/llm-budget.ts';
import type { Planner } from '../synth/planner/planner.ts';
import { StatisticalPlanner } from '../synth/planner/statistical-planner.ts';
import type { Recipe } from '../synth/recipe/recipe.ts';
import { optionalFlag, type ParsedArgs } from './args.ts';
import type { OptionSpec } from './command-specs.ts';
import { integerOption } from './integer-option.ts';
import { UsageError } from './usage-error.ts';

/** `generate`'s planner options: the statistical planner, or a language model on this machine under a budget. */
export const LLM_OPTIONS: readonly OptionSpec[] = [
  {
    name: 'planner',
    value: 'statistical|llm',
    help:
      'Who reads the gaps and answers with plans. `llm`: a language model on this machine (`--llm-url` or `--model`) writes the column groups and the ' +
      'first add iterations’ plans, the statistical planner the rest; an unusable or missing answer is planned statistically, and the summary says so. ' +
      'Not with `--table` or `--child`. Default `statistical`.',
  },
  {
    name: 'llm-url',
    value: 'URL',
    help:
      'With `--planner llm`: an OpenAI-compatible model server on this machine (Ollama `http://127.0.0.1:11434/v1`, llama.cpp’s `llama-server`, ' +
      'LM Studio). Only localhost, 127.0.0.1 or [::1]: no request goes anywhere else.',
  },
  { name: 'llm-model', value: 'NAME', help: 'The model name the server at `--llm-url` knows (Ollama needs it). Default `local`.' },
  {
    name: 'model',
    value: 'file.gguf',
    help: 'With `--planner llm`: a GGUF model run in this process by llama.cpp (node-llama-cpp) on the CPU; no server, no GPU needed.',
  },
  {
    name: 'llm-plans',
    value: 'N',
    help: `Add-phase plans the model writes before the statistical planner takes over, from 0 to ${MAX_BUDGET_PLANS}. Default ${DEFAULT_LLM_BUDGET.plans}.`,
  },
  {
    name: 'llm-calls',
    value: 'N',
    help: `Model calls at most, the column-group request and retries included. Default: a plan and its retry each, one for the column groups and one spare (${DEFAULT_LLM_BUDGET.calls} for ${DEFAULT_LLM_BUDGET.plans} plans).`,
  },
  { name: 'llm-audit', value: 'audit.json', help: 'With `--planner llm`: writes every request to the model and its answer, exactly, as JSON.' },
  {
    name: 'llm-context',
    value: 'N',
    help: `The model’s context in tokens: the prompt is cut to what the answer leaves. Default the GGUF’s (at most 8,192), or ${DEFAULT_CONTEXT_TOKENS.toLocaleString('en')} for a server.`,
  },
];

/** The planner a command line asked for, what the recipe records of it, and the audit of every model request. */
export interface CliPlanner {
  readonly planner: Planner;
  readonly recipe: Recipe['planner'];
  readonly audit: readonly AuditEntry[];
  /** What the model spent, for the summary line; absent for the statistical planner. */
  describe(): string;
  close(): Promise<void>;
}

/** Reads the planner options; a model file is opened here (and closed by `close`). */
export async function plannerFromArgs(args: ParsedArgs, options: { command: string; seed: number; scenario?: string }): Promise<CliPlanner> {
  const { command, seed } = options;
  const name = optionalFlag(args, 'planner') ?? 'statistical';
  const url = optionalFlag(args, 'llm-url');
  const file = optionalFlag(args, 'model');
  if (name !== 'statistical' && name !== 'llm') throw new UsageError(`${command}: --planner must be statistical or llm, got "${name}"`);
  const llmFlags = ['llm-url', 'llm-model', 'model', 'llm-plans', 'llm-calls', 'llm-context', 'llm-audit'].filter((f) => args.flags.has(f));
  if (name === 'statistical') {
    if (llmFlags.length > 0) throw new UsageError(`${command}: ${llmFlags.map((f) => `--${f}`).join(', ')} need --planner llm`);
    return { planner: new StatisticalPlanner(), recipe: { name: 'statistical' }, audit: [], describe: () => '', close: async () => {} };
  }
  if ((url === undefined) === (file === undefined))
    throw new UsageError(`${command}: --planner llm needs one of --llm-url URL (a model server on this machine) or --model file.gguf`);
  const plans = integerOption(optionalFlag(args, 'llm-plans'), { flag: 'llm-plans', command, min: 0, max: MAX_BUDGET_PLANS }) ?? DEFAULT_LLM_BUDGET.plans;
  const calls = integerOption(optionalFlag(args, 'llm-calls'), { flag: 'llm-calls', command, min: 0, max: 10 * MAX_BUDGET_PLANS });
  const budget = { plans, calls: calls ?? llmBudgetFor(plans).calls };
  const context = integerOption(optionalFlag(args, 'llm-context'), { flag: 'llm-context', command, min: 512, max: 1 << 20 });
  let port: { generate: GenerateFn; contextTokens: number; modelId: string; close(): Promise<void> };
  if (url !== undefined) {
    let base: string;
    try {
      base = localEndpoint(url);
    } catch (e) {
      throw new UsageError(`${command}: --llm-url ${(e as Error).message}`);
    }
    const model = optionalFlag(args, 'llm-model');
    port = {
      generate: endpointGenerate({ baseUrl: base, ...(model ? { model } : {}) }),
      contextTokens: context ?? DEFAULT_CONTEXT_TOKENS,
      modelId: model ?? base,
      close: async () => {},
    };
  } else {
    const { openGguf } = await import('./gguf-generate.ts');
    const opened = await openGguf(file as string, context ? { contextTokens: context } : {}).catch((e: unknown) => {
      throw new UsageError(`${command}: --model ${file}: could not open the model (${(e as Error).message})`);
    });
    port = { ...opened, modelId: (file as string).split('/').pop() as string };
  }
  const audit: AuditEntry[] = [];
  const model = new LlmPlanner({
    generate: port.generate,
    modelId: port.modelId,
    seed,
    contextTokens: port.contextTokens,
    audit: (entry) => audit.push(entry),
    ...(options.scenario ? { scenario: options.scenario } : {}),
  });
  const planner = new HandoverPlanner({ lead: model, rest: new StatisticalPlanner(), budget });
  return {
    planner,
    recipe: { name: 'llm', model: port.modelId, llmSeed: seed, ...(options.scenario ? { scenario: options.scenario } : {}) },
    audit,
    describe() {
      const used = planner.usage();
      const stats = model.stats();
      const fell = stats.fallbacks > 0 ? `, ${stats.fallbacks} planned statistically instead` : '';
      return `; ${port.modelId} planned ${used.plans} iterations in ${used.calls} calls (${used.outputTokens} output tokens${fell})`;
    },
    close: () => port.close(),
  };
}
