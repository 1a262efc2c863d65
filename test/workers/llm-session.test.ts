import { describe, expect, it } from 'vitest';
import { NO_NAVIGATOR_GPU_REASON } from '../../src/llm/detect-capabilities.ts';
import { LlmPlanner } from '../../src/llm/llm-planner.ts';
import type { GenerateRequest, LoadProgress } from '../../src/llm/llm-types.ts';
import { synthesize } from '../../src/synth/synthesize.ts';
import { LlmSession } from '../../src/workers/llm-session.ts';
import { penguinsTargets } from '../synth/loop/load-penguins-targets.ts';
import { FakeBackend, answered, ggufSpec, held, penguinAnswer, type Answer } from './fake-backend.ts';

const REQUEST: GenerateRequest = {
  messages: [{ role: 'user', content: 'Say hi in JSON.' }],
  schema: { type: 'object' },
  maxTokens: 16,
  temperature: 0,
  seed: 1,
};

/** A session whose runtimes are fakes answering with `answer`, one per kind, made when first asked for. */
function fakeSession(answer: Answer = () => answered('{"hi":true}')) {
  const backends = { wllama: new FakeBackend('wllama', answer), webllm: new FakeBackend('webllm', answer), endpoint: new FakeBackend('endpoint', answer) };
  const made: string[] = [];
  const session = new LlmSession({
    createBackend: async (kind) => {
      made.push(kind);
      return backends[kind];
    },
  });
  return { session, backends, made };
}

