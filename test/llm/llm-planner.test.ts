import { beforeAll, describe, expect, it } from 'vitest';
import { LlmPlanner } from '../../src/llm/llm-planner.ts';
import { LlmFailure } from '../../src/llm/llm-types.ts';
import { estimatePromptTokens } from '../../src/llm/prompts/estimate-tokens.ts';
import { proposalPrompt } from '../../src/llm/prompts/proposal-prompt.ts';
import { requestSeed } from '../../src/llm/request-seed.ts';
import type { Targets } from '../../src/stats/tables/targets.ts';
import { planJsonSchema } from '../../src/synth/plan/plan-schema.ts';
import type { Guidance } from '../../src/synth/planner/planner.ts';
import { StatisticalPlanner } from '../../src/synth/planner/statistical-planner.ts';
import { penguins, realGuidance } from './penguins.ts';
import { scriptedGenerate, type ScriptedAnswer } from './scripted-generate.ts';

let targets: Targets;
let guidance: Guidance;
beforeAll(async () => {
  ({ targets } = await penguins());
  [guidance] = await realGuidance({ targets, rows: 300, iterations: 1 });
});

const MODEL = 'Qwen2.5-0.5B-Instruct-q4f16_1-MLC';
const VALID =
  '{"proposals":[{"values":{"Species":"Adelie","Island":"Dream"},"count":40},{"values":{"Species":"Gentoo"},"count":60}],"reason":"the largest gaps"}';
const BAD: Record<string, ScriptedAnswer> = {
  truncated: { text: '{"proposals":[{"values":{"Species":"Ade', finishReason: 'length' },
  'not JSON': { text: 'Here are some penguins: Adelie, Dream, 40.' },
  'schema echo': { text: '{"type":"object","properties":{"proposals":{"type":"array"}},"required":["proposals"]}' },
  'out of domain': { text: '{"proposals":[{"values":{"Species":"Emperor","Island":"Antarctica"},"count":40}]}' },
};
const WORDS: Record<string, string> = {
  truncated: 'ran out of tokens before the plan was complete',
  'not JSON': 'did not answer with JSON',
  'schema echo': 'answered with the JSON schema instead of a plan',
  'out of domain': 'wrote a plan with no usable proposal',
};

const planner = (script: ScriptedAnswer[], options: { rules?: string[]; scenario?: string } = {}) => {
  const fake = scriptedGenerate(script);
  return { fake, planner: new LlmPlanner({ generate: fake.generate, modelId: MODEL, seed: 11, ...options }) };
};

