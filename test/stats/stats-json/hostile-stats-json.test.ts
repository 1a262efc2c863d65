import { afterEach, describe, expect, it, vi } from 'vitest';
import { targetsFromJson } from '../../../src/stats/stats-json/targets-from-json.ts';
import { MAX_TABLE_CELLS } from '../../../src/stats/stats-json/stats-json-limits.ts';
import { baseStats, HOSTILE_STATS } from './hostile-stats-corpus.ts';

/** Reads the file while recording the largest Float64Array asked for (tables' counts are Float64Arrays). */
function readWatchingAllocations(json: unknown, name: string): { error: unknown; largest: number } {
  let largest = 0;
  const Real = Float64Array;
  vi.stubGlobal(
    'Float64Array',
    new Proxy(Real, {
      construct(target, args: unknown[]) {
        const n = typeof args[0] === 'number' ? args[0] : Array.isArray(args[0]) ? args[0].length : 0;
        largest = Math.max(largest, n);
        return Reflect.construct(target, args) as Float64Array;
      },
    }),
  );
  try {
    targetsFromJson(json, name);
    return { error: undefined, largest };
  } catch (error) {
    return { error, largest };
  } finally {
    vi.unstubAllGlobals();
  }
}

afterEach(() => vi.unstubAllGlobals());

describe('hostile stats.json', () => {
  it.each(HOSTILE_STATS)('$name: one InputError line, and nothing large allocated', ({ name, text, message }) => {
    const { error, largest } = readWatchingAllocations(JSON.parse(text()), name);
    expect((error as Error | undefined)?.name).toBe('InputError');
    expect((error as Error).message).toBe(message);
    expect(largest).toBeLessThanOrEqual(MAX_TABLE_CELLS);
  });

  it('the watch sees the allocations of a file that loads (so it would see a huge one)', () => {
    const { error, largest } = readWatchingAllocations(baseStats(), 'fine.json');
    expect(error).toBeUndefined();
    expect(largest).toBeGreaterThan(0);
  });
});
