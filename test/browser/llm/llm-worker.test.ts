import * as Comlink from 'comlink';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_ADAPTER_REASON } from '../../../src/llm/detect-capabilities.ts';
import { LlmPlanner } from '../../../src/llm/llm-planner.ts';
import type { LlmApi, LoadProgress, ModelSpec } from '../../../src/llm/llm-types.ts';
import type { Targets } from '../../../src/stats/tables/targets.ts';
import { validatePlan } from '../../../src/synth/plan/validate/validate-plan.ts';
import { synthesize } from '../../../src/synth/synthesize.ts';
import { createLlmClient } from '../../../src/workers/llm-client.ts';
import { penguinsTargets, planRequest } from './plan-fixture.ts';
import { buildTinyGguf } from '../../../scripts/tiny-gguf.ts';

// The real llm worker, through comlink, running real wllama (llama.cpp in
// WebAssembly) on a tiny GGUF built here, in real Chromium.

const PLAN = { maxProposals: 2, maxCount: 50 } as const;
// The tiny vocabulary is nearly one token per character, so the real proposal
// prompt (LlmPlanner) takes ~2,500 tokens: this model claims a 4096-token
// training context (llama-server caps requests at it) instead of the default 512.
const CONTEXT = 4096;

function tinySpec(bytes: Uint8Array, options: { name?: string; contextLength?: number } = {}): ModelSpec {
  const { name = 'tiny.gguf', contextLength = CONTEXT } = options;
  return { backend: 'wllama', source: { kind: 'blob', blob: new Blob([bytes as Uint8Array<ArrayBuffer>]), name }, contextLength };
}

