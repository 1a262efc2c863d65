import { beforeAll, describe, expect, it } from 'vitest';
import { LlmPlanner } from '../../src/llm/llm-planner.ts';
import type { GenerateRequest, LlmFailure } from '../../src/llm/llm-types.ts';
import type { RawTable } from '../../src/stats/raw-table.ts';
import type { Targets } from '../../src/stats/tables/targets.ts';
import type { AuditedIterationReport } from '../../src/synth/audit/audit-log.ts';
import { AuditLog } from '../../src/synth/audit/audit-log.ts';
import { hashText } from '../../src/synth/recipe/hash-text.ts';
import { synthesize } from '../../src/synth/synthesize.ts';
import { penguins, realGuidance } from './penguins.ts';
import { scriptedGenerate, type ScriptedAnswer } from './scripted-generate.ts';

const MODEL = 'Qwen2.5-0.5B-Instruct-q4f16_1-MLC';

/** Answer i: not JSON at 0 (so iteration 1 retries), a runtime error at 3, else a small plan. */
function script(request: GenerateRequest, call: number): ScriptedAnswer {
  if (call === 0) return { text: 'Adelie penguins, please.' };
  if (call === 3) return { error: { code: 'out-of-memory', message: 'the GPU ran out of memory' } };
  const schema = request.schema as { properties: { proposals: { items: { properties: { count: { maximum: number } } } } } };
  const most = schema.properties.proposals.items.properties.count.maximum;
  return {
    text: JSON.stringify({ proposals: [{ values: { Species: 'Gentoo', Island: 'Biscoe' }, count: Math.min(7, most) }] }),
    usage: { promptTokens: 900 + call, completionTokens: 30 },
  };
}

let raw: RawTable;
let targets: Targets;
let log: AuditLog;
let requests: GenerateRequest[];
let history: AuditedIterationReport[];
let calls: number;
beforeAll(async () => {
  const data = await penguins();
  raw = data.raw;
  targets = data.targets;
  const fake = scriptedGenerate(script);
  log = new AuditLog();
  const planner = new LlmPlanner({ generate: fake.generate, modelId: MODEL, seed: 2, audit: log.record });
  const run = await synthesize({ targets: data.targets, rows: 300, seed: 2, planner, maxIterations: 8 });
  history = log.attach(run.history);
  requests = fake.requests;
  calls = planner.stats().calls;
});

describe('the audit log of an LLM planner', () => {
  it('holds every request and answer in order, retries and runtime errors included', () => {
    expect(log.entries).toHaveLength(requests.length);
    expect(calls).toBe(requests.length);
    log.entries.forEach((entry, i) => {
      expect(entry.at).toBe(i);
      expect(entry.purpose).toBe('plan');
      expect(entry.messages).toEqual(requests[i].messages);
      expect(entry.schemaHash).toBe(hashText(JSON.stringify(requests[i].schema)));
      const answer = script(requests[i], i);
      if ('error' in answer) {
        expect(entry).toMatchObject({ response: '', finishReason: 'error', error: answer.error, usage: { promptTokens: 0, completionTokens: 0 } });
      } else {
        expect(entry).toMatchObject({ response: answer.text, finishReason: 'stop', usage: answer.usage ?? { promptTokens: 100, completionTokens: 20 } });
      }
    });
    // Iteration 1: the garbage answer, then its retry; iteration 2: one answer; iteration 3: the runtime error (no retry).
    expect(log.entries.slice(0, 4).map((e) => [e.iteration, e.attempt])).toEqual([
      [1, 0],
      [1, 1],
      [2, 0],
      [3, 0],
    ]);
  });

  it('attaches to each iteration report the requests made for it', () => {
    expect(history).toHaveLength(8);
    for (const report of history) {
      expect(report.audit?.length).toBe(report.attempts);
      expect(report.audit?.map((e) => e.attempt)).toEqual(Array.from({ length: report.attempts ?? 0 }, (_, i) => i));
      expect(report.audit?.every((e) => e.iteration === report.iteration)).toBe(true);
    }
    expect(history.flatMap((r) => r.audit ?? [])).toEqual(log.entries);
  });

  it("never sends a training row: no prompt line names 3 or more of one penguin's values with their columns", () => {
    // Rows with 3 or more written values (the 2 penguins with only Species and Island measured are left out).
    const rows = Array.from({ length: raw.rowCount }, (_, r) =>
      raw.columns.map((c) => ({ column: c.name, value: c.values[c.codes[r]] })).filter((v) => v.value !== ''),
    ).filter((values) => values.length >= 3);
    expect(rows).toHaveLength(342);
    const lines = log.entries.flatMap((e) => e.messages.flatMap((m) => m.content.split('\n')));
    expect(lines.length).toBeGreaterThan(100);
    expect(worstLine(rows, lines)).toBeLessThan(3);
    // The check itself can fail: a line quoting one penguin's values next to their columns is caught.
    const first = rows[0];
    expect(worstLine(rows, [`- ${first.map((v) => `${JSON.stringify(v.column)} = ${JSON.stringify(v.value)}`).join(' × ')}`])).toBe(first.length);
  });
});

describe('the audit log outside the loop', () => {
  it('logs the structure request as iteration 0, and an aborted answer before the abort is thrown', async () => {
    const fake = scriptedGenerate([{ text: '{"groups":[["Species","Island"]]}' }, { text: '', finishReason: 'abort' }]);
    const audit = new AuditLog();
    const planner = new LlmPlanner({ generate: fake.generate, modelId: MODEL, seed: 2, audit: audit.record });
    const columns = targets.axes.map((a) => ({ name: a.column, kind: a.kind, labels: a.labels }));
    expect(await planner.inferStructure({ schema: targets.schema, maxGroups: 3, columns })).toEqual([['Species', 'Island']]);
    const [guidance] = await realGuidance({ targets, rows: 300, iterations: 1 });
    const error = await planner.propose(guidance).catch((e: unknown) => e);
    expect((error as LlmFailure).code).toBe('aborted');
    expect(audit.entries.map((e) => [e.purpose, e.iteration, e.attempt, e.at, e.finishReason, e.response])).toEqual([
      ['structure', 0, 0, 0, 'stop', '{"groups":[["Species","Island"]]}'],
      ['plan', 1, 0, 1, 'abort', ''],
    ]);
    expect(audit.entries.map((e) => e.messages)).toEqual(fake.requests.map((r) => r.messages));
  });
});

type Cell = { readonly column: string; readonly value: string };

/**
 * The most values of a single row that one line holds, a value counting only
 * when the line also names its column (quoted, as prompts quote names):
 * shares ("18.6%") and record counts are left out of the values read.
 */
function worstLine(rows: readonly (readonly Cell[])[], lines: readonly string[]): number {
  let worst = 0;
  for (const line of lines) {
    const found = new Set<string>();
    for (const m of line.matchAll(/"((?:[^"\\]|\\.)*)"|-?\d+(?:\.\d+)?(?![\d.]*%)/g))
      found.add(m[1] !== undefined ? (JSON.parse(`"${m[1]}"`) as string) : m[0]);
    for (const row of rows) {
      let n = 0;
      for (const { column, value } of row) if (found.has(column) && found.has(value)) n++;
      if (n > worst) worst = n;
    }
  }
  return worst;
}
