import type { Page } from 'playwright-core';

/** Clicks Synthesize, then Pause as soon as the run shows it: a real click would race a fast run. */
export async function synthesizeAndPause(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const named = (n: string) => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === n);
    named('Synthesize')?.click();
    for (;;) {
      await new Promise((r) => requestAnimationFrame(r));
      const pause = named('Pause');
      if (pause) return pause.click();
      if (document.getElementById('report-heading')) throw new Error('the run finished before it could be paused');
    }
  });
}
