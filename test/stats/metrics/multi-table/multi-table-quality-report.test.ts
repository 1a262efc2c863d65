import { describe, expect, it } from 'vitest';
import { multiTableQualityReport } from '../../../../src/stats/metrics/multi-table/multi-table-quality-report.ts';
import { checkMultiFixture } from './check-multi-fixture.ts';
import { readMultiFixture } from './read-multi-fixture.ts';

describe('multiTableQualityReport reproduces SDMetrics 0.29 multi-table QualityReport', () => {
  it('households → persons (HMA sample): overall, properties and every details record to 1e-6', () => {
    const worst = checkMultiFixture('households-hma', multiTableQualityReport(readMultiFixture('households-hma')));
    console.log(`households-hma: max abs error ${worst.toExponential(2)}`);
    expect(worst).toBeLessThanOrEqual(1e-6);
  });

  it('leaves the relationship key out even when it was read as a number', () => {
    const data = readMultiFixture('households-hma', (column, sdtype) =>
      column === 'hh_id' ? 'numeric' : sdtype === 'id' ? 'identifier' : sdtype === 'numerical' ? 'numeric' : 'categorical',
    );
    expect(data.tables.map((t) => t.real.schema.columns[0].kind)).toEqual(['numeric', 'numeric']);
    checkMultiFixture('households-hma', multiTableQualityReport(data));
  });
});
