import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** Clicks a download button (after scrolling to the top: a full-page screenshot can leave clicks off target) and reads the file. */
export async function downloadText(page: Page, button: string): Promise<{ name: string; text: string }> {
  await page.evaluate(() => window.scrollTo(0, 0));
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path()).toString('utf8') };
}
