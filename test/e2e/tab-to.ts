import type { Page } from 'playwright-core';

/** More Tab presses than the page has stops: a control not reached by then is not reachable. */
const MAX_TABS = 200;

/** What a screen reader would call the focused element, near enough: aria-label, its label, or its text. */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return '';
    const labelled = el.getAttribute('aria-label');
    if (labelled) return labelled;
    const label = (el as HTMLInputElement).labels?.[0];
    return (label ?? el).textContent?.trim() ?? '';
  });
}

/** Presses Tab (or Shift+Tab) until the focused control's name matches; fails if it never does. */
export async function tabTo(page: Page, name: string | RegExp, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  const matches = (n: string) => (typeof name === 'string' ? n === name : name.test(n));
  const seen: string[] = [];
  for (let i = 0; i < MAX_TABS; i++) {
    await page.keyboard.press(key);
    const now = await focusedName(page);
    if (matches(now)) return;
    seen.push(now);
  }
  throw new Error(`${key} never reached "${name}"; stops seen: ${[...new Set(seen)].join(' | ')}`);
}