describe('LlmSession', () => {
  it('reports no WebGPU under Node, saying why', async () => {
    const caps = await new LlmSession().capabilities();
    expect(caps.webgpu).toEqual({ available: false, fallbackAdapter: false, shaderF16: false, maxBufferSize: 0, reason: NO_NAVIGATOR_GPU_REASON });
    expect(caps.crossOriginIsolated).toBe(false);
  });

  it('answers not-loaded before a model is loaded, without making a runtime', async () => {
    const { session, made } = fakeSession();
    expect(await session.generateJson(REQUEST)).toEqual({ ok: false, error: { code: 'not-loaded', message: 'llm: no model loaded; load a model first' } });
    expect(made).toEqual([]);
  });

  it('loads a model in the backend its spec names, relaying progress, and generates with it', async () => {
    const { session, backends, made } = fakeSession();
    const progress: LoadProgress[] = [];
    const loaded = await session.load(ggufSpec(), (p) => void progress.push(p));
    expect(loaded).toEqual({ ok: true, value: { backend: 'wllama', modelId: 'fake.gguf', loadMs: 0, contextLength: 8192 } });
    expect(progress.map((p) => p.progress)).toEqual([0, 1]);
    expect(made).toEqual(['wllama']);
    const result = await session.generateJson(REQUEST);
    expect(result).toEqual({ ok: true, value: answered('{"hi":true}') });
    expect(backends.wllama.requests).toEqual([REQUEST]);
  });

  it('loads even when the progress callback fails (the page that asked went away)', async () => {
    const { session } = fakeSession();
    const loaded = await session.load(ggufSpec(), () => {
      throw new Error('the page went away');
    });
    expect(loaded.ok).toBe(true);
  });

  it('unloads the previous runtime when a model of the other kind loads, and makes each runtime once', async () => {
    const { session, backends, made } = fakeSession();
    expect((await session.load(ggufSpec('a.gguf'))).ok).toBe(true);
    expect((await session.load(ggufSpec('b.gguf'))).ok).toBe(true);
    expect(backends.wllama.unloads).toBe(0);
    expect((await session.load({ backend: 'webllm', modelId: 'SmolLM2-360M-Instruct-q4f16_1-MLC' })).ok).toBe(true);
    expect(backends.wllama.unloads).toBe(1);
    expect(made).toEqual(['wllama', 'webllm']);
    await session.generateJson(REQUEST);
    expect(backends.webllm.requests).toHaveLength(1);
    expect(backends.wllama.requests).toHaveLength(0);
  });

  it('returns a runtime that failed to import as a coded error, and imports it again on the next load', async () => {
    const backend = new FakeBackend('wllama', () => answered('{}'));
    let attempts = 0;
    const session = new LlmSession({
      createBackend: async () => {
        if (attempts++ === 0) throw new TypeError('Failed to fetch dynamically imported module: wllama-backend.js');
        return backend;
      },
    });
    expect(await session.load(ggufSpec())).toEqual({
      ok: false,
      error: { code: 'download-failed', message: 'Failed to fetch dynamically imported module: wllama-backend.js' },
    });
    expect((await session.load(ggufSpec())).ok).toBe(true);
    expect(attempts).toBe(2);
  });

  it('codes what the runtime throws: a lost GPU is device-lost', async () => {
    const { session } = fakeSession(() => {
      throw new Error('Device was lost during reload. This can happen due to insufficient memory on your device.');
    });
    await session.load(ggufSpec());
    const result = await session.generateJson(REQUEST);
    expect(result).toMatchObject({ ok: false, error: { code: 'device-lost', message: expect.stringMatching(/^Device was lost during reload/) } });
  });

  it("writes the plans of a whole synthesis run as the LLM planner's port", async () => {
    const targets = await penguinsTargets();
    const { session, backends } = fakeSession(penguinAnswer);
    const loaded = await session.load(ggufSpec());
    if (!loaded.ok) throw new Error(loaded.error.message);
    const planner = new LlmPlanner({
      generate: (request) => session.generateJson(request),
      modelId: loaded.value.modelId,
      seed: 1,
      contextTokens: loaded.value.contextLength,
    });
    const { dataset, history } = await synthesize({ targets, rows: 120, seed: 1, planner, maxIterations: 4, proposalsPerIteration: 2 });
    expect(dataset.rowCount).toBe(120);
    expect(history.map((r) => [r.planner, r.fallback, r.fallbackReason])).toEqual(history.map(() => ['llm', false, undefined]));
    // One request per iteration, each answered with the one proposal the fake model writes.
    expect(planner.stats()).toMatchObject({ calls: history.length, invalidOutputs: 0, fallbacks: 0 });
    expect(backends.wllama.requests).toHaveLength(history.length);
    const sampled = history.map((r) =>
      r.plan.proposals.map((p) =>
        p.constraints.map((c) => (c.kind === 'cell' ? `${targets.axes[c.axis].column}=${targets.axes[c.axis].labels[c.cell]}` : c.kind)),
      ),
    );
    expect(sampled).toEqual(history.map(() => [['Species=Chinstrap', 'Island=Dream']]));
  });

  it('aborts the generation in flight and the queued ones, then generates again', async () => {
    const hold = held();
    let call = 0;
    const { session } = fakeSession((request, signal) => (call++ === 0 ? hold.answer(request, signal) : answered('{"again":true}')));
    await session.load(ggufSpec());
    const running = session.generateJson(REQUEST);
    const queued = session.generateJson(REQUEST);
    await hold.started;
    await session.abort();
    expect(await running).toEqual({ ok: false, error: { code: 'aborted', message: 'wllama: generation aborted' } });
    expect(await queued).toEqual({ ok: false, error: { code: 'aborted', message: 'llm: generation aborted before it started' } });
    expect(await session.generateJson(REQUEST)).toEqual({ ok: true, value: answered('{"again":true}') });
    expect(call).toBe(2);
  });

  it('aborts a generation in flight when another model loads', async () => {
    const hold = held();
    const { session } = fakeSession(hold.answer);
    await session.load(ggufSpec('a.gguf'));
    const running = session.generateJson(REQUEST);
    await hold.started;
    expect((await session.load(ggufSpec('b.gguf'))).ok).toBe(true);
    expect(await running).toMatchObject({ ok: false, error: { code: 'aborted' } });
  });

  it('unloads: the runtime lets the model go and generations say not-loaded', async () => {
    const { session, backends } = fakeSession();
    await session.load(ggufSpec());
    await session.unload();
    expect(backends.wllama.unloads).toBe(1);
    expect(await session.generateJson(REQUEST)).toMatchObject({ ok: false, error: { code: 'not-loaded' } });
  });

  it('asks the runtime a model id belongs to about its cache, and says not cached when that runtime cannot look', async () => {
    const { session, backends } = fakeSession();
    backends.wllama.cached.add('https://example.org/m.gguf');
    backends.webllm.cached.add('Qwen2.5-0.5B-Instruct-q4f16_1-MLC');
    expect(await session.cacheStatus(['https://example.org/m.gguf', 'Qwen2.5-0.5B-Instruct-q4f16_1-MLC', 'other.gguf'])).toEqual([
      { modelId: 'https://example.org/m.gguf', cached: true },
      { modelId: 'Qwen2.5-0.5B-Instruct-q4f16_1-MLC', cached: true },
      { modelId: 'other.gguf', cached: false },
    ]);
    expect(await session.deleteCached('https://example.org/m.gguf')).toEqual({ ok: true, value: undefined });
    expect(backends.wllama.cached.size).toBe(0);

    const broken = new LlmSession({ createBackend: () => Promise.reject(new Error('no storage')) });
    expect(await broken.cacheStatus(['m.gguf'])).toEqual([{ modelId: 'm.gguf', cached: false }]);
  });

  it('measures the loaded model with two short seeded requests through the generation queue, and says not-loaded without one', async () => {
    const { session, backends } = fakeSession();
    expect(await session.measureSpeed()).toMatchObject({ ok: false, error: { code: 'not-loaded' } });
    await session.load(ggufSpec());
    // The fake answers 100 prompt and 20 completion tokens in 1 ms each time.
    const speed = await session.measureSpeed();
    expect(speed.ok && speed.value).toEqual({ promptTokensPerSecond: 100_000, outputTokensPerSecond: 200_000 });
    expect(backends.wllama.requests.map((r) => [r.maxTokens, r.seed])).toEqual([
      [1, 1],
      [16, 1],
    ]);
  });
});
