import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closedPort, tinyGgufFile, TINY_SERVER_CONTEXT, useTinyServer } from '../llm/tiny-openai-server.ts';
import { ROOT, synth } from './run-synth.ts';

const PENGUINS = join(ROOT, 'test/fixtures/datasets/penguins.csv');
const dir = mkdtempSync(join(tmpdir(), 'synthor-generate-llm-'));
const model = tinyGgufFile();
afterAll(() => {
  model.remove();
  rmSync(dir, { recursive: true, force: true });
});

const base = (out: string) => ['generate', '--input', PENGUINS, '--rows', '200', '--seed', '1', '--out', join(dir, out), '--planner', 'llm'];
const budget = ['--llm-plans', '1', '--llm-calls', '3', '--llm-context', String(TINY_SERVER_CONTEXT)];

describe('synth generate --planner llm with a real llama.cpp runtime (the tiny GGUF)', () => {
  it('--model file.gguf: the model plans the column groups and the first plan in this process; the recipe records each call and replays the file', async () => {
    const recipe = join(dir, 'gguf-run.json');
    const audit = join(dir, 'gguf-audit.json');
    const run = await synth([...base('gguf.csv'), '--model', model.path, ...budget, '--recipe', recipe, '--llm-audit', audit]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^generate: 200 rows in \d+ iterations \(\d+ ms\), mean TVD 0\.\d{4} over \d+ tables; tiny\.gguf planned 1 iterations in [23] calls \(\d+ output tokens(, 1 planned statistically instead)?\) → /,
    );
    const written = JSON.parse(readFileSync(recipe, 'utf8'));
    expect(written.planner).toEqual({ name: 'llm', model: 'tiny.gguf', llmSeed: 1 });
    expect(written.llmCalls[0]).toMatchObject({ iteration: 0, attempt: 0, purpose: 'structure' });
    expect(written.llmCalls.filter((c: { purpose: string }) => c.purpose === 'plan').every((c: { iteration: number }) => c.iteration === 1)).toBe(true);
    for (const call of written.llmCalls) expect(call.promptTokens).toBeGreaterThan(100);
    const entries = JSON.parse(readFileSync(audit, 'utf8'));
    expect(entries.map((e: { purpose: string }) => e.purpose)).toEqual(written.llmCalls.map((c: { purpose: string }) => c.purpose));
    const replay = await synth(['replay', recipe, '--out', join(dir, 'gguf-replayed.csv')]);
    expect(replay.code).toBe(0);
    expect(readFileSync(join(dir, 'gguf-replayed.csv'), 'utf8')).toBe(readFileSync(join(dir, 'gguf.csv'), 'utf8'));
  }, 180_000);

  describe('--llm-url, an OpenAI-compatible server on this machine', () => {
    const tiny = useTinyServer();

    it('plans through the server, which is the only origin asked', async () => {
      const server = tiny();
      const run = await synth([...base('server.csv'), '--llm-url', server.url, '--llm-model', 'tiny', ...budget]);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/; tiny planned 1 iterations in [23] calls \(\d+ output tokens/);
      expect(server.requests.length).toBeGreaterThanOrEqual(2);
      expect(server.requests.every((r) => (r as { model?: string }).model === 'tiny')).toBe(true);
    }, 180_000);
  });

  it('with the server down, finishes on the statistical planner and says so', async () => {
    const port = await closedPort();
    const run = await synth([...base('down.csv'), '--llm-url', `http://127.0.0.1:${port}/v1`, ...budget]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`planned 1 iterations in 2 calls \\(0 output tokens, 1 planned statistically instead\\)`));
    expect(readFileSync(join(dir, 'down.csv'), 'utf8').trimEnd().split('\n')).toHaveLength(201);
  }, 60_000);

  it.each([
    [['--planner', 'llm'], 'synth: generate: --planner llm needs one of --llm-url URL (a model server on this machine) or --model file.gguf'],
    [['--planner', 'llm', '--llm-url', 'https://api.openai.com/v1'], 'only a model server on this machine may be used (localhost, 127.0.0.1 or [::1])'],
    [['--llm-plans', '2'], 'synth: generate: --llm-plans need --planner llm'],
    [['--planner', 'llm', '--model', '/nonexistent/model.gguf'], 'synth: generate: --model /nonexistent/model.gguf: could not open the model'],
    // Rare categories and single records' extremes would reach the prompts.
    [['--planner', 'llm', '--llm-url', 'http://127.0.0.1:9/v1', '--min-count', '1'], 'choose the statistical planner, or leave --min-count at 5 or more'],
  ])('refuses %j with one line', async (extra, message) => {
    const run = await synth(['generate', '--input', PENGUINS, '--rows', '20', '--seed', '1', '--out', join(dir, 'refused.csv'), ...extra]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
