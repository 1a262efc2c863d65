import { describe, expect, it } from 'vitest';
import { describeColumn } from '../../../src/llm/prompts/describe-column.ts';
import { planTargets } from '../../synth/plan/plan-targets.ts';

// planTargets: species Adelie ×4, Gentoo ×2, Chinstrap ×1 (pooled into "(other)" by topK 2), one missing;
// mass 3000–6000 (integer), beak 32.1–59.6, day 2020-01-01 to 2020-03-01, empty (all missing).
const targets = planTargets();
const line = (column: string, options: { maxCategories?: number; notes?: boolean } = {}) => {
  const i = targets.axes.findIndex((a) => a.column === column);
  return describeColumn({
    axis: targets.axes[i],
    schema: targets.schema.columns.find((c) => c.name === column),
    marginal: targets.tables[i],
    maxCategories: options.maxCategories ?? 30,
    notes: options.notes ?? true,
  });
};

describe('describeColumn', () => {
  it.each([
    ['species', {}, '- "species" (categorical, 3 categories): "Adelie" 50.0%, "Gentoo" 25.0%, "(other)" 12.5%; missing in 12.5%', 3],
    ['species', { maxCategories: 1 }, '- "species" (categorical, 3 categories): "Adelie" 50.0%, and 2 more; missing in 12.5%', 1],
    ['species', { notes: false }, '- "species" (categorical, 3 categories): "Adelie", "Gentoo", "(other)"', 3],
    ['species', { maxCategories: 0, notes: false }, '- "species" (categorical, 3 categories)', 0],
    ['mass', {}, '- "mass" (whole numbers): from 3000 to 6000; missing in 12.5%', 0],
    ['beak', {}, '- "beak" (numbers): from 32.1 to 59.6', 0],
    ['day', {}, '- "day" (date, written "%Y-%m-%d"): from 2020-01-01 to 2020-03-01', 0],
    ['empty', {}, '- "empty" (always missing)', 0],
  ] as const)('%s %o', (column, options, expected, listed) => {
    const described = line(column, options);
    expect(described.line).toBe(expected);
    expect(described.listed).toBe(listed);
  });
});