describe('LlmPlanner.propose', () => {
  it('sends the prompt and the plan schema, seeded per iteration', async () => {
    const { fake, planner: p } = planner([{ text: VALID, usage: { promptTokens: 900, completionTokens: 50 } }], {
      rules: ['Sex = MALE => Body Mass (g) > 3000'],
      scenario: 'a cold winter',
    });
    const reply = await p.propose(guidance);
    expect(fake.requests).toHaveLength(1);
    const [request] = fake.requests;
    // 300 rows, first iteration: budget 150, 8 proposals.
    expect(request.schema).toEqual(planJsonSchema(targets, { maxProposals: 8, maxCount: 150 }));
    expect(request.messages).toEqual(
      proposalPrompt({ guidance, rules: ['Sex = MALE => Body Mass (g) > 3000'], scenario: 'a cold winter', budgetTokens: 4096 - 1024 }).messages,
    );
    expect(request.maxTokens).toBe(1024);
    expect(request.temperature).toBe(0.7);
    expect(request.seed).toBe(requestSeed({ seed: 11, iteration: 1, attempt: 0 }));
    // 50 completion tokens for 40 + 60 records.
    expect(reply).toEqual({ plan: VALID, usage: { promptTokens: 900, completionTokens: 50 }, attempts: 1, outputTokensPerRow: 0.5 });
    expect(p.stats()).toEqual({ calls: 1, invalidOutputs: 0, fallbacks: 0, promptTokens: 900, completionTokens: 50 });
  });

  it.each(Object.keys(BAD))('retries once, colder, after %s, and uses the second answer', async (kind) => {
    const { fake, planner: p } = planner([BAD[kind], { text: VALID }]);
    const reply = await p.propose(guidance);
    expect(fake.requests.map((r) => r.temperature)).toEqual([0.7, 0.35]);
    expect(fake.requests[1].seed).toBe(requestSeed({ seed: 11, iteration: 1, attempt: 1 }));
    expect(fake.requests[1].seed).not.toBe(fake.requests[0].seed);
    expect(reply.plan).toBe(VALID);
    expect(reply.attempts).toBe(2);
    expect(reply.fallbackReason).toBeUndefined();
    // Default usage per call is 100 prompt + 20 completion tokens; both attempts count.
    expect(reply.usage).toEqual({ promptTokens: 200, completionTokens: 40 });
    expect(p.stats()).toEqual({ calls: 2, invalidOutputs: 1, fallbacks: 0, promptTokens: 200, completionTokens: 40 });
  });

  it.each(Object.keys(BAD))('falls back to the statistical planner after %s twice, saying so in plain words', async (kind) => {
    const { fake, planner: p } = planner([BAD[kind], BAD[kind]]);
    const reply = await p.propose(guidance);
    expect(fake.requests).toHaveLength(2);
    expect(reply.plan).toEqual((await new StatisticalPlanner().propose(guidance)).plan);
    expect(reply.attempts).toBe(2);
    expect(reply.fallbackReason).toBe(`${MODEL} ${WORDS[kind]}, twice; used the statistical planner`);
    expect(reply.usage).toEqual({ promptTokens: 200, completionTokens: 40 });
    expect(reply.outputTokensPerRow).toBeUndefined();
    expect(p.stats()).toEqual({ calls: 2, invalidOutputs: 2, fallbacks: 1, promptTokens: 200, completionTokens: 40 });
  });

  it('sizes the next prompt by how the runtime counted the last: a tokenizer finer than assumed gets a shorter prompt', async () => {
    // The runtime counts three times the estimated tokens (as the tiny test model's one token per character does).
    const first = proposalPrompt({ guidance, budgetTokens: 4096 - 1024 }).messages;
    const counted = Math.round(estimatePromptTokens(first) * 3);
    const { fake, planner: p } = planner([{ text: VALID, usage: { promptTokens: counted, completionTokens: 50 } }]);
    await p.propose(guidance);
    await p.propose(guidance);
    expect(fake.requests[0].messages).toEqual(first);
    const second = fake.requests[1].messages;
    expect(estimatePromptTokens(second) * 3).toBeLessThanOrEqual(4096 - 1024);
    expect(second).toEqual(proposalPrompt({ guidance, budgetTokens: ((4096 - 1024) * estimatePromptTokens(first)) / counted }).messages);
    expect(second).not.toEqual(first);
  });

  it('names both problems when they differ', async () => {
    const { planner: p } = planner([BAD.truncated, BAD['schema echo']]);
    expect((await p.propose(guidance)).fallbackReason).toBe(
      `${MODEL} ran out of tokens before the plan was complete, then answered with the JSON schema instead of a plan; used the statistical planner`,
    );
  });

  it('does not retry a runtime failure (device lost): falls back after one call', async () => {
    const { fake, planner: p } = planner([{ error: { code: 'device-lost', message: 'Device was lost during reload' } }, { text: VALID }]);
    const reply = await p.propose(guidance);
    expect(fake.requests).toHaveLength(1);
    expect(reply.attempts).toBe(1);
    expect(reply.fallbackReason).toBe(`${MODEL} failed (device-lost: Device was lost during reload); used the statistical planner`);
    expect(p.stats()).toMatchObject({ calls: 1, invalidOutputs: 0, fallbacks: 1 });
  });

  it('retries an invalid-output error from the runtime', async () => {
    const { fake, planner: p } = planner([{ error: { code: 'invalid-output', message: 'Failed to parse model output' } }, { text: VALID }]);
    expect((await p.propose(guidance)).plan).toBe(VALID);
    expect(fake.requests).toHaveLength(2);
  });

  it('uses a fallback planner given in the options', async () => {
    const fallback = { name: 'scripted', inferStructure: async () => [], propose: async () => ({ plan: { proposals: [{ values: {}, count: 150 }] } }) };
    const fake = scriptedGenerate([BAD['not JSON']]);
    const p = new LlmPlanner({ generate: fake.generate, modelId: MODEL, seed: 1, fallback });
    const reply = await p.propose(guidance);
    expect(reply.plan).toEqual({ proposals: [{ values: {}, count: 150 }] });
    expect(reply.fallbackReason).toMatch(/; used the scripted planner$/);
  });

  it('propagates an abort instead of falling back', async () => {
    const controller = new AbortController();
    const fake = scriptedGenerate((_, call) => {
      if (call === 0) controller.abort();
      return { text: VALID };
    });
    const p = new LlmPlanner({ generate: fake.generate, modelId: MODEL, seed: 1 });
    await expect(p.propose(guidance, controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
    expect(p.stats().fallbacks).toBe(0);
    await expect(p.propose(guidance, controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
    expect(p.stats().calls).toBe(1);
  });

  it('propagates a runtime abort (finish reason or error code) as LlmFailure("aborted")', async () => {
    for (const answer of [{ text: '', finishReason: 'abort' as const }, { error: { code: 'aborted' as const, message: 'stopped by abort()' } }]) {
      const { planner: p } = planner([answer, { text: VALID }]);
      const error = await p.propose(guidance).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LlmFailure);
      expect((error as LlmFailure).code).toBe('aborted');
      expect(p.stats().fallbacks).toBe(0);
    }
  });
});

describe('LlmPlanner.inferStructure', () => {
  const summary = () => ({
    schema: targets.schema,
    maxGroups: 3,
    columns: targets.axes.map((a) => ({ name: a.column, kind: a.kind, labels: a.labels })),
  });

  it('returns the groups the model names, dropping unknown columns and repeats', async () => {
    const text = '{"groups":[["Species","Island"],["Island","Species"],["Species","Penguin Mood"],["Species","Body Mass (g)","Sex"]]}';
    const { fake, planner: p } = planner([{ text }]);
    expect(await p.inferStructure(summary())).toEqual([
      ['Species', 'Island'],
      ['Species', 'Body Mass (g)', 'Sex'],
    ]);
    expect(fake.requests[0].maxTokens).toBe(256);
    expect(fake.requests[0].schema).toMatchObject({ required: ['groups'] });
  });

  it.each([
    ['not JSON', { text: 'Species and Island go together.' }],
    ['truncated', { text: '{"groups":[["Species"', finishReason: 'length' as const }],
    ['a schema', { text: '{"type":"object"}' }],
  ])('returns [] for %s and counts an invalid output', async (_, answer) => {
    const { planner: p } = planner([answer]);
    expect(await p.inferStructure(summary())).toEqual([]);
    expect(p.stats()).toMatchObject({ calls: 1, invalidOutputs: 1 });
  });

  it('returns [] when the runtime fails, and asks nothing with fewer than two columns', async () => {
    const { planner: p } = planner([{ error: { code: 'out-of-memory', message: 'Out Of Memory' } }]);
    expect(await p.inferStructure(summary())).toEqual([]);
    expect(await p.inferStructure({ ...summary(), columns: summary().columns.slice(0, 1) })).toEqual([]);
    expect(p.stats().calls).toBe(1);
  });
});
