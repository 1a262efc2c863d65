import { describe, expect, it } from 'vitest';
import { LlmPlanner } from '../../src/llm/llm-planner.ts';
import type { AuditEntry } from '../../src/synth/audit/audit-entry.ts';
import { synthesize } from '../../src/synth/synthesize.ts';
import { countAnswers } from '../../bench/llm-answers.ts';
import { penguins } from '../llm/penguins.ts';
import { scriptedGenerate, type ScriptedAnswer } from '../llm/scripted-generate.ts';

const GOOD_PLAN = JSON.stringify({ proposals: [{ values: { Species: 'Chinstrap', Island: 'Dream' }, count: 5 }], reason: 'Chinstrap on Dream' });

/** Runs the LLM planner on penguins with scripted answers (column groups first, then plans) and returns what the app would export, with the planner's own count. */
async function run(script: (call: number) => ScriptedAnswer) {
  const { targets } = await penguins();
  const entries: AuditEntry[] = [];
  const fake = scriptedGenerate((_, call) => script(call));
  const planner = new LlmPlanner({ generate: fake.generate, modelId: 'tiny.gguf', seed: 1, audit: (e) => entries.push(e) });
  const columns = targets.axes.map((a) => ({ name: a.column, kind: a.kind, labels: a.labels }));
  await planner.inferStructure({ schema: targets.schema, maxGroups: 3, columns });
  const { history } = await synthesize({ targets, rows: 300, seed: 1, planner, maxIterations: 6 });
  return {
    counted: countAnswers(
      entries,
      history.map((r) => r.written),
    ),
    stats: planner.stats(),
    iterations: history.length,
  };
}

describe('countAnswers (the app-exported run, counted as the LLM planner counts)', () => {
  it('agrees with the planner: unusable groups, plans, retries and fallbacks', async () => {
    // Call 0 (groups) is prose; then per iteration: garbage, garbage (fallback) or garbage, plan or plan.
    const answers: ScriptedAnswer[] = [{ text: 'groups? maybe' }, { text: 'no' }, { text: 'no' }, { text: 'no' }, { text: GOOD_PLAN }, { text: GOOD_PLAN }];
    const { counted, stats, iterations } = await run((call) => answers[call] ?? { text: GOOD_PLAN });
    expect(iterations).toBeGreaterThan(3);
    expect(counted).toEqual({
      calls: stats.calls,
      plans: iterations,
      promptTokens: stats.promptTokens,
      outputTokens: stats.completionTokens,
      invalidOutputs: stats.invalidOutputs,
      fallbacks: stats.fallbacks,
      failedCalls: 0,
    });
    expect([counted.invalidOutputs, counted.fallbacks]).toEqual([4, 1]);
  });

  it('counts a runtime failure as a failed call, not an unusable answer, and a cut-off group answer as unusable', async () => {
    const answers: ScriptedAnswer[] = [
      { text: '{"groups":[["Species","Island"]', finishReason: 'length' },
      { error: { code: 'out-of-memory', message: 'no memory' } },
      { text: GOOD_PLAN },
    ];
    const { counted, stats } = await run((call) => answers[call] ?? { text: GOOD_PLAN });
    expect(counted).toMatchObject({ calls: stats.calls, invalidOutputs: stats.invalidOutputs, fallbacks: stats.fallbacks, failedCalls: 1 });
    expect([counted.invalidOutputs, counted.fallbacks]).toEqual([1, 1]);
  });

  it('leaves out what-if requests, which are not the run’s', () => {
    const scenario = { iteration: 0, attempt: 0, at: 0, purpose: 'scenario', messages: [], schemaHash: '', response: '{}', finishReason: 'stop' } as const;
    expect(countAnswers([{ ...scenario, usage: { promptTokens: 9, completionTokens: 9 } }], [])).toMatchObject({ calls: 0, promptTokens: 0 });
  });
});
