import type { Targets } from '../../stats/tables/targets.ts';
import { targetsToJson } from '../../stats/stats-json/targets-to-json.ts';
import type { AuditEntry } from '../audit/audit-entry.ts';
import type { ChunkSpec } from '../chunk-specs.ts';
import type { IterationReport } from '../loop/iteration-report.ts';
import { resolveLoopOptions, type LoopOptions } from '../loop/loop-options.ts';
import { hashText } from './hash-text.ts';
import { planHash } from './plan-hash.ts';
import { SAMPLER_VERSION, type Recipe } from './recipe.ts';

export function makeRecipe(
  options: {
    targets: Targets;
    loop: LoopOptions;
    planner: Recipe['planner'];
    scenarios?: readonly string[];
    /** The audit of the run's model requests; their token counts are recorded. */
    llmCalls?: readonly AuditEntry[];
  } & (
    | { history: readonly IterationReport[] }
    /** A run made in chunks: each chunk's spec and the plans its planner wrote. */
    | { chunks: readonly { readonly spec: ChunkSpec; readonly plans: readonly unknown[] }[] }
  ),
): Recipe {
  const targets = targetsToJson(options.targets);
  const chunks = 'chunks' in options ? options.chunks : undefined;
  const plans = 'history' in options ? options.history.map((r) => r.written) : [];
  return {
    format: 'synthor-recipe',
    version: chunks ? 2 : 1,
    targets,
    targetsHash: hashText(JSON.stringify(targets)),
    loop: resolveLoopOptions(options.loop),
    planner: options.planner,
    plans,
    planHashes: plans.map(planHash),
    ...(chunks ? { chunks: chunks.map(({ spec, plans }) => ({ rows: spec.rows, seed: spec.seed, plans: [...plans], planHashes: plans.map(planHash) })) } : {}),
    ...(options.scenarios?.length ? { scenarios: [...options.scenarios] } : {}),
    ...(options.llmCalls?.length
      ? {
          llmCalls: options.llmCalls.map((e) => ({
            iteration: e.iteration,
            attempt: e.attempt,
            purpose: e.purpose,
            promptTokens: e.usage.promptTokens,
            outputTokens: e.usage.completionTokens,
          })),
        }
      : {}),
    sampler: SAMPLER_VERSION,
  };
}
