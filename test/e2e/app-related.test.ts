import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { downloadText, useFreshAppPage } from './fresh-app-page.ts';
import { goToStep, openAdvanced } from './app-steps.ts';

const read = (name: string) => readFileSync(new URL(`../../bench/data/households/${name}`, import.meta.url));
const HOUSEHOLDS = read('households.csv');
const PERSONS = read('persons.csv');
const header = (bytes: Buffer) => bytes.toString('utf8').split(/\r?\n/)[0];

/** Rows of a downloaded CSV (no quoting in these tables), header first. */
function rowsOf(csv: string): string[][] {
  return csv
    .trimEnd()
    .split('\n')
    .map((line) => line.split(','));
}

// The population task in the built app: two files → key → synthesise → both levels in the report → both downloads.
describe('built app: a data file with its child table', () => {
  const fresh = useFreshAppPage();

  async function download(name: string): Promise<string> {
    const file = await downloadText(fresh.page, `Download ${name}`);
    expect(file.name).toBe(name.replace('.csv', '-synthetic.csv'));
    return file.text;
  }

  it('loads households.csv and persons.csv, joins them on hh_id, synthesises 400 households and downloads both tables', async () => {
    const { page, errors } = fresh;
    await page.getByLabel('Data file', { exact: true }).setInputFiles({ name: 'households.csv', mimeType: 'text/csv', buffer: HOUSEHOLDS });
    await page.getByText('2,088 rows, 6 columns').waitFor();
    // Loading opened Setup; the child table is data, back on the Data step.
    await goToStep(page, 'Data');
    await page.getByLabel('Child table', { exact: true }).setInputFiles({ name: 'persons.csv', mimeType: 'text/csv', buffer: PERSONS });
    await page.getByText('persons.csv: 5,705 rows').waitFor();
    await expect(page.getByLabel('Key column').inputValue()).resolves.toBe('hh_id');
    await page.getByRole('button', { name: 'Next: Setup' }).click();
    await page.getByLabel('Rows', { exact: true }).fill('400');
    await openAdvanced(page);
    await page.getByLabel('Seed', { exact: true }).fill('2');
    await page.screenshot({ path: 'test-results/related-1-files.png', fullPage: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('button', { name: 'Synthesize' }).click();
    await page.getByRole('heading', { name: 'Both tables' }).waitFor({ timeout: 90_000 });
    await page.getByRole('table', { name: "Both tables' scores" }).waitFor();
    await page.locator('figure[aria-label^="Rows of persons.csv per row of households.csv"] svg').waitFor();
    await page.screenshot({ path: 'test-results/related-2-report.png', fullPage: true });

    const households = rowsOf(await download('households.csv'));
    const persons = rowsOf(await download('persons.csv'));
    expect(households[0].join(',')).toBe(header(HOUSEHOLDS));
    expect(persons[0].join(',')).toBe(header(PERSONS));
    expect(households).toHaveLength(401);
    // Keys consistent: every person names a household, and each household has hh_size persons.
    const size = new Map(households.slice(1).map((r) => [r[0], Number(r[1])]));
    const members = new Map<string, number>();
    for (const r of persons.slice(1)) members.set(r[0], (members.get(r[0]) ?? 0) + 1);
    expect([...members.keys()].filter((k) => !size.has(k))).toEqual([]);
    expect([...size].filter(([k, n]) => members.get(k) !== n)).toEqual([]);
    expect(errors).toEqual([]);
  }, 150_000);
});
