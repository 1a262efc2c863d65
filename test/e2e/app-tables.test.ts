import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { downloadText, useFreshAppPage } from './fresh-app-page.ts';
import { goToStep, openAdvanced } from './app-steps.ts';

const read = (name: string) => ({ name, mimeType: 'text/csv', buffer: readFileSync(new URL(`../fixtures/trips/${name}`, import.meta.url)) });
const OD_TIME = read('source_a_od_time.csv');
const TIME_DELAY = read('source_b_time_delay.csv');
const SCENARIO = '+30% destination = LAS in time_bin = 20-24';

// The mobility task in the built app: two sources' tables → reconciliation → a scenario → the report's scenario and flows → the CSV.
describe('built app: aggregate tables from two sources with a scenario', () => {
  const fresh = useFreshAppPage();

  it('imports both tables, shows how they were reconciled, applies the scenario to 3,000 rows and downloads them', async () => {
    const { page, errors } = fresh;
    await page.getByLabel('Tables', { exact: true }).setInputFiles([OD_TIME, TIME_DELAY]);
    // The import opens Setup; how the tables were reconciled is on the Data step, where they were picked.
    await page.getByRole('heading', { name: /^Schema of/ }).waitFor();
    await goToStep(page, 'Data');
    const reconciliation = page.getByRole('table', { name: 'Reconciliation' });
    await reconciliation.waitFor();
    expect(await reconciliation.getByRole('row').count()).toBe(3);
    await page.getByText('time_bin given by source_a_od_time.csv').waitFor();
    await page.getByText(/Never given together: .*origin × delay_status/).waitFor();
    await goToStep(page, 'Setup');
    await openAdvanced(page);
    // Tables runs default to more iterations, and say so.
    await expect(page.getByLabel('Iterations at most').inputValue()).resolves.toBe('200');
    await page.getByLabel('Scenarios (one per line)').fill(SCENARIO);
    await page.getByLabel('Rows', { exact: true }).fill('3000');
    await page.screenshot({ path: 'test-results/tables-1-setup.png', fullPage: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('button', { name: 'Synthesize' }).click();

    const scenarios = page.getByRole('table', { name: 'Scenarios' });
    await scenarios.waitFor({ timeout: 60_000 });
    await expect(scenarios.getByRole('rowheader').textContent()).resolves.toBe(SCENARIO);
    await expect(scenarios.getByRole('cell').nth(1).textContent()).resolves.toMatch(/\(×1\.30\)$/);
    await page.locator('figure[aria-label^="origin × destination"] svg').waitFor();
    await page.locator('figure[aria-label^="time_bin: share of rows"] svg').waitFor();
    await page.screenshot({ path: 'test-results/tables-2-report.png', fullPage: true });

    const rows = (await downloadText(page, 'Download CSV')).text.trimEnd().split('\n');
    expect(rows[0]).toBe('origin,destination,time_bin,delay_status');
    expect(rows).toHaveLength(3001);
    // The HTML report carries the scenario and the flow charts too.
    const document = (await downloadText(page, 'Download report (HTML)')).text;
    expect(document).toContain('<h2>Scenarios</h2>');
    expect(document).toMatch(/<figcaption>origin × destination<\/figcaption><svg/);
    expect(document).toMatch(/<figcaption>time_bin: before vs after<\/figcaption><svg/);
    expect(errors).toEqual([]);
  }, 60_000);
});