describe('llm worker with the wllama backend', () => {
  const client = createLlmClient();
  const api: Comlink.Remote<LlmApi> = client.api;
  const model = buildTinyGguf({ contextLength: CONTEXT });
  let targets: Targets;
  const measured: Record<string, number> = {};
  // Whether the worker has the tiny model loaded. Tests that need it call withTinyModel(), which loads
  // it only when an earlier test did not leave it loaded: any one test runs alone, in any order.
  let tinyLoaded = false;

  async function withTinyModel(): Promise<void> {
    if (tinyLoaded) return;
    const loaded = await api.load(tinySpec(model));
    expect(loaded.ok, JSON.stringify(loaded)).toBe(true);
    tinyLoaded = true;
  }

  beforeAll(async () => {
    targets = await penguinsTargets();
  });
  afterAll(() => {
    console.log(`[wllama tiny model] ${JSON.stringify(measured)}`);
    client.terminate();
  });

  it('reports capabilities detected inside the worker', async () => {
    const caps = await api.capabilities();
    // The worker sees what the page sees.
    expect(caps.hardwareConcurrency).toBe(navigator.hardwareConcurrency);
    // The vitest server sends no COOP/COEP headers, so neither the page nor its workers are isolated.
    expect(crossOriginIsolated).toBe(false);
    expect(caps.crossOriginIsolated).toBe(false);
    // The browser project starts Chromium with GPU access off (NO_WEBGPU_ARGS): no adapter on any machine, and it says why.
    expect(caps.webgpu).toEqual({ available: false, fallbackAdapter: false, shaderF16: false, maxBufferSize: 0, reason: NO_ADAPTER_REASON });
  });

  it('answers not-loaded before any model is loaded', async () => {
    // A worker of its own: this one's model depends on which tests ran before.
    const fresh = createLlmClient();
    try {
      const result = await fresh.api.generateJson(planRequest({ targets, ...PLAN, seed: 1 }));
      expect(result).toEqual({ ok: false, error: { code: 'not-loaded', message: 'llm: no model loaded; load a model first' } });
    } finally {
      fresh.terminate();
    }
  });

  it('loads the tiny GGUF from a Blob, reporting progress through a comlink proxy', async () => {
    const progress: LoadProgress[] = [];
    tinyLoaded = false;
    const started = performance.now();
    const loaded = await api.load(
      tinySpec(model),
      Comlink.proxy((p: LoadProgress) => {
        progress.push(p);
      }),
    );
    measured.loadMs = Math.round(performance.now() - started);
    expect(loaded.ok, JSON.stringify(loaded)).toBe(true);
    if (!loaded.ok) return;
    tinyLoaded = true;
    expect(loaded.value).toMatchObject({ backend: 'wllama', modelId: 'tiny.gguf', contextLength: CONTEXT });
    expect(loaded.value.loadMs).toEqual(expect.any(Number));
    await expect.poll(() => progress.at(-1)?.progress).toBe(1);
    expect(progress[0].progress).toBe(0);
  });

  it('writes a plan for the real penguins targets that parses and validates', async () => {
    await withTinyModel();
    const result = await api.generateJson(planRequest({ targets, ...PLAN, seed: 42 }));
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (!result.ok) return;
    const { text, finishReason, usage } = result.value;
    expect(finishReason).toBe('stop');
    expect(() => JSON.parse(text)).not.toThrow();
    const { plan, repairs } = validatePlan(text, { targets, ...PLAN });
    expect(plan.proposals.length, JSON.stringify(repairs)).toBe(1);
    expect(usage).toEqual({ promptTokens: 168, completionTokens: 290 });
  });

  it('gives the same answer for the same seed (greedy or not)', async () => {
    await withTinyModel();
    const a = await api.generateJson(planRequest({ targets, ...PLAN, seed: 9 }));
    const b = await api.generateJson(planRequest({ targets, ...PLAN, seed: 9 }));
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) expect(b.value.text).toBe(a.value.text);
  });

  it('writes valid plans at temperature 1 (20 generations): invalid-output rate, speed, tokens per row', async () => {
    await withTinyModel();
    const runs = 20;
    let invalid = 0;
    let tokens = 0;
    let ms = 0;
    let records = 0;
    for (let seed = 100; seed < 100 + runs; seed++) {
      const result = await api.generateJson(planRequest({ targets, ...PLAN, seed }));
      expect(result.ok, JSON.stringify(result)).toBe(true);
      if (!result.ok) continue;
      tokens += result.value.usage.completionTokens;
      ms += result.value.elapsedMs;
      const { plan } = validatePlan(result.value.text, { targets, ...PLAN });
      if (result.value.finishReason !== 'stop' || plan.proposals.length === 0) invalid++;
      records += plan.proposals.reduce((sum, p) => sum + p.count, 0);
    }
    measured.invalidRate = invalid / runs;
    measured.tokensPerSecond = Math.round((tokens / ms) * 1000);
    measured.completionTokensPerPlan = Math.round(tokens / runs);
    measured.tokensPerProposedRecord = Number((tokens / records).toFixed(2));
    expect(invalid).toBe(0);
  });

  it('drives a whole synthesis run to exactly 60 rows, every plan from the model', async () => {
    await withTinyModel();
    const planner = new LlmPlanner({ generate: (request) => api.generateJson(request), modelId: 'tiny.gguf', seed: 1, contextTokens: CONTEXT });
    const { dataset, history } = await synthesize({ targets, rows: 60, seed: 1, planner, maxIterations: 3, proposalsPerIteration: 2 });
    expect(dataset.rowCount).toBe(60);
    const stats = planner.stats();
    expect(stats.calls).toBe(3);
    expect(stats.fallbacks, JSON.stringify(history.map((h) => h.fallbackReason))).toBe(0);
    expect(history.some((h) => h.planner === 'llm' && h.plan.proposals.length > 0)).toBe(true);
    measured.synthesisCalls = stats.calls;
    measured.synthesisPromptTokensPerCall = Math.round(stats.promptTokens / stats.calls);
    measured.synthesisTokensPerRow = Number((stats.completionTokens / 60).toFixed(2));
  });

  it('says "length" when the answer hit maxTokens', async () => {
    await withTinyModel();
    const result = await api.generateJson({ ...planRequest({ targets, ...PLAN, seed: 4 }), maxTokens: 8 });
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (!result.ok) return;
    expect(result.value.finishReason).toBe('length');
    expect(result.value.usage.completionTokens).toBe(8);
  });

  it('stops a generation in flight with code "aborted", and generates again afterwards', async () => {
    await withTinyModel();
    const long = {
      messages: [{ role: 'user' as const, content: 'Write a long text.' }],
      schema: { type: 'object', properties: { text: { type: 'string', minLength: 1500, maxLength: 1600 } }, required: ['text'], additionalProperties: false },
      maxTokens: 1700,
      temperature: 1,
      seed: 3,
    };
    const whole = await api.generateJson(long);
    expect(whole.ok, JSON.stringify(whole)).toBe(true);
    if (!whole.ok) return;
    // The worker handles messages in order: by the time it reads the abort, the generation has left
    // its queue and is running in wllama. A generation that ran to the end would come back ok, as
    // `whole` did; one stopped in its queue says "before it started".
    const pending = api.generateJson(long);
    await api.abort();
    const result = await pending;
    expect(result).toEqual({ ok: false, error: { code: 'aborted', message: 'wllama: generation aborted' } });
    const again = await api.generateJson(planRequest({ targets, ...PLAN, seed: 5 }));
    expect(again.ok, JSON.stringify(again)).toBe(true);
  });

  it("reports the context llama-server will use: the model's training context caps what was asked", async () => {
    tinyLoaded = false;
    const loaded = await api.load(tinySpec(buildTinyGguf(), { contextLength: 4096 }));
    expect(loaded.ok && loaded.value.contextLength).toBe(512);
    const long = planRequest({ targets, ...PLAN, seed: 1 });
    const tooLong = await api.generateJson({ ...long, messages: [{ role: 'user', content: 'penguins '.repeat(70) }] });
    expect(tooLong.ok).toBe(false);
    if (!tooLong.ok) expect(tooLong.error.message).toMatch(/^wllama: generation failed \(.*exceeds the available context size \(512 tokens\)/);
    await withTinyModel();
  });

  it.each([
    ['truncated tensor data', (b: Uint8Array) => b.slice(0, Math.floor(b.length / 2)), /data is not within the file bounds/],
    ['garbage instead of a header', (b: Uint8Array) => b.map((v, i) => (i < 4096 ? (i * 37) & 0xff : v)), /invalid magic/],
  ])('returns a coded error for a corrupt GGUF (%s) and keeps working', async (_label, corrupt, why) => {
    tinyLoaded = false;
    const bad = await api.load(tinySpec(corrupt(model), { name: 'corrupt.gguf' }));
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.error.code).toBe('unsupported');
    // Names the file, says what to do, and keeps llama.cpp's reason.
    expect(bad.error.message).toMatch(/^wllama: could not load corrupt\.gguf; pick a GGUF file/);
    expect(bad.error.message).toMatch(why);
    expect(await api.generateJson(planRequest({ targets, ...PLAN, seed: 1 }))).toMatchObject({ ok: false, error: { code: 'not-loaded' } });
    await withTinyModel();
    const result = await api.generateJson(planRequest({ targets, ...PLAN, seed: 2 }));
    expect(result.ok, JSON.stringify(result)).toBe(true);
  });

  it('serves the same worker on a second port (as the synth worker will use it)', async () => {
    await withTinyModel();
    const other = Comlink.wrap<LlmApi>(client.port());
    const result = await other.generateJson(planRequest({ targets, ...PLAN, seed: 11 }));
    expect(result.ok, JSON.stringify(result)).toBe(true);
    other[Comlink.releaseProxy]();
  });

  it('downloads a GGUF URL with progress, and drops it from the cache when it does not load', async () => {
    // No network here, and blob: URLs do not answer wllama's HEAD request: the test server answers a
    // missing path with its HTML page, which wllama downloads and caches like a model.
    const url = new URL('/__synthor_missing__/tiny.gguf', location.href).href;
    const progress: LoadProgress[] = [];
    tinyLoaded = false;
    const result = await api.load(
      { backend: 'wllama', source: { kind: 'url', url } },
      Comlink.proxy((p: LoadProgress) => {
        progress.push(p);
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('unsupported');
    expect(result.error.message).toMatch(/^wllama: could not load http.*tiny\.gguf; .*invalid magic characters: '<!do'/);
    expect(progress.some((p) => p.text.startsWith(`wllama: downloading ${url}`))).toBe(true);
    expect(await api.cacheStatus([url])).toEqual([{ modelId: url, cached: false }]);
    await withTinyModel();
  });

  it('reports a picked file as not cached and unloads', async () => {
    await withTinyModel();
    expect(await api.cacheStatus(['tiny.gguf'])).toEqual([{ modelId: 'tiny.gguf', cached: false }]);
    tinyLoaded = false;
    await api.unload();
    expect(await api.generateJson(planRequest({ targets, ...PLAN, seed: 1 }))).toMatchObject({ ok: false, error: { code: 'not-loaded' } });
  });
});
