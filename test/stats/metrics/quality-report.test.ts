import { describe, it } from 'vitest';
import { checkAgainstFixture } from './check-fixture.ts';
import { FIXTURE_CASES, readFixtureCsv } from './read-fixture.ts';

describe('qualityReport and newRowSynthesis reproduce SDMetrics 0.29.0 (fixtures read without ingest)', () => {
  it.each(FIXTURE_CASES)('%s', (caseName) => {
    const worst = checkAgainstFixture(caseName, readFixtureCsv(caseName, 'real.csv'), readFixtureCsv(caseName, 'synthetic.csv'));
    console.log(`${caseName}: max abs error ${worst.toExponential(2)}`);
  });
});
