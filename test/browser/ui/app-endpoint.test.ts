import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { flushSync } from 'svelte';
import penguinsCsv from '../../fixtures/datasets/penguins.csv?raw';
import { mountApp, type MountedApp } from '../mount-app.ts';
import { button, until } from '../until.ts';
import { choose, fill } from './form-fields.ts';

// The whole app with a local model server: a real llama.cpp runtime (node-llama-cpp on the tiny
// GGUF, test/llm/tiny-openai-server.ts) started in Node by a browser command, reached by the llm
// worker at http://127.0.0.1:<port>/v1. No Content-Security-Policy here (the test page has none):
// what the page asked for is checked from Playwright's log of every request instead.

const measured: Record<string, number> = {};

describe('app with a local model server', () => {
  let mounted: MountedApp | null = null;
  let server: string | null = null;
  afterEach(async () => {
    mounted?.cleanup();
    mounted = null;
    if (server) await commands.stopTinyModelServer(server);
    server = null;
  });
  afterAll(() => console.log(`[app endpoint] ${JSON.stringify(measured)}`));

  async function withPenguins(): Promise<MountedApp> {
    mounted = mountApp();
    await mounted.app.loadFile(new File([penguinsCsv], 'penguins.csv'));
    flushSync();
    return mounted;
  }

  async function connect(target: HTMLElement, url: string): Promise<void> {
    choose(target, 'Local model server');
    await until(() => target.textContent?.includes('Recommended:'), 'the capabilities');
    fill(target, 'Server address', url);
    flushSync();
    button(target, 'Allow and connect').click();
  }

  function setRun(target: HTMLElement): void {
    fill(target, 'Rows', '60');
    fill(target, 'Iterations at most', '3');
    fill(target, 'Proposals per iteration', '2');
    flushSync();
  }

  async function synthesize(app: MountedApp['app'], target: HTMLElement): Promise<void> {
    button(target, 'Synthesize').click();
    await until(() => app.run.status === 'done' || app.run.status === 'error', 'the run to finish', 150_000);
    expect(app.run.error).toBeNull();
    expect(app.run.latest?.rows).toBe(60);
  }

  it('connects to the server, measures its speed, plans a run with it, and asks nothing of any other origin', async () => {
    await commands.startRecordingRequests();
    const url = await commands.startTinyModelServer();
    server = url;
    const origin = new URL(url).origin;
    const { app, target } = await withPenguins();
    const started = performance.now();
    await connect(target, url);
    await until(() => app.llm.loaded ?? (app.llm.error !== null && app.llm.error), 'the server to answer', 60_000);
    measured.connectMs = Math.round(performance.now() - started);
    expect(app.llm.error).toBeNull();
    // The address wherever the model is named: the planner panel, the run summary.
    expect(target.textContent).toMatch(
      new RegExp(`Plans will come from ${origin}, tiny\\.gguf \\(endpoint, context 4,096 tokens\\); it reads ~[\\d.,]+ tokens/s, writes ~[\\d.,]+ tokens/s\\.`),
    );
    expect(target.textContent).toContain(`Allowed in this browser: ${origin}.`);
    measured.readsPerSecond = Math.round(app.llm.loaded?.speed?.promptTokensPerSecond ?? 0);
    measured.writesPerSecond = Math.round(app.llm.loaded?.speed?.outputTokensPerSecond ?? 0);
    expect(target.textContent).toMatch(/Measured at load it reads ~[\d.,]+ tokens\/s, writes ~[\d.,]+ tokens\/s: at most about \d+ (s|min)/);

    setRun(target);
    const runStarted = performance.now();
    await synthesize(app, target);
    measured.runMs = Math.round(performance.now() - runStarted);
    expect(target.textContent).toContain(`Planner: llm (${origin}, tiny.gguf).`);
    const byModel = app.run.history.filter((r) => r.usage !== undefined && r.usage.completionTokens > 0);
    expect(byModel.length).toBeGreaterThan(0);
    measured.iterationsByModel = byModel.length;
    measured.fallbacks = app.run.history.filter((r) => r.fallbackReason !== undefined).length;

    const requests = await commands.recordedRequests('/v1/chat/completions');
    const elsewhere = requests.filter((url) => !/^(blob|data):/.test(url) && ![location.origin, origin].includes(new URL(url).origin));
    expect(elsewhere).toEqual([]);
    const toServer = requests.filter((url) => url.startsWith(origin)).map((url) => new URL(url).pathname);
    expect(new Set(toServer)).toEqual(new Set(['/v1/models', '/v1/chat/completions']));
    measured.requestsToServer = toServer.length;
  }, 240_000);

  it('says when no server answers, and plans statistically', async () => {
    const port = await commands.closedModelPort();
    const { app, target } = await withPenguins();
    await connect(target, `http://127.0.0.1:${port}/v1`);
    const alert = await until(() => target.querySelector('[role="alert"]'), 'the connection error');
    expect(alert.textContent).toContain(
      `The local model server did not answer (unreachable): no server answered at http://127.0.0.1:${port} — start llama-server / ollama serve, or check the port`,
    );
    expect(app.llm.loaded).toBeNull();
    setRun(target);
    await synthesize(app, target);
    expect(target.textContent).toContain('Planner: statistical.');
  }, 120_000);

  it('refuses an address off this machine, naming it, before asking anything', async () => {
    const { app, target } = await withPenguins();
    await connect(target, 'http://192.168.1.20:8080/v1');
    const alert = await until(() => target.querySelector('[role="alert"]'), 'the refusal');
    expect(alert.textContent).toContain('http://192.168.1.20:8080/v1: only a model server on this machine may be used (localhost, 127.0.0.1 or [::1])');
    expect(app.llm.endpoint.allowed?.origin).not.toBe('http://192.168.1.20:8080');
  });

  it('hands the run over to the statistical planner when the server goes down after connecting, and says so', async () => {
    const url = await commands.startTinyModelServer();
    server = url;
    const origin = new URL(url).origin;
    const { app, target } = await withPenguins();
    await connect(target, url);
    await until(() => app.llm.loaded, 'the server to answer', 60_000);
    server = null;
    await commands.stopTinyModelServer(url);
    setRun(target);
    await synthesize(app, target);
    // The first plan request finds no server: that iteration is planned statistically, and the rest without asking again.
    const [first, ...rest] = app.run.history;
    expect(first.fallbackReason).toMatch(new RegExp(`^${origin}, tiny\\.gguf failed \\(unreachable: `));
    expect(rest.length).toBeGreaterThan(0);
    expect(rest.every((r) => r.planner === 'statistical' && r.usage === undefined)).toBe(true);
    expect(target.textContent).toContain(`1 iteration fell back to another planner Iteration 1: ${origin}, tiny.gguf failed (unreachable`);
    expect(target.textContent).toContain('The model planned iteration 1 (');
    expect(target.textContent).toContain('; the statistical planner the rest.');
  }, 120_000);
});
