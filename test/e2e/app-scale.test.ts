import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MIXED_COLUMNS } from '../../bench/mixed-csv.ts';
import { writeMixed } from '../../bench/scale/datasets.ts';
import { useFreshAppPage } from './fresh-app-page.ts';
import { downloadCsvRows, loadFileFromDisk, reportVisible, synthesizeStatistical } from './scale-flow.ts';

const ROWS = 200_000;
const SYNTHETIC = 20_000;

// The scale path of `npm run bench -- scale-app` on a file small enough for CI: a big file from disk →
// statistical run → report → CSV download. Behaviour only; the times are the benchmark's.
describe('built app: a 200,000-row file to 20,000 synthetic rows', () => {
  const fresh = useFreshAppPage();
  const dir = mkdtempSync(join(tmpdir(), 'synthor-scale-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads the file, synthesises with the statistical planner, shows the report and downloads exactly the rows', async () => {
    const { page } = fresh;
    const path = join(dir, 'mixed.csv');
    writeMixed({ rows: ROWS, seed: 1, path });
    await loadFileFromDisk(page, { path, rows: ROWS, columns: MIXED_COLUMNS.length, timeoutMs: 120_000 });
    await synthesizeStatistical(page, { rows: SYNTHETIC, seed: 1, timeoutMs: 240_000 });
    await expect(reportVisible(page, 240_000)).resolves.toBe(true);
    const csv = await downloadCsvRows(page);
    expect(csv.header).toBe(MIXED_COLUMNS.join(','));
    expect(csv.rows).toBe(SYNTHETIC);
    expect(fresh.errors).toEqual([]);
  }, 600_000);
});
