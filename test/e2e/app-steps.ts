import type { Page } from 'playwright-core';

/** The steps of the app's flow, as the Steps navigation names them. */
export type StepName = 'Data' | 'Setup' | 'Run' | 'Report';

/** Opens a step from the Steps navigation at the top of the page (it must be reachable already). */
export async function goToStep(page: Page, step: StepName): Promise<void> {
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('link', { name: step, exact: true }).click();
}

/** The step the navigation marks as current. */
export async function currentStep(page: Page): Promise<string> {
  return (await page.getByRole('navigation', { name: 'Steps' }).locator('[aria-current="step"]').innerText()).replace(/^\d+\s*/, '');
}

/** Unfolds Setup's "Advanced settings" (seed, iterations, planner, joints, rules, scenarios), if folded. */
export async function openAdvanced(page: Page): Promise<void> {
  const details = page.locator('details.advanced');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
}
