import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChatServer, type ChatServer } from '../llm/chat-server.ts';
import { tinyGgufFile } from '../llm/tiny-gguf-file.ts';
import { ROOT, synth } from './run-synth.ts';

const PENGUINS = join(ROOT, 'test/fixtures/datasets/penguins.csv');
const dir = mkdtempSync(join(tmpdir(), 'synthor-suggest-rules-'));
const model = tinyGgufFile();

const condition = (column: string, op: string, ...values: string[]) => ({ column, op, values });
/** Two tendencies of the real penguins (56 Adelie on Dream, 44 on Biscoe, of 344), and a category that does not exist. */
const SUGGESTED = [
  { if: [condition('Island', '=', 'Dream')], then: condition('Species', '=', 'Chinstrap'), why: 'Chinstraps nest on Dream' },
  { if: [condition('Island', '=', 'Biscoe')], then: condition('Species', '=', 'Gentoo'), why: 'Gentoos nest\non Biscoe' },
  { if: [condition('Species', '=', 'Emperor')], then: condition('Island', '=', 'Dream'), why: 'no such penguin here' },
];

/** The LLM at its port, scripted behind a real HTTP server: every request gets SUGGESTED. */
let scripted: ChatServer;
beforeAll(async () => {
  scripted = await startChatServer(async () => ({
    ok: true,
    value: { text: JSON.stringify({ rules: SUGGESTED }), finishReason: 'stop', usage: { promptTokens: 400, completionTokens: 90 }, elapsedMs: 1 },
  }));
});
afterAll(async () => {
  await scripted.close();
  model.remove();
  rmSync(dir, { recursive: true, force: true });
});

const suggest = (out: string, ...extra: string[]) => synth(['suggest-rules', '--input', PENGUINS, '--out', join(dir, out), ...extra]);

describe('synth suggest-rules', () => {
  it('writes every suggested rule commented out, with its reason and the real rows that break it; an accepted rule runs, a rejected one does not', async () => {
    const run = await suggest('rules.txt', '--llm-url', scripted.url);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`suggest-rules: ${scripted.url.replace('/v1', '')}`);
    expect(run.stdout).toContain('suggested 2 rules (1 more did not fit the columns)');
    const text = readFileSync(join(dir, 'rules.txt'), 'utf8');
    const lines = text.trimEnd().split('\n');
    expect(lines.every((l) => l.startsWith('#'))).toBe(true);
    expect(lines).toContain('# Chinstraps nest on Dream The real rows break it in 56 of 344.');
    expect(lines).toContain('# Island = Dream => Species = Chinstrap');
    // The model's line break stays inside its comment line.
    expect(lines).toContain('# Gentoos nest on Biscoe The real rows break it in 44 of 344.');
    expect(lines).toContain('# Island = Biscoe => Species = Gentoo');
    expect(text).toContain('"Species" has no category "Emperor"');
    // The prompt went to the named server only, with names, categories and ranges and no row.
    const prompt = scripted.requests[0].messages.map((m) => m.content).join('\n');
    expect(prompt).toContain('"Island" (categorical, 3 categories)');
    expect(prompt).not.toContain('39.1');

    // Accept the first (delete its "# "), leave the second.
    const accepted = join(dir, 'accepted.txt');
    writeFileSync(accepted, text.replace('# Island = Dream => Species = Chinstrap', 'Island = Dream => Species = Chinstrap'));
    const out = join(dir, 'synthetic.csv');
    const generated = await synth(['generate', '--input', PENGUINS, '--rows', '400', '--seed', '5', '--out', out, '--rules', accepted]);
    expect(generated.code).toBe(0);
    expect(generated.stdout).toContain(', 0 records breaking a rule →');
    const [head, ...rows] = readFileSync(out, 'utf8').trimEnd().split('\n');
    const [species, island] = [head.split(',').indexOf('Species'), head.split(',').indexOf('Island')];
    const cells = rows.map((r) => r.split(','));
    expect(cells.filter((c) => c[island] === 'Dream' && c[species] !== 'Chinstrap')).toHaveLength(0);
    expect(cells.filter((c) => c[island] === 'Dream').length).toBeGreaterThan(50);
    expect(cells.filter((c) => c[island] === 'Biscoe' && c[species] === 'Adelie').length).toBeGreaterThan(10);
  }, 60_000);

  it('runs with a real llama.cpp runtime (the tiny GGUF in this process), audited', async () => {
    const audit = join(dir, 'audit.json');
    const run = await suggest('tiny-rules.txt', '--model', model.path, '--llm-audit', audit);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^suggest-rules: tiny\.gguf suggested \d+ rules?/);
    const text = readFileSync(join(dir, 'tiny-rules.txt'), 'utf8');
    expect(
      text
        .trimEnd()
        .split('\n')
        .every((l) => l.startsWith('#')),
    ).toBe(true);
    const entries = JSON.parse(readFileSync(audit, 'utf8'));
    expect(entries.map((e: { purpose: string }) => e.purpose)).toEqual(['rules']);
    expect(entries[0].usage.completionTokens).toBeGreaterThan(0);
  }, 120_000);

  it.each([
    [['--llm-url', 'http://127.0.0.1:9/v1', '--min-count', '1'], 'leave --min-count at 5 or more'],
    [[], 'synth: suggest-rules: give one of --llm-url URL (a model server on this machine) or --model file.gguf'],
    [['--llm-url', 'https://api.openai.com/v1'], 'only a model server on this machine may be used'],
  ])('refuses %j with one line', async (extra, message) => {
    const run = await suggest('refused.txt', ...extra);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
