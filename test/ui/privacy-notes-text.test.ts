import { describe, expect, it } from 'vitest';
import { disclosureText, dpText } from '../../src/ui/privacy-notes-text.ts';

describe('privacy notes', () => {
  it('counts pooled categories per column and suppressed cells per table, leaving out what disclosure control did not touch', () => {
    const text = disclosureText({
      minCount: 5,
      pooledCategories: [
        { column: 'Island', categories: 0 },
        { column: 'Species', categories: 2 },
      ],
      suppressedCells: [
        { table: 'Species × Sex', cells: 3, records: 7 },
        { table: 'Island', cells: 0, records: 0 },
        { table: 'Species × Island', cells: 1, records: 1 },
      ],
    });
    expect(text.summary).toBe('Disclosure control (k = 5): no category or cell in the targets the planner saw stands for fewer than 5 records.');
    expect(text.pooled).toEqual(['Species: 2 categories with fewer than 5 records pooled into “(other)”']);
    expect(text.suppressed).toEqual([
      'Species × Sex: 3 cells with 1–4 records set to zero (7 records spread over the rest of the table)',
      'Species × Island: 1 cell with 1–4 records set to zero (1 record spread over the rest of the table)',
    ]);
  });

  it('says when nothing needed protecting', () => {
    const text = disclosureText({ minCount: 10, pooledCategories: [{ column: 'a', categories: 0 }], suppressedCells: [] });
    expect(text.summary).toMatch(/at least 10 records; nothing was pooled or suppressed\.$/);
    expect(text.pooled).toEqual([]);
  });

  it('states the DP guarantee and the share of the budget per histogram, structure choice and table', () => {
    const text = dpText({
      mechanism: 'laplace',
      epsilon: 1,
      delta: 0,
      unit: 'epsilon',
      total: 1,
      histograms: [{ column: 'Age', share: 0.3, noise: 3.3333 }],
      structure: { share: 0.1 },
      tables: [{ table: 'Sex × Age', share: 0.6, noise: 1.6667 }],
      guarantee: 'ε-differential privacy per record (ε = 1).',
    });
    expect(text.summary).toBe('ε-differential privacy per record (ε = 1). Total budget ε = 1, spent with Laplace noise (scale b):');
    expect(text.spent).toEqual(['histogram of Age: ε = 0.300, noise 3.33', 'choosing the pair tables: ε = 0.100', 'Sex × Age: ε = 0.600, noise 1.67']);
    const gaussian = dpText({
      mechanism: 'gaussian',
      epsilon: 2,
      delta: 1e-6,
      unit: 'rho',
      total: 0.0432,
      histograms: [],
      tables: [{ table: 'A', share: 0.0432, noise: 3.4 }],
      guarantee: 'g.',
    });
    expect(gaussian.summary).toBe('g. Total budget ε = 2, δ = 0.000001 (ρ = 0.0432 in zero-concentrated DP), spent with Gaussian noise (σ):');
    expect(gaussian.spent).toEqual(['A: ρ = 0.0432, noise 3.40']);
  });
});
