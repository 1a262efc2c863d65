import { afterEach, describe, expect, it } from 'vitest';
import type { IterationReport, PlannerChoice, SetupOptions } from '../../src/workers/synth-api.ts';
import { held, penguinAnswer, type Answer } from './fake-backend.ts';
import type { SynthSession } from '../../src/workers/synth-session.ts';
import { SETUP, loadedSession, value } from './session-fixture.ts';
import { connected, disconnect } from './wired-sessions.ts';

const LLM: PlannerChoice = { kind: 'llm', modelId: 'fake.gguf', contextTokens: 8192 };
const LLM_SETUP: SetupOptions = { ...SETUP, planner: LLM };

/** Answers well for `answered` requests, then holds the next one until aborted; `started` says when it is held. */
function answersThenHolds(answered: number): { answer: Answer; started: Promise<void> } {
  const hold = held();
  let calls = 0;
  return { answer: (request, signal) => (calls++ < answered ? penguinAnswer(request) : hold.answer(request, signal)), started: hold.started };
}

describe('SynthSession with an LLM planner', () => {
  const cleanups: (() => void | Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  async function wired(answer: Answer) {
    const sessions = await connected(answer);
    cleanups.push(() => disconnect(sessions));
    return sessions;
  }

  it('plans the first add iterations through the llm session (the default budget), the rest statistically; audits every request; records the model in the recipe', async () => {
    const { synth, backend } = await wired(penguinAnswer);
    const summary = value(await synth.setup(LLM_SETUP));
    expect(summary.planner).toBe('llm (fake.gguf)');
    // The model's suggested group comes first; dependence ranking adds the rest.
    expect(summary.joints[0]).toEqual(['Species', 'Island']);
    const seen: IterationReport[] = [];
    const end = value(await synth.start((r) => void seen.push(r)));
    expect(end).toMatchObject({ rows: 300, stopped: false });
    expect(end.interrupted).toBeUndefined();
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.map((r) => [r.planner, r.fallback])).toEqual(seen.map((r) => [r.iteration <= 3 ? 'llm' : 'statistical', false]));
    const audit = value(await synth.audit());
    expect(audit.map((e) => e.purpose)).toEqual(['structure', 'plan', 'plan', 'plan']);
    expect(audit.map((e) => e.at)).toEqual(audit.map((_, i) => i));
    expect(audit.map((e) => e.response)).toEqual(backend.requests.map((r) => penguinAnswer(r).text));
    const recipe = JSON.parse(value(await synth.exportRecipe()));
    expect(recipe.planner).toEqual({ name: 'llm', model: 'fake.gguf', llmSeed: SETUP.seed });
    // Each model request with its tokens as the runtime counted them.
    expect(recipe.llmCalls).toEqual(
      audit.map((e) => ({
        iteration: e.iteration,
        attempt: e.attempt,
        purpose: e.purpose,
        promptTokens: e.usage.promptTokens,
        outputTokens: e.usage.completionTokens,
      })),
    );
    expect(recipe.llmCalls.map((c: { purpose: string }) => c.purpose)).toEqual(['structure', 'plan', 'plan', 'plan']);
  });

  it('keeps to the budget the choice sets: one plan asked for, then the statistical planner', async () => {
    const { synth, backend } = await wired(penguinAnswer);
    value(await synth.setup({ ...SETUP, planner: { ...LLM, budget: { plans: 1, calls: 3 } } }));
    const seen: IterationReport[] = [];
    value(await synth.start((r) => void seen.push(r)));
    expect(seen.map((r) => r.planner)).toEqual(seen.map((r) => (r.iteration === 1 ? 'llm' : 'statistical')));
    expect(backend.requests).toHaveLength(2);
  });

  it('asks the model the same for the same seed: two runs send the same requests and write the same rows', async () => {
    const runs: { csv: string; requests: readonly unknown[] }[] = [];
    for (let i = 0; i < 2; i++) {
      const { synth, backend } = await wired(penguinAnswer);
      value(await synth.setup(LLM_SETUP));
      value(await synth.start(() => {}));
      runs.push({ csv: await value(await synth.exportCsv()).text(), requests: backend.requests });
    }
    expect(runs[1].requests).toEqual(runs[0].requests);
    expect(runs[1].csv).toBe(runs[0].csv);
  });

  it('pauses when the llm worker goes mid-run, then continues on the statistical planner to exactly the rows wanted', async () => {
    // The structure request and two plans are answered; the third plan never is.
    const { answer, started } = answersThenHolds(3);
    const { synth } = await wired(answer);
    value(await synth.setup(LLM_SETUP));
    const run = synth.start(() => {});
    await started;
    synth.llmLost('was shut down');
    const end = value(await run);
    expect(end).toMatchObject({
      iterations: 2,
      stopped: false,
      interrupted: { code: 'llm-lost', message: 'The language model stopped answering: its worker was shut down' },
    });
    expect(await synth.report()).toMatchObject({ ok: false, error: { message: 'synth: the run is not finished; wait for it or press Stop' } });

    const summary = value(await synth.continueWith({ kind: 'statistical' }));
    expect(summary.planner).toBe('statistical');
    const seen: IterationReport[] = [];
    const done = value(await synth.start((r) => void seen.push(r)));
    expect(done).toMatchObject({ rows: 300, stopped: false });
    expect(done.interrupted).toBeUndefined();
    expect(seen[0].iteration).toBe(3);
    expect(seen.every((r) => r.planner === 'statistical')).toBe(true);
    // The LLM's answers stay in the audit; a reload would continue with the new planner.
    expect(value(await synth.audit()).map((e) => e.purpose)).toEqual(['structure', 'plan', 'plan']);
    expect(value(await synth.checkpoint()).setup.planner).toEqual({ kind: 'statistical' });
    expect(value(await synth.report()).rows).toBe(300);
  });

  it("pauses when the llm worker's port closes, as when it crashed", async () => {
    const { answer, started } = answersThenHolds(1);
    const { synth, channel } = await wired(answer);
    value(await synth.setup(LLM_SETUP));
    const run = synth.start(() => {});
    await started;
    channel.port2.close();
    expect(value(await run).interrupted).toEqual({ code: 'llm-lost', message: 'The language model stopped answering: its worker went away (its port closed)' });
  });

  it('pauses on a lost GPU instead of falling back, naming the model', async () => {
    let calls = 0;
    const { synth } = await wired((request) => {
      if (calls++ < 2) return penguinAnswer(request);
      throw new Error('Device was lost during reload.');
    });
    value(await synth.setup(LLM_SETUP));
    const end = value(await synth.start(() => {}));
    expect(end).toMatchObject({
      iterations: 1,
      interrupted: { code: 'device-lost', message: 'The GPU running fake.gguf was lost (Device was lost during reload.)' },
    });
  });

  it('refuses an LLM planner it cannot reach, and a planner change while the run goes', async () => {
    const notConnected = 'planner: the language model fake.gguf is not connected; load it again or choose the statistical planner';
    const alone = await loadedSession();
    expect(await alone.setup(LLM_SETUP)).toEqual({ ok: false, error: { code: 'bad-input', message: notConnected } });
    value(await alone.setup(SETUP));
    let change: Awaited<ReturnType<SynthSession['continueWith']>> | undefined;
    value(
      await alone.start(async (r) => {
        if (r.iteration !== 1) return;
        change = await alone.continueWith({ kind: 'statistical' });
        alone.stop();
      }),
    );
    expect(change).toEqual({
      ok: false,
      error: { code: 'bad-input', message: 'synth: the run is going; it can change planner only once it paused on a lost planner' },
    });
    expect(await alone.continueWith(LLM)).toEqual({ ok: false, error: { code: 'bad-input', message: notConnected } });
  });
});
