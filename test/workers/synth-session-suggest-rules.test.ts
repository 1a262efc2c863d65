import { afterEach, describe, expect, it } from 'vitest';
import type { GenerateRequest } from '../../src/llm/llm-types.ts';
import type { PlannerChoice, SetupOptions } from '../../src/workers/synth-api.ts';
import { answered, penguinAnswer } from './fake-backend.ts';
import { SETUP, loadedSession, value } from './session-fixture.ts';
import { connected, disconnect } from './wired-sessions.ts';

const LLM: PlannerChoice = { kind: 'llm', modelId: 'fake.gguf', contextTokens: 8192 };
// No holdout: the break counts are over all 344 rows, so they can be checked against counts made by hand.
const LLM_SETUP: SetupOptions = { ...SETUP, rows: 400, holdoutShare: 0, planner: LLM };

const condition = (column: string, op: string, ...values: string[]) => ({ column, op, values });
/** What the model suggests: two rules the real penguins break (tendencies), one unknown category, one word for a number. */
const SUGGESTED = [
  { if: [condition('Island', '=', 'Dream')], then: condition('Species', '=', 'Chinstrap'), why: 'Chinstraps nest on Dream' },
  { if: [condition('Island', '=', 'Biscoe')], then: condition('Species', 'in', 'Gentoo'), why: 'Gentoos nest on Biscoe' },
  { if: [condition('Species', '=', 'Emperor')], then: condition('Island', '=', 'Dream'), why: 'no such penguin here' },
  { if: [condition('Body Mass (g)', '>', 'heavy')], then: condition('Sex', '=', 'MALE'), why: 'not a number' },
];

/** Species and Island of every exported row (neither holds a comma or a quote). */
function speciesAndIsland(csv: string): { Species: string; Island: string }[] {
  const [head, ...lines] = csv.trimEnd().split('\n');
  const names = head.split(',');
  const [s, i] = [names.indexOf('Species'), names.indexOf('Island')];
  return lines.map((line) => line.split(',')).map((cells) => ({ Species: cells[s], Island: cells[i] }));
}

/** The model at its port: rules requests get SUGGESTED, structure and plan requests the usual penguins answers. */
function answer(request: GenerateRequest) {
  const wantsRules = 'rules' in (request.schema as { properties: object }).properties;
  return wantsRules ? answered(JSON.stringify({ rules: SUGGESTED })) : penguinAnswer(request);
}

describe('SynthSession: rules a model suggests', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  it('offers the rules that compile with how often the real rows break them; an accepted rule is enforced and counted, a rejected one is not', async () => {
    const sessions = await connected(answer);
    cleanups.push(() => disconnect(sessions));
    const { synth, backend } = sessions;
    const result = value(await synth.suggestRules(LLM_SETUP));
    // Counted by hand in the penguins file: 56 Adelie on Dream, 44 Adelie on Biscoe, of 344 rows.
    expect(result.rules).toEqual([
      { text: 'Island = Dream => Species = Chinstrap', why: 'Chinstraps nest on Dream', realBreaks: { rows: 344, broken: 56 } },
      { text: 'Island = Biscoe => Species in {Gentoo}', why: 'Gentoos nest on Biscoe', realBreaks: { rows: 344, broken: 44 } },
    ]);
    expect(result.refused.map((r) => r.why)).toEqual([
      expect.stringContaining('"Species" has no category "Emperor"'),
      expect.stringContaining('"heavy" is not a number for "Body Mass (g)"'),
    ]);
    // The prompt: columns, categories and ranges, never rows; nothing else was asked.
    expect(backend.requests).toHaveLength(1);
    const prompt = backend.requests[0].messages.map((m) => m.content).join('\n');
    expect(prompt).toContain('"Species" (categorical, 3 categories)');
    expect(prompt).toContain('"Body Mass (g)"');
    expect(prompt).not.toContain('39.1');

    // The user accepts the first and rejects the second: only the first runs.
    const accepted = result.rules[0].text;
    const run = async (maxIterations: number) => {
      value(await synth.setup({ ...LLM_SETUP, maxIterations, rules: [accepted] }));
      value(await synth.start(() => {}));
      const csv = await value(await synth.exportCsv()).text();
      const rows = speciesAndIsland(csv);
      return {
        rows,
        reported: value(await synth.report()).ruleViolations,
        breaking: rows.filter((r) => r.Island === 'Dream' && r.Species !== 'Chinstrap').length,
      };
    };
    // Counted: a short run leaves some records breaking it (the targets ask for Adelie on Dream; 22 after 10 iterations), and the report says how many.
    const short = await run(10);
    expect(short.breaking).toBeGreaterThan(0);
    expect(short.reported).toBe(short.breaking);
    // The rules request is audited with the first run set up after it.
    expect(value(await synth.audit())[0].purpose).toBe('rules');
    // Enforced: given the iterations, no record breaks it, where about 16% of the real Dream penguins would.
    const full = await run(30);
    expect(full.rows).toHaveLength(400);
    expect(full.breaking).toBe(0);
    expect(full.reported).toBe(0);
    expect(full.rows.filter((r) => r.Island === 'Dream').length).toBeGreaterThan(50);
    // The rejected rule was not enforced: like the real penguins, some synthetic Adelie live on Biscoe.
    expect(full.rows.filter((r) => r.Island === 'Biscoe' && r.Species === 'Adelie').length).toBeGreaterThan(10);
    const recipe = JSON.parse(value(await synth.exportRecipe()));
    expect(recipe.loop.rules).toEqual([accepted]);
  });

  it('does not offer a rule the run already has, and asks for a loaded model first', async () => {
    const sessions = await connected(answer);
    cleanups.push(() => disconnect(sessions));
    const result = value(await sessions.synth.suggestRules({ ...LLM_SETUP, rules: ['Island = Dream => Species = Chinstrap'] }));
    expect(result.rules.map((r) => r.text)).toEqual(['Island = Biscoe => Species in {Gentoo}']);
    const alone = await loadedSession();
    expect(await alone.suggestRules(SETUP)).toMatchObject({ ok: false, error: { message: 'rules: load a language model first; it suggests the rules' } });
  });

  it('says so when the model answers no list of rules', async () => {
    const sessions = await connected((request) =>
      'rules' in (request.schema as { properties: object }).properties ? answered('{"nope": 1}') : penguinAnswer(request),
    );
    cleanups.push(() => disconnect(sessions));
    expect(value(await sessions.synth.suggestRules(LLM_SETUP))).toEqual({ rules: [], refused: [], failed: 'the model answered no list of rules' });
  });
});
