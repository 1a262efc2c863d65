import type { BrowserContext, Page } from 'playwright-core';

interface LongTaskWindow {
  __longTasks: { start: number; duration: number }[];
}

/** Records every main-thread long task (> 50 ms) in each page of the context, from the first script on. */
export async function observeLongTasks(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as LongTaskWindow;
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** Long tasks since the last call (the list is emptied), longest first. */
export async function takeLongTasks(page: Page): Promise<{ start: number; duration: number }[]> {
  return page.evaluate(() => {
    const w = window as unknown as LongTaskWindow;
    const tasks = w.__longTasks.splice(0);
    return tasks.sort((a, b) => b.duration - a.duration);
  });
}
