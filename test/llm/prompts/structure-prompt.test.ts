import { describe, expect, it } from 'vitest';
import { estimatePromptTokens } from '../../../src/llm/prompts/estimate-tokens.ts';
import { structurePrompt } from '../../../src/llm/prompts/structure-prompt.ts';
import { structureSchema } from '../../../src/llm/prompts/structure-schema.ts';
import type { StructureSummary } from '../../../src/synth/planner/planner.ts';

const summary: StructureSummary = {
  schema: { columns: [] },
  maxGroups: 3,
  columns: [
    { name: 'Species', kind: 'categorical', labels: ['Adelie', 'Gentoo', 'Chinstrap', '(missing)'] },
    { name: 'Island', kind: 'categorical', labels: ['Biscoe', 'Dream', 'Torgersen', '(missing)'] },
    { name: 'Body Mass (g)', kind: 'numeric', labels: ['[2700, 3400)', '[3400, 3700)', '(missing)'] },
    { name: 'code', kind: 'categorical', labels: Array.from({ length: 12 }, (_, i) => `c${i}`) },
  ],
};

describe('structurePrompt', () => {
  it('asks for at most 3 groups from names, kinds and a few labels', () => {
    const [system, user] = structurePrompt(summary);
    expect(system.role).toBe('system');
    expect(system.content).toContain('{"groups": [["column a", "column b"]]}');
    expect(user.content).toContain('- "Species" (categorical): "Adelie", "Gentoo", "Chinstrap", "(missing)"\n');
    expect(user.content).toContain('- "Body Mass (g)" (numeric): "[2700, 3400)", "[3400, 3700)", "(missing)"\n');
    // 12 labels: 8 shown, 4 counted.
    expect(user.content).toContain('- "code" (categorical): "c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7", and 4 more\n');
    expect(user.content).toContain('Task: name at most 3 groups of 2 to 4 columns each');
  });

  it('asks for fewer groups when the summary does', () => {
    expect(structurePrompt({ ...summary, maxGroups: 1 })[1].content).toContain('at most 1 group of 2 to 4 columns');
  });
});

describe('structureSchema', () => {
  it('is bounded: at most 3 groups of 2–4 column-name enums, all required', () => {
    expect(structureSchema(summary)).toEqual({
      type: 'object',
      properties: {
        groups: {
          type: 'array',
          items: { type: 'array', items: { enum: ['Species', 'Island', 'Body Mass (g)', 'code'] }, minItems: 2, maxItems: 4 },
          minItems: 0,
          maxItems: 3,
        },
      },
      required: ['groups'],
      additionalProperties: false,
    });
  });

  it('caps a group at the number of columns and the groups at maxGroups', () => {
    const schema = structureSchema({ ...summary, columns: summary.columns.slice(0, 3), maxGroups: 2 }) as {
      properties: { groups: { maxItems: number; items: { maxItems: number } } };
    };
    expect(schema.properties.groups.maxItems).toBe(2);
    expect(schema.properties.groups.items.maxItems).toBe(3);
  });
});

describe('structurePrompt on a wide table', () => {
  const wide = (width: number): StructureSummary => ({
    schema: { columns: [] },
    maxGroups: 3,
    columns: Array.from({ length: width }, (_, i) => ({ name: `item_${i}`, kind: 'categorical', labels: ['low', 'mid', 'high', 'very high', 'n/a'] })),
  });
  const tokens = estimatePromptTokens;

  it('shows fewer labels, then none, then the columns that fit, and stays under the budget', () => {
    expect(structurePrompt(wide(20), 3000)[1].content).toContain('- "item_0" (categorical): "low", "mid", "high", "very high", "n/a"\n');
    const fewer = structurePrompt(wide(60), 1300)[1].content;
    expect(fewer).toContain('- "item_0" (categorical): "low", "mid", "high", and 2 more\n');
    for (const width of [300, 2000]) {
      const messages = structurePrompt(wide(width), 3840);
      expect(tokens(messages)).toBeLessThanOrEqual(3840);
      const listed = messages[1].content.match(/^- "item_\d+" \(categorical\)$/gm) ?? [];
      expect(listed.length).toBeGreaterThan(50);
      if (listed.length < width) expect(messages[1].content).toContain(`- and ${width - listed.length} more columns not listed here\n`);
    }
  });
});
