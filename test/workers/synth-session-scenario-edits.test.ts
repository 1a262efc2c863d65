import { afterEach, describe, expect, it } from 'vitest';
import type { GenerateRequest } from '../../src/llm/llm-types.ts';
import type { PlannerChoice, SetupOptions } from '../../src/workers/synth-api.ts';
import { answered, penguinAnswer } from './fake-backend.ts';
import { SETUP, loadedSession, value } from './session-fixture.ts';
import { connected, disconnect } from './wired-sessions.ts';

const LLM: PlannerChoice = { kind: 'llm', modelId: 'fake.gguf', contextTokens: 8192 };
const LLM_SETUP: SetupOptions = { ...SETUP, maxIterations: 4, planner: LLM };
const TEXT = 'a Gentoo colony grows';
const EDITS = ['+30% Species = Gentoo', '+10% Species = Emperor', 'double the Adelie ones'];

/** The model at its port: scenario requests get EDITS, structure and plan requests the usual penguins answers. */
function answer(request: GenerateRequest) {
  const wantsEdits = 'edits' in (request.schema as { properties: object }).properties;
  return wantsEdits ? answered(JSON.stringify({ edits: EDITS })) : penguinAnswer(request);
}

describe('SynthSession: a free-text what-if written as scenario edits by the model', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  it('turns the text into the edits that apply, states the rest, and a run with the accepted edits applies, records and audits them', async () => {
    const sessions = await connected(answer);
    cleanups.push(() => disconnect(sessions));
    const { synth, backend } = sessions;
    const result = value(await synth.scenarioEdits(TEXT, LLM_SETUP));
    expect(result.edits).toEqual(['+30% Species = Gentoo']);
    expect(result.refused.map((r) => r.text)).toEqual(EDITS.slice(1));
    expect(result.refused[0].why).toContain('"Species" has no category "Emperor"');
    expect(result.failed).toBeUndefined();
    // The prompt names the categorical columns' categories and quotes the text; numeric columns and rows stay out.
    const prompt = backend.requests[0].messages.map((m) => m.content).join('\n');
    expect(prompt).toContain('"Species": "Adelie", "Gentoo", "Chinstrap"');
    expect(prompt).toContain(JSON.stringify(TEXT));
    expect(prompt).not.toContain('Body Mass');
    // Nothing ran yet: the user reads the edits (the app puts them in the Scenarios box) and runs with them.
    expect(backend.requests).toHaveLength(1);
    // A setup refused (here for a bad line of the user's) keeps the edits request for the next one's audit.
    expect((await synth.setup({ ...LLM_SETUP, scenarios: [...result.edits, '+10% Species = Emperor'] })).ok).toBe(false);
    value(await synth.setup({ ...LLM_SETUP, scenario: TEXT, scenarios: result.edits }));
    value(await synth.start(() => {}));
    const report = value(await synth.report());
    expect(report.scenarios.map((s) => s.text)).toEqual(result.edits);
    expect(report.scenarios[0].after / report.scenarios[0].before).toBeCloseTo(1.3, 5);
    const recipe = JSON.parse(value(await synth.exportRecipe()));
    expect(recipe.scenarios).toEqual(result.edits);
    expect(recipe.planner.scenario).toBe(TEXT);
    const audit = value(await synth.audit());
    expect(audit.slice(0, 2).map((e) => e.purpose)).toEqual(['scenario', 'structure']);
    expect(audit[0].response).toBe(JSON.stringify({ edits: EDITS }));
  });

  it("checks the setup's own scenario lines first: a bad one is named before the model is asked", async () => {
    const sessions = await connected(answer);
    cleanups.push(() => disconnect(sessions));
    expect(await sessions.synth.scenarioEdits(TEXT, { ...LLM_SETUP, scenarios: ['+10% Species = Emperor'] })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('"Species" has no category "Emperor"') },
    });
    expect(sessions.backend.requests).toHaveLength(0);
    expect(value(await sessions.synth.scenarioEdits(TEXT, { ...LLM_SETUP, scenarios: ['+10% Species = Adelie'] })).edits).toEqual(['+30% Species = Gentoo']);
  });

  it('asks for a loaded model and a text', async () => {
    const alone = await loadedSession();
    expect(await alone.scenarioEdits(TEXT, SETUP)).toMatchObject({
      ok: false,
      error: { message: 'scenario: load a language model first; it writes the edits' },
    });
    expect(await alone.scenarioEdits(TEXT, LLM_SETUP)).toMatchObject({ ok: false });
    expect(await alone.scenarioEdits('  ', LLM_SETUP)).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^scenario: write a what-if first/) },
    });
  });
});
