import { beforeAll, describe, expect, it } from 'vitest';
import { suggestRules } from '../../src/llm/suggest-rules.ts';
import type { Targets } from '../../src/stats/tables/targets.ts';
import { penguins } from './penguins.ts';
import { scriptedGenerate } from './scripted-generate.ts';

let targets: Targets;
beforeAll(async () => {
  ({ targets } = await penguins());
});

const RULE = {
  if: [{ column: 'Species', op: '=', values: ['Gentoo'] }],
  then: { column: 'Island', op: '=', values: ['Biscoe'] },
  why: 'Gentoos nest on Biscoe',
};

describe('suggestRules', () => {
  it('offers each compiling rule once, with its usage', async () => {
    const fake = scriptedGenerate([{ text: JSON.stringify({ rules: [RULE, RULE] }), usage: { promptTokens: 300, completionTokens: 40 } }]);
    const result = await suggestRules({ generate: fake.generate, targets, seed: 3 });
    expect(result).toEqual({
      rules: [{ text: 'Species = Gentoo => Island = Biscoe', why: 'Gentoos nest on Biscoe' }],
      refused: [],
      usage: { promptTokens: 300, completionTokens: 40 },
    });
    expect(fake.requests[0].temperature).toBeLessThanOrEqual(0.2);
  });

  it('says why there is nothing to offer: a runtime failure, an answer cut off', async () => {
    const down = scriptedGenerate([{ error: { code: 'unreachable', message: 'no server answered at http://127.0.0.1:9' } }]);
    expect((await suggestRules({ generate: down.generate, targets, seed: 3 })).failed).toBe('no server answered at http://127.0.0.1:9');
    const cut = scriptedGenerate([{ text: '{"rules": [{"if": [', finishReason: 'length' }]);
    expect((await suggestRules({ generate: cut.generate, targets, seed: 3 })).failed).toBe('the model ran out of tokens before it finished its rules');
  });
});
