import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ADULT_TRAIN, writeAdultLike } from '../../bench/scale/datasets.ts';
import { loadDataset } from '../../src/stats/ingest/load-dataset.ts';

const dir = mkdtempSync(join(tmpdir(), 'synthor-scale-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const load = async (path: string) => (await loadDataset({ name: 'adult.csv', bytes: new Uint8Array(readFileSync(path)) })).dataset;

describe('the scale benchmark’s Adult-like rows', () => {
  it('keep Adult’s columns, their inferred kinds and categories, with numeric values jittered inside Adult’s ranges', async () => {
    const path = join(dir, 'adult-like.csv');
    await writeAdultLike({ source: ADULT_TRAIN, rows: 20_000, seed: 3, path });
    const [real, like] = await Promise.all([load(ADULT_TRAIN), load(path)]);
    expect(like.rowCount).toBe(20_000);
    expect(like.schema.columns.map((c) => [c.name, c.kind])).toEqual(real.schema.columns.map((c) => [c.name, c.kind]));
    const text = readFileSync(path, 'utf8')
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    const realText = readFileSync(ADULT_TRAIN, 'utf8')
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    const ages = text.map((r) => Number(r[0]));
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(17);
    expect(Math.max(...ages)).toBeLessThanOrEqual(90);
    // A bootstrap alone gives at most 10,000 distinct rows: more shows the jitter; the categories stay Adult's.
    expect(new Set(text.map((r) => r.join(','))).size).toBeGreaterThan(15_000);
    expect(new Set(text.map((r) => r[1]))).toEqual(new Set(realText.map((r) => r[1])));
  });
});
