import { describe, expect, it } from 'vitest';
import { endpointGenerate } from '../../src/llm/backends/endpoint-generate.ts';
import { localEndpoint } from '../../src/llm/backends/local-endpoint.ts';
import { LlmPlanner } from '../../src/llm/llm-planner.ts';
import { HandoverPlanner } from '../../src/synth/planner/handover-planner.ts';
import { StatisticalPlanner } from '../../src/synth/planner/statistical-planner.ts';
import { synthesize } from '../../src/synth/synthesize.ts';
import { penguins } from './penguins.ts';
import { closedPort, TINY_SERVER_CONTEXT, useTinyServer } from './tiny-openai-server.ts';

describe('localEndpoint', () => {
  it.each(['http://127.0.0.1:11434/v1', 'http://localhost:8080/v1/', 'https://[::1]:1234/v1'])('accepts %s', (url) => {
    expect(localEndpoint(url)).toBe(url.replace(/\/$/, ''));
  });

  it.each([
    ['https://api.openai.com/v1', 'only a model server on this machine may be used (localhost, 127.0.0.1 or [::1])'],
    ['http://127.0.0.1.example.com/v1', 'only a model server on this machine may be used'],
    ['http://192.168.1.5:11434/v1', 'only a model server on this machine may be used'],
    ['file:///etc/passwd', 'a model server is reached over http or https, not file:'],
    ['http://user:pw@localhost:1/v1', 'give the base URL alone, without credentials, query or fragment'],
    ['localhost:11434', 'a model server is reached over http or https'],
    ['not a url', 'is not a URL'],
  ])('refuses %s', (url, message) => {
    expect(() => localEndpoint(url)).toThrow(message);
  });
});

describe('endpointGenerate against a real llama.cpp runtime (node-llama-cpp, tiny GGUF)', () => {
  const tiny = useTinyServer();

  it('synthesizes a run whose first plans the model wrote under the schema, and asks nothing but the named origin', async () => {
    const server = tiny();
    const { targets } = await penguins();
    const asked: string[] = [];
    const counting: typeof fetch = (input, init) => (asked.push(String(input)), fetch(input, init));
    const generate = endpointGenerate({ baseUrl: server.url, fetch: counting });
    const llm = new LlmPlanner({ generate, modelId: 'tiny', seed: 1, contextTokens: TINY_SERVER_CONTEXT, maxTokens: 160 });
    const planner = new HandoverPlanner({ lead: llm, rest: new StatisticalPlanner(), budget: { plans: 2, calls: 4 } });
    const { dataset, history } = await synthesize({ targets, rows: 200, seed: 1, planner, maxIterations: 8 });
    expect(dataset.rowCount).toBe(200);
    expect(history.slice(0, 2).map((r) => r.planner)).toEqual(['llm', 'llm']);
    expect(history.slice(2).every((r) => r.planner === 'statistical')).toBe(true);
    // Real token counts from the runtime, for every plan the model was asked for.
    for (const r of history.slice(0, 2)) expect(r.usage?.promptTokens).toBeGreaterThan(100);
    expect(asked.length).toBe(server.requests.length);
    expect(asked.every((url) => url === `${server.url}/chat/completions`)).toBe(true);
    expect(server.requests[0].response_format).toMatchObject({ json_schema: { schema: { type: 'object' } } });
  }, 240_000);

  it('with the server down, the run continues on the statistical planner and says so', async () => {
    const { targets } = await penguins();
    const port = await closedPort();
    const generate = endpointGenerate({ baseUrl: `http://127.0.0.1:${port}/v1` });
    const llm = new LlmPlanner({ generate, modelId: 'local server', seed: 1 });
    const planner = new HandoverPlanner({ lead: llm, rest: new StatisticalPlanner(), budget: { plans: 2, calls: 4 } });
    const { dataset, history } = await synthesize({ targets, rows: 100, seed: 1, planner, maxIterations: 6 });
    expect(dataset.rowCount).toBe(100);
    expect(history[0].fallbackReason).toMatch(
      new RegExp(
        `^local server failed \\(unreachable: http://127\\.0\\.0\\.1:${port}/v1: connect ECONNREFUSED .*; is the model server running\\?\\); used the statistical planner$`,
      ),
    );
  });
});
