import { beforeAll, describe, expect, it } from 'vitest';
import { estimatePromptTokens } from '../../../src/llm/prompts/estimate-tokens.ts';
import { MAX_SUGGESTED_RULES, rulesPrompt } from '../../../src/llm/prompts/rules-prompt.ts';
import { rulesSchema } from '../../../src/llm/prompts/rules-schema.ts';
import type { Targets } from '../../../src/stats/tables/targets.ts';
import { categoricalTargets } from '../categorical-targets.ts';
import { penguins } from '../penguins.ts';

let targets: Targets;
beforeAll(async () => {
  ({ targets } = await penguins());
});

describe('rulesPrompt', () => {
  it('lists the columns with their categories or ranges and asks for a few sure rules', () => {
    const [system, user] = rulesPrompt(targets);
    expect(system.content).toContain('{"rules": [{"if": [conditions], "then": condition, "why": "a short reason"}]}');
    expect(system.content).toContain('never a mere tendency');
    expect(user.content).toContain('- "Species" (categorical, 3 categories): "Adelie", "Gentoo", "Chinstrap"\n');
    expect(user.content).toMatch(/- "Body Mass \(g\)" \(whole numbers, in "g"\): from \d+ to \d+\n/);
    expect(user.content).toContain(`Task: suggest at most ${MAX_SUGGESTED_RULES} rules.`);
  });

  it('fits its budget: fewer categories, then none, then fewer columns', () => {
    const wide = categoricalTargets(
      Object.fromEntries(Array.from({ length: 120 }, (_, c) => [`column number ${c}`, Array.from({ length: 40 }, (_, r) => `category ${(r * (c + 1)) % 20}`)])),
    );
    const full = rulesPrompt(wide);
    expect(full[1].content).toContain('"category 0", "category 1"');
    for (const budget of [2000, 1200, 400]) {
      const cut = rulesPrompt(wide, budget);
      expect(estimatePromptTokens(cut)).toBeLessThanOrEqual(budget);
    }
    expect(rulesPrompt(wide, 1200)[1].content).not.toContain('"category 0"');
    expect(rulesPrompt(wide, 400)[1].content).toMatch(/- and \d+ more columns not listed here/);
  });
});

describe('rulesSchema', () => {
  it('names columns by enum and bounds every list', () => {
    const schema = rulesSchema(targets) as {
      properties: { rules: { maxItems: number; items: { properties: { if: { maxItems: number }; then: { properties: { column: { enum: string[] } } } } } } };
    };
    expect(schema.properties.rules.maxItems).toBe(MAX_SUGGESTED_RULES);
    expect(schema.properties.rules.items.properties.if.maxItems).toBe(3);
    expect(schema.properties.rules.items.properties.then.properties.column.enum).toEqual(targets.axes.map((a) => a.column));
  });
});
