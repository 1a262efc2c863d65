import { describe, expect, it } from 'vitest';
import { SynthSession } from '../../src/workers/synth-session.ts';
import { SETUP, value } from './session-fixture.ts';

/** A table whose column `city` has 60 categories (c0 in 69 rows … c59 in 10), each with a `size`. */
function cities(): { name: string; bytes: Uint8Array } {
  const lines = ['city,size'];
  for (let k = 0; k < 60; k++) for (let i = 0; i < 69 - k; i++) lines.push(`c${k},${i % 3 === 0 ? 'small' : 'large'}`);
  return { name: 'cities.csv', bytes: new TextEncoder().encode(lines.join('\n') + '\n') };
}

async function cityAxis(topK?: number): Promise<{ categories: string[]; other: boolean }> {
  const session = new SynthSession();
  value(await session.loadFile(cities()));
  value(await session.setup({ ...SETUP, holdoutShare: 0, ...(topK === undefined ? {} : { topK }) }));
  const stats = JSON.parse(value(await session.exportTargets())) as { axes: { column: string; categories: string[]; other: boolean }[] };
  const axis = stats.axes.find((a) => a.column === 'city');
  if (!axis) throw new Error('no city axis');
  return axis;
}

describe('SynthSession: categories kept per column', () => {
  it('keeps the 50 most frequent by default and pools the rest, or as many as the setup says', async () => {
    const byDefault = await cityAxis();
    expect(byDefault.categories).toEqual(Array.from({ length: 50 }, (_, k) => `c${k}`));
    expect(byDefault.other).toBe(true);
    const all = await cityAxis(60);
    expect(all.categories).toHaveLength(60);
    expect(all.other).toBe(false);
    expect((await cityAxis(3)).categories).toEqual(['c0', 'c1', 'c2']);
  });

  it('refuses a number of categories that is not a whole number from 1 to 10,000, before any work', async () => {
    const session = new SynthSession();
    value(await session.loadFile(cities()));
    for (const topK of [0, 2.5, Number.NaN, 10_001]) {
      expect(await session.setup({ ...SETUP, topK })).toEqual({
        ok: false,
        error: { code: 'bad-input', message: `setup: categories kept per column must be a whole number from 1 to 10,000, got ${String(topK)}` },
      });
    }
  });
});
