import { describe, expect, it } from 'vitest';
import { parseDelimited } from '../../../src/stats/ingest/parse-delimited.ts';
import { profileColumns } from '../../../src/stats/schema/profile-columns.ts';

describe('profileColumns', () => {
  it('counts missing rows (any missing token) and distinct values', () => {
    const raw = parseDelimited('a,b\nx,1\nNA,1\ny,\n,2\n', { source: 'p.csv' });
    expect(profileColumns(raw)).toEqual([
      { name: 'a', missing: 2, missingShare: 0.5, distinct: 2 },
      { name: 'b', missing: 1, missingShare: 0.25, distinct: 2 },
    ]);
  });
});
