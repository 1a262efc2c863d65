import { describe, expect, it } from 'vitest';
import { EndpointBackend } from '../../src/llm/backends/endpoint-backend.ts';
import { measureSpeed } from '../../src/llm/measure-speed.ts';
import { closedPort, useTinyServer } from './tiny-openai-server.ts';

const noProgress = () => undefined;

describe('EndpointBackend against a real llama.cpp runtime (node-llama-cpp, tiny GGUF)', () => {
  const tiny = useTinyServer();

  it('connects by listing the models, names itself by origin and model, and answers', async () => {
    const backend = new EndpointBackend();
    const origin = new URL(tiny().url).origin;
    const loaded = await backend.load({ backend: 'endpoint', baseUrl: tiny().url }, noProgress);
    expect(loaded).toMatchObject({ backend: 'endpoint', modelId: `${origin}, tiny.gguf`, contextLength: 4096 });
    const speed = await measureSpeed(async (request) => {
      try {
        return { ok: true, value: await backend.generate(request, new AbortController().signal) };
      } catch (e) {
        return { ok: false, error: { code: 'internal', message: String(e) } };
      }
    });
    expect(speed.ok && speed.value && speed.value.outputTokensPerSecond > 0 && speed.value.promptTokensPerSecond > 0).toBe(true);
    expect(tiny().requests.at(-1)).toMatchObject({ model: 'tiny.gguf', max_tokens: 16, seed: 1, temperature: 0 });
  });

  it('refuses a model name the server does not list, naming what it serves', async () => {
    await expect(new EndpointBackend().load({ backend: 'endpoint', baseUrl: tiny().url, model: 'llama3.2' }, noProgress)).rejects.toMatchObject({
      code: 'model-not-found',
      message: expect.stringContaining('does not serve a model named "llama3.2"; it serves "tiny.gguf"'),
    });
  });

  it('says no server answered at a closed port, and what to do', async () => {
    const port = await closedPort();
    await expect(new EndpointBackend().load({ backend: 'endpoint', baseUrl: `http://127.0.0.1:${port}/v1` }, noProgress)).rejects.toMatchObject({
      code: 'unreachable',
      message: `no server answered at http://127.0.0.1:${port} — start llama-server / ollama serve, or check the port`,
    });
  });

  it('refuses an address off this machine before asking anything', async () => {
    await expect(new EndpointBackend().load({ backend: 'endpoint', baseUrl: 'http://10.0.0.2:8080/v1' }, noProgress)).rejects.toMatchObject({
      code: 'unsupported',
      message: expect.stringContaining('http://10.0.0.2:8080/v1: only a model server on this machine may be used'),
    });
  });

  it('answers not-loaded before it connected', async () => {
    await expect(
      new EndpointBackend().generate({ messages: [], schema: {}, maxTokens: 1, temperature: 0, seed: 1 }, new AbortController().signal),
    ).rejects.toMatchObject({ code: 'not-loaded' });
  });
});
