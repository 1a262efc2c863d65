import { beforeEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { WebLlmBackend } from '../../src/llm/backends/webllm-backend.ts';
import type { LoadProgress, ModelSpec } from '../../src/llm/llm-types.ts';

// The real WebLlmBackend (and WebLLM 0.2.86 under it) on this page, against fake model
// folders served by the vitest server (fixtures/models/README.md). The adapter here is always
// SwiftShader (SOFTWARE_WEBGPU_ARGS), so every load that should reach WebLLM sets allowFallbackAdapter.
// Served from the project root. Not `import.meta.url`: in browser mode that is the file's
// absolute disk path, which the server does not serve as a static file.
const MODELS = new URL('/test/browser-webgpu/fixtures/models/', location.href).href;
const SERVER = new URL(MODELS).host;

function spec(modelId: string, extra: Partial<Extract<ModelSpec, { backend: 'webllm' }>> = {}): ModelSpec {
  return { backend: 'webllm', modelId, baseUrl: MODELS, modelLib: `${modelId}/resolve/main/fake-webgpu.wasm`, allowFallbackAdapter: true, ...extra };
}

/** The requests the page made; `waitFor` names one the test expects, so the log is awaited until it shows up. */
async function requestsMade(waitFor?: string): Promise<{ all: string[]; elsewhere: string[]; models: string[] }> {
  const all = await commands.recordedRequests(waitFor);
  return {
    all,
    elsewhere: all.filter((url) => !/^(blob|data):/.test(url) && new URL(url).host !== SERVER),
    models: all.filter((url) => url.startsWith(MODELS)),
  };
}

describe('WebLlmBackend on self-hosted model files', () => {
  beforeEach(() => commands.startRecordingRequests());

  it('refuses the software adapter before fetching anything', async () => {
    const backend = new WebLlmBackend();
    await expect(backend.load(spec('fake-bad-lib-MLC', { allowFallbackAdapter: false }), () => undefined)).rejects.toMatchObject({
      code: 'no-webgpu',
      message: expect.stringMatching(/^WebLLM: cannot load fake-bad-lib-MLC\. WebGPU only offers a software adapter/),
    });
    expect((await requestsMade()).models).toEqual([]);
  });

  it('a missing model folder is model-not-found, naming the file, all on localhost', async () => {
    const backend = new WebLlmBackend();
    await expect(backend.load(spec('absent-MLC'), () => undefined)).rejects.toMatchObject({
      code: 'model-not-found',
      message: expect.stringContaining(`${MODELS}absent-MLC/resolve/main/mlc-chat-config.json answered`),
    });
    const { models, elsewhere } = await requestsMade('absent-MLC/resolve/main/mlc-chat-config.json');
    expect(models).toContain(`${MODELS}absent-MLC/resolve/main/mlc-chat-config.json`);
    expect(elsewhere).toEqual([]);
  });

  it('a missing model library is model-not-found, naming the library', async () => {
    const backend = new WebLlmBackend();
    await expect(backend.load(spec('fake-no-lib-MLC'), () => undefined)).rejects.toMatchObject({
      code: 'model-not-found',
      message: expect.stringMatching(/fake-no-lib-MLC\/resolve\/main\/fake-webgpu\.wasm answered (HTTP 404|a web page); put the model files under/),
    });
    const { models, elsewhere } = await requestsMade('fake-no-lib-MLC/resolve/main/tensor-cache.json');
    expect(models).toContain(`${MODELS}fake-no-lib-MLC/resolve/main/tensor-cache.json`);
    expect(elsewhere).toEqual([]);
  });

  it('a broken model library fails inside WebLLM with a coded error, after fetching only local files', async () => {
    const backend = new WebLlmBackend();
    const progress: LoadProgress[] = [];
    const failure = await backend
      .load(spec('fake-bad-lib-MLC', { cacheBackend: 'cache' }), (p) => progress.push(p))
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(failure).toMatchObject({
      name: 'LlmFailure',
      code: 'download-failed',
      message: expect.stringMatching(
        /^WebLLM: the model library http:\/\/\S+\/fake-bad-lib-MLC\/resolve\/main\/fake-webgpu\.wasm is not WebAssembly \(CompileError/,
      ),
    });
    expect(progress[0]).toEqual({ progress: 0, text: 'WebLLM: loading fake-bad-lib-MLC' });
    const { models, elsewhere } = await requestsMade();
    // WebLLM itself asked our server for the chat config and the library: the load really ran.
    expect(models.filter((url) => url.endsWith('mlc-chat-config.json')).length).toBe(2);
    expect(models.filter((url) => url.endsWith('fake-webgpu.wasm')).length).toBe(2);
    expect(elsewhere).toEqual([]);
    // WebLLM cached the chat config (Cache API); deleteCached, by id alone, removes it.
    const configUrl = `${MODELS}fake-bad-lib-MLC/resolve/main/mlc-chat-config.json`;
    const configCache = await caches.open('webllm/config');
    expect(await configCache.match(configUrl)).toBeDefined();
    expect(await backend.isCached('fake-bad-lib-MLC')).toBe(false);
    await backend.deleteCached('fake-bad-lib-MLC');
    expect(await configCache.match(configUrl)).toBeUndefined();
  });

  it('cache status and delete work on the self-hosted record without the network', async () => {
    const backend = new WebLlmBackend();
    const options = { baseUrl: MODELS, cacheBackend: 'cache' as const };
    expect(await backend.isCached('Llama-3.2-1B-Instruct-q4f32_1-MLC', options)).toBe(false);
    await backend.deleteCached('Llama-3.2-1B-Instruct-q4f32_1-MLC', options);
    expect(await backend.isCached('Llama-3.2-1B-Instruct-q4f32_1-MLC', options)).toBe(false);
    await expect(backend.isCached('no-such-model')).rejects.toMatchObject({ code: 'model-not-found' });
    const { elsewhere, models } = await requestsMade();
    expect(elsewhere).toEqual([]);
    expect(models).toEqual([]);
  });

  it('the recorder does see requests to another host (so the checks above can fail)', async () => {
    // 127.0.0.2 is loopback: nothing leaves the machine, but the host differs from the server's.
    await fetch('http://127.0.0.2:49151/probe', { mode: 'no-cors' }).catch(() => undefined);
    expect((await requestsMade('127.0.0.2:49151/probe')).elsewhere).toEqual(['http://127.0.0.2:49151/probe']);
  });

  it('generate before load is not-loaded', async () => {
    const backend = new WebLlmBackend();
    const request = { messages: [{ role: 'user' as const, content: 'hi' }], schema: { type: 'object' }, maxTokens: 8, temperature: 0, seed: 1 };
    await expect(backend.generate(request, new AbortController().signal)).rejects.toMatchObject({ code: 'not-loaded' });
  });
});
