import { describe, expect, it } from 'vitest';
import type { GenerateRequest, GenerateResult, LlmResult } from '../../src/llm/llm-types.ts';
import { SynthesisRun } from '../../src/synth/loop/synthesis-run.ts';
import { StatisticalPlanner } from '../../src/synth/planner/statistical-planner.ts';
import { LlmConnection, type LlmLink } from '../../src/workers/llm-connection.ts';
import { createPlanner } from '../../src/workers/planner-factory.ts';
import { PlannerLost } from '../../src/workers/planner-lost.ts';
import { RunController } from '../../src/workers/run-controller.ts';
import { penguinsTargets } from '../synth/loop/load-penguins-targets.ts';

const LOOP = { rows: 300, seed: 3, maxIterations: 12, proposalsPerIteration: 3, rules: [] };
const CHOICE = { kind: 'llm', modelId: 'fake.gguf', contextTokens: 8192 } as const;

/** Answers unusable JSON (the planner falls back) until `lostAfter` requests, then reports the GPU lost. */
function scripted(lostAfter: number): LlmLink & { calls: number } {
  const link = {
    lost: false,
    calls: 0,
    async generate(_request: GenerateRequest): Promise<LlmResult<GenerateResult>> {
      if (link.calls++ >= lostAfter) return { ok: false, error: { code: 'device-lost', message: 'GPUDeviceLostInfo: destroyed' } };
      return { ok: true, value: { text: '{}', finishReason: 'stop', usage: { promptTokens: 10, completionTokens: 2 }, elapsedMs: 1 } };
    },
  };
  return link;
}

describe('a lost planner pauses the run', () => {
  it('stops on a lost GPU instead of falling back, keeps the loop state, and ends with exactly n rows on the statistical planner', async () => {
    const targets = await penguinsTargets();
    const link = scripted(4);
    const audited: number[] = [];
    const { planner } = createPlanner({ choice: CHOICE, llm: link, seed: LOOP.seed, audit: (e) => audited.push(e.at) });
    const first = new RunController(new SynthesisRun({ targets, planner, loop: LOOP }));
    const end = await first.drive(() => {});
    // Two iterations of two unusable answers each, then the lost device: one request, no retry, no fallback.
    expect(link.calls).toBe(5);
    expect(end.interrupted?.code).toBe('device-lost');
    expect(end.interrupted?.message).toMatch(/^The GPU running fake\.gguf was lost \(GPUDeviceLostInfo: destroyed\)$/);
    expect(end.iterations).toBe(2);
    expect(first.synthesis.done).toBe(false);
    expect(audited).toEqual([0, 1, 2, 3]);

    const checkpoint = first.synthesis.checkpoint();
    expect(checkpoint.iteration).toBe(2);
    const second = new RunController(new SynthesisRun({ targets, planner: new StatisticalPlanner(), loop: LOOP, checkpoint }));
    const done = await second.drive(() => {});
    expect(done.interrupted).toBeUndefined();
    expect(done.rows).toBe(LOOP.rows);
    expect(second.synthesis.result().rowCount).toBe(LOOP.rows);
    expect(second.synthesis.history.map((r) => r.iteration)).toEqual(second.synthesis.history.map((_, i) => i + 1));
    expect(second.synthesis.history.slice(2).every((r) => r.planner === 'statistical')).toBe(true);
  });

  it('fails a request in flight when the llm worker is gone, and every later one at once', async () => {
    const channel = new MessageChannel();
    // Nobody answers on port2: a terminated worker.
    const connection = new LlmConnection(channel.port1);
    const request = { messages: [], schema: {}, maxTokens: 8, temperature: 0, seed: 1 };
    const pending = connection.generate(request);
    connection.lose('was shut down');
    await expect(pending).rejects.toBeInstanceOf(PlannerLost);
    await expect(pending).rejects.toMatchObject({ code: 'llm-lost', message: 'The language model stopped answering: its worker was shut down' });
    await expect(connection.generate(request)).rejects.toMatchObject({ code: 'llm-lost' });
    expect(connection.lost).toBe(true);
    expect(() => createPlanner({ choice: CHOICE, llm: connection, seed: 1 })).toThrow(/not connected/);
    channel.port2.close();
  });
});
