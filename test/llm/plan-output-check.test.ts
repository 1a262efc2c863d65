import { beforeAll, describe, expect, it } from 'vitest';
import { checkPlanOutput } from '../../src/llm/plan-output-check.ts';
import type { GenerateResult } from '../../src/llm/llm-types.ts';
import type { Targets } from '../../src/stats/tables/targets.ts';
import { planJsonSchema } from '../../src/synth/plan/plan-schema.ts';
import { penguins } from './penguins.ts';

let targets: Targets;
beforeAll(async () => {
  ({ targets } = await penguins());
});

const answer = (text: string, finishReason: GenerateResult['finishReason'] = 'stop'): GenerateResult => ({
  text,
  finishReason,
  usage: { promptTokens: 900, completionTokens: 64 },
  elapsedMs: 5,
});

describe('checkPlanOutput', () => {
  const context = () => ({ targets, maxProposals: 8, maxCount: 150 });

  it('accepts a plan and counts the records it asks for', () => {
    const check = checkPlanOutput(
      answer('{"proposals":[{"values":{"Species":"Adelie","Island":"Dream"},"count":40},{"values":{"Species":"Gentoo"},"count":60}]}'),
      context(),
    );
    expect(check.ok && check.records).toBe(100);
    expect(check.ok && check.plan.proposals).toHaveLength(2);
  });

  it.each([
    ['truncated', answer('{"proposals":[{"values":{"Species":"Ade', 'length'), /stopped at the token limit after 64 tokens/],
    ['truncated', answer('{"proposals":[]}', 'length'), /token limit/],
    ['not-json', answer('Sure! Adelie penguins on Dream, 40 of them.'), /not JSON: "Sure! Adelie/],
    ['schema-echo', answer('{"type":"object","properties":{"proposals":{"type":"array"}},"required":["proposals"]}'), /is a JSON schema/],
    ['schema-echo', answer('{"proposals":{"type":"array","items":{"type":"object"}}}'), /is a JSON schema/],
    ['no-usable-proposal', answer('{"proposals":[{"values":{"Species":"Emperor"},"count":20}]}'), /Emperor/],
    ['no-usable-proposal', answer('{"proposals":[]}'), /no proposals/],
    ['no-usable-proposal', answer('{"plan":"add more Adelie"}'), /not an object with a "proposals" array/],
  ] as const)('rejects %s', (problem, result, detail) => {
    const check = checkPlanOutput(result, context());
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problem).toBe(problem);
    expect(check.detail).toMatch(detail);
  });

  it('recognises the real plan schema echoed back', () => {
    const echoed = JSON.stringify(planJsonSchema(targets, { maxProposals: 8, maxCount: 150 }));
    const check = checkPlanOutput(answer(echoed), context());
    expect(check.ok ? 'ok' : check.problem).toBe('schema-echo');
  });
});
