import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { goToStep } from './app-steps.ts';
import { useFreshAppPage } from './fresh-app-page.ts';

const SCHEMES = ['light', 'dark'] as const;
const WIDTHS = [768, 1280, 2560] as const;

/** The serious and critical violations axe-core finds on the page as it is, one line each, and how many rules passed. */
async function audit(page: Page): Promise<{ violations: string[]; passes: number }> {
  // @axe-core/playwright is typed against the playwright package; playwright-core's Page is the same object.
  const result = await new AxeBuilder({ page: page as unknown as ConstructorParameters<typeof AxeBuilder>[0]['page'] }).analyze();
  const violations = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
  return { violations, passes: result.passes.length };
}

// Every step, in both colour schemes: axe-core's serious and critical findings must be none, and a screenshot
// of each step at a laptop's and a large screen's width goes under test-results/ for people to look at.
describe('built app: accessibility (axe-core) and screenshots of every step', () => {
  const fresh = useFreshAppPage();

  it('has no serious or critical violation on any step, light and dark', async () => {
    const { page } = fresh;
    const found: Record<string, string[]> = {};
    const check = async (step: string) => {
      for (const scheme of SCHEMES) {
        await page.emulateMedia({ colorScheme: scheme });
        // The page shows the system's scheme as data-theme on <html> (theme-choice.ts), set when the system switches.
        await page.waitForFunction((s) => document.documentElement.dataset.theme === s, scheme);
        // Controls fade to the new scheme's colours (CSS transitions): audit the colours they end at, not a frame mid-way.
        // Only those on screen that end: one in a closed <details> (content hidden) may never tick, and an endless one never finishes.
        await page.evaluate(() =>
          Promise.all(
            document
              .getAnimations()
              .filter((a) => {
                const target = a.effect instanceof KeyframeEffect ? a.effect.target : null;
                return target !== null && target.checkVisibility() && a.effect?.getComputedTiming().endTime !== Infinity;
              })
              .map((a) => a.finished.catch(() => undefined)),
          ),
        );
        // Charts redraw in the new scheme's colours one per task: wait for the last, so neither axe nor a screenshot
        // sees one still in the other scheme (its SVG's background is its card's once redrawn).
        const stale = () =>
          [...document.querySelectorAll('figure.chart-card')]
            .filter((card) => {
              const svg = card.querySelector('svg');
              return svg && getComputedStyle(svg).backgroundColor !== getComputedStyle(card).backgroundColor;
            })
            .map(
              (card) =>
                `${card.getAttribute('aria-label')}: ${getComputedStyle(card.querySelector('svg') as Element).backgroundColor} on ${getComputedStyle(card).backgroundColor}`,
            );
        let left = await page.evaluate(stale);
        for (let waited = 0; left.length > 0 && waited < 30_000; waited += 250) {
          await page.waitForTimeout(250);
          left = await page.evaluate(stale);
        }
        expect(left.join('; '), `${step}, ${scheme}: charts not redrawn in the scheme's colours`).toBe('');
        const { violations, passes } = await audit(page);
        // axe ran and checked something: a page it could not read would pass vacuously.
        expect(passes).toBeGreaterThan(10);
        found[`${step}, ${scheme}`] = violations;
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: Math.round((width * 9) / 16) });
          await page.screenshot({ path: `test-results/step-${step}-${scheme}-${width}.png`, fullPage: true });
          // From a tablet up, nothing pushes the page wider than the screen (wide tables scroll in their own box).
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `${step}, ${scheme}, ${width} px: page wider than the screen`).toBe(0);
        }
      }
    };
    await check('data');
    await page.getByRole('button', { name: /^Penguins/ }).click();
    await page.getByText('344 rows, 7 columns').waitFor();
    await check('setup');
    await page.getByRole('button', { name: 'Synthesize' }).click();
    await page.getByRole('heading', { name: 'Report' }).waitFor({ timeout: 60_000 });
    // The report answers first: fidelity, utility and privacy in words, each beside its reference.
    await page.getByRole('heading', { name: 'At a glance' }).waitFor();
    const verdict = await page.locator('.verdict').innerText();
    expect(verdict).toMatch(/Fidelity: (Good|Fair|Weak)\. Quality \d+\.\d%/);
    expect(verdict).toContain('held-out real rows');
    expect(verdict).toMatch(/Privacy: (Good|Fair|Weak)\./);
    expect(verdict).toContain('Utility: Not measured. Not measured yet: choose a column to predict under Utility and press Run.');
    await check('report');
    // After the run, every step again: the run's charts and plans, and the earlier steps holding a finished run.
    await goToStep(page, 'Run');
    await check('run');
    await goToStep(page, 'Setup');
    await check('setup-after-run');
    await goToStep(page, 'Data');
    await check('data-after-run');
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
  }, 400_000);
});
