import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../src/synth/audit/audit-entry.ts';
import { AuditLog } from '../../../src/synth/audit/audit-log.ts';
import type { IterationReport } from '../../../src/synth/loop/iteration-report.ts';

const entry = (iteration: number, attempt: number, at: number): AuditEntry => ({
  iteration,
  attempt,
  at,
  purpose: iteration === 0 ? 'structure' : 'plan',
  messages: [{ role: 'user', content: `request ${at}` }],
  schemaHash: '0123456789abcdef',
  response: `answer ${at}`,
  finishReason: 'stop',
  usage: { promptTokens: 10, completionTokens: 2 },
});

const report = (iteration: number): IterationReport => ({
  iteration,
  phase: 'add',
  rows: 10 * iteration,
  added: 10,
  removed: 0,
  meanTvd: 0.1,
  tables: [],
  planner: 'llm',
  written: '{}',
  plan: { proposals: [] },
  repairs: [],
  fallback: false,
  ruleViolations: 0,
  elapsedMs: 0,
});

describe('AuditLog', () => {
  it('keeps entries in arrival order, through its bound record callback', () => {
    const log = new AuditLog();
    const { record } = log;
    [entry(0, 0, 0), entry(1, 0, 1), entry(1, 1, 2), entry(2, 0, 3)].forEach(record);
    expect(log.entries.map((e) => e.at)).toEqual([0, 1, 2, 3]);
    expect(log.forIteration(1).map((e) => e.attempt)).toEqual([0, 1]);
  });

  it('attaches each iteration its own entries, leaving reports without requests unchanged', () => {
    const log = new AuditLog();
    [entry(0, 0, 0), entry(1, 0, 1), entry(1, 1, 2), entry(3, 0, 3)].forEach(log.record);
    const history = [report(1), report(2), report(3)];
    const attached = log.attach(history);
    expect(attached.map((r) => r.audit?.map((e) => e.at))).toEqual([[1, 2], undefined, [3]]);
    expect(attached[1]).toBe(history[1]);
    // The structure request (iteration 0) belongs to no iteration report; it stays in log.entries.
    expect(JSON.parse(JSON.stringify(attached))[0].audit[0].response).toBe('answer 1');
  });
});
