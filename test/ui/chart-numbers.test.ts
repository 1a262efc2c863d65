import { describe, expect, it } from 'vitest';
import { chartNumbers, formatValue, MAX_NUMBER_ROWS } from '../../src/ui/chart-numbers.ts';
import { convergenceSpec } from '../../src/ui/charts/convergence-spec.ts';
import { overlaySpec } from '../../src/ui/charts/overlay-spec.ts';

describe('chartNumbers: the numbers behind a chart', () => {
  it("reads the convergence chart's points with its tooltip's titles and formats", () => {
    const numbers = chartNumbers(
      convergenceSpec([
        { iteration: 1, meanTvd: 0.25128, phase: 'add' },
        { iteration: 2, meanTvd: 0.0056601, phase: 'refine' },
      ]),
    );
    expect(numbers).toEqual({
      columns: ['Iteration', 'Mean TVD', 'Phase'],
      rows: [
        ['1', '0.2513', 'add'],
        ['2', '0.0057', 'refine'],
      ],
    });
  });

  it('shows shares as percentages, as the tooltip does', () => {
    const numbers = chartNumbers(
      overlaySpec({ column: 'species', kind: 'categorical', labels: ['Adelie', 'Gentoo'], real: [0.44, 0.56], synthetic: [0.5, 0.5] }),
    );
    expect(numbers?.rows).toContainEqual(expect.arrayContaining(['Adelie', '44.0%']));
    expect(numbers?.rows).toContainEqual(expect.arrayContaining(['Gentoo', '50.0%']));
  });

  it('falls back to the x, y and colour fields without a tooltip, and lists repeated rows once', () => {
    const spec = {
      data: {
        values: [
          { a: 'x', n: 1.5 },
          { a: 'x', n: 1.5 },
          { a: 'y', n: 2 },
        ],
      },
      mark: 'bar',
      encoding: { x: { field: 'a', type: 'nominal', title: 'Label' }, y: { field: 'n', type: 'quantitative' } },
    } as const;
    expect(chartNumbers(spec)).toEqual({
      columns: ['Label', 'n'],
      rows: [
        ['x', '1.5'],
        ['y', '2'],
      ],
    });
  });

  it('stops at a bound on huge charts and gives null without inline data', () => {
    const values = Array.from({ length: MAX_NUMBER_ROWS + 50 }, (_, i) => ({ i }));
    expect(chartNumbers({ data: { values }, mark: 'point', encoding: { x: { field: 'i', type: 'quantitative' } } })?.rows).toHaveLength(MAX_NUMBER_ROWS);
    expect(chartNumbers({ data: { url: 'x.csv' }, mark: 'point' })).toBeNull();
  });

  it('formats plainly what it does not know', () => {
    expect(formatValue(1 / 3)).toBe('0.333333');
    expect(formatValue(1 / 3, ',.2s')).toBe('0.333333');
    expect(formatValue(null)).toBe('');
    expect(formatValue(0.1234, '.1%')).toBe('12.3%');
  });
});
