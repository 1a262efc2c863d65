import { describe, expect, it } from 'vitest';
import { MAX_TABLE_BYTES } from '../../src/stats/ingest/table-size-limit.ts';
import { SynthSession } from '../../src/workers/synth-session.ts';

describe('SynthSession and a table over the size limit', () => {
  it('is checked by the synth worker before parsing (the tab checks File.size before reading too)', async () => {
    const session = new SynthSession();
    // Zero-filled and never parsed: the check comes first.
    const result = await session.loadFile({ name: 'big.csv', bytes: new Uint8Array(MAX_TABLE_BYTES + 1) });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'bad-input',
        message: 'big.csv: 200,000,001 bytes, larger than the 200 MB Synthor loads; load a sample of its rows, or only the columns to synthesise',
      },
    });
  });
});
