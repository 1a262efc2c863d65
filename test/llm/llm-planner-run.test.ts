import { describe, expect, it } from 'vitest';
import { LlmPlanner } from '../../src/llm/llm-planner.ts';
import { synthesize } from '../../src/synth/synthesize.ts';
import { penguins } from './penguins.ts';
import { scriptedGenerate } from './scripted-generate.ts';

describe('a synthesis run with the LLM planner', () => {
  it('ends with exactly 300 rows when the model answers well only sometimes, reporting each fallback', async () => {
    const { targets } = await penguins();
    // Calls 0, 1 garbage (iteration 1 falls back), call 2 a plan, calls 3, 4 garbage, call 5 a plan, …
    const fake = scriptedGenerate((request, call) => {
      if (call % 3 !== 2) return { text: 'I think more Adelie penguins would help.' };
      const schema = request.schema as { properties: { proposals: { items: { properties: { count: { maximum: number } } } } } };
      const most = schema.properties.proposals.items.properties.count.maximum;
      return {
        text: JSON.stringify({ proposals: [{ values: { Species: 'Chinstrap', Island: 'Dream' }, count: Math.min(5, most) }], reason: 'Chinstrap on Dream' }),
      };
    });
    const planner = new LlmPlanner({ generate: fake.generate, modelId: 'SmolLM2-360M-Instruct-q4f16_1-MLC', seed: 1 });
    const { dataset, history } = await synthesize({ targets, rows: 300, seed: 1, planner, maxIterations: 12 });

    expect(dataset.rowCount).toBe(300);
    expect(history.at(-1)!.rows).toBe(300);
    const fellBack = history.filter((r) => r.fallbackReason !== undefined);
    const answered = history.filter((r) => r.fallbackReason === undefined);
    expect(history.map((r) => r.fallbackReason !== undefined)).toEqual(history.map((_, i) => i % 2 === 0));
    expect(fellBack[0].fallbackReason).toBe('SmolLM2-360M-Instruct-q4f16_1-MLC did not answer with JSON, twice; used the statistical planner');
    expect(fellBack.every((r) => r.attempts === 2 && r.outputTokensPerRow === undefined)).toBe(true);
    // The model's own plans were sampled: one proposal of (at most) 5 Chinstrap-on-Dream records, 20 completion tokens each.
    expect(answered.length).toBe(6);
    for (const r of answered) {
      expect(r.attempts).toBe(1);
      expect(r.plan.proposals).toHaveLength(1);
      expect(r.outputTokensPerRow).toBe(20 / r.plan.proposals[0].count);
    }
    expect(planner.stats()).toEqual({
      calls: answered.length + 2 * fellBack.length,
      invalidOutputs: 2 * fellBack.length,
      fallbacks: fellBack.length,
      promptTokens: 100 * (answered.length + 2 * fellBack.length),
      completionTokens: 20 * (answered.length + 2 * fellBack.length),
    });
  });
});
