import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gbnfSchema } from '../../src/cli/gbnf-schema.ts';
import { openGguf, type GgufModel } from '../../src/cli/gguf-generate.ts';
import { planJsonSchema } from '../../src/synth/plan/plan-schema.ts';
import type { Targets } from '../../src/stats/tables/targets.ts';
import { penguins } from '../llm/penguins.ts';
import { TINY_SERVER_CONTEXT, tinyGgufFile } from '../llm/tiny-gguf-file.ts';

let targets: Targets;
const file = tinyGgufFile();
let model: GgufModel;
beforeAll(async () => {
  ({ targets } = await penguins());
  model = await openGguf(file.path, { contextTokens: TINY_SERVER_CONTEXT, threads: 1 });
}, 120_000);
afterAll(async () => {
  await model?.close();
  file.remove();
});

describe('the GGUF port (node-llama-cpp)', () => {
  it('reads anyOf as oneOf, leaving enums alone', () => {
    const schema = { anyOf: [{ type: 'array', items: { type: 'number' } }, { enum: ['anyOf', '(any)'] }] };
    expect(gbnfSchema(schema)).toEqual({ oneOf: [{ type: 'array', items: { type: 'number' } }, { enum: ['anyOf', '(any)'] }] });
    expect(JSON.stringify(gbnfSchema(planJsonSchema(targets, { maxProposals: 2, maxCount: 50 })))).not.toContain('"anyOf"');
  });

  it('keeps a plan inside its schema: a number column gets a [min, max] range or a label, never null', async () => {
    const schema = planJsonSchema(targets, { maxProposals: 2, maxCount: 50 });
    const numeric = targets.axes.filter((a) => a.kind === 'binned').map((a) => a.column);
    let checked = 0;
    for (const seed of [1, 2, 3]) {
      const result = await model.generate({
        messages: [{ role: 'user', content: 'Write a plan.' }],
        schema,
        maxTokens: 1024,
        temperature: 0.7,
        seed,
      });
      if (!result.ok) throw new Error(result.error.message);
      if (result.value.finishReason !== 'stop') continue;
      const plan = JSON.parse(result.value.text) as { proposals: { values: Record<string, unknown> }[] };
      checked++;
      for (const p of plan.proposals) {
        for (const column of numeric) {
          const v = p.values[column];
          expect(
            Array.isArray(v) ? v.length === 2 && v.every((x) => typeof x === 'number') : v === '(missing)' || v === '(any)',
            `${column}: ${JSON.stringify(v)}`,
          ).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  }, 120_000);
});
