import '../../../src/ui/theme.css';
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import ThemeSwitch from '../../../src/ui/ThemeSwitch.svelte';
import { chartConfig } from '../../../src/ui/chart-theme.ts';
import { chooseTheme, followSystemTheme, isDarkTheme, watchTheme } from '../../../src/ui/theme-choice.ts';

// The theme switch: the page always shows data-theme="light"|"dark" on <html> (Pico and theme.css's tokens
// follow it); light and dark forced by the choice, the system's theme followed otherwise; nothing written to storage.

const root = document.documentElement;
const pageColour = () => getComputedStyle(document.body).backgroundColor;

/** Picks an option as a user would, then lets the attribute's observers hear of it. */
async function pick(select: HTMLSelectElement, value: string): Promise<void> {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  flushSync();
  await new Promise((r) => setTimeout(r, 0));
}

describe('ThemeSwitch', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    cleanups.splice(0).forEach((c) => c());
    delete root.dataset.theme;
    delete root.dataset.themeChoice;
  });

  function mounted(): HTMLSelectElement {
    const target = document.createElement('div');
    document.body.append(target);
    const component = mount(ThemeSwitch, { target });
    cleanups.push(() => {
      unmount(component);
      target.remove();
    });
    flushSync();
    const select = target.querySelector('select');
    if (!select) throw new Error('no select');
    return select;
  }

  it('is a labelled select: System, Light, Dark, starting on the system', () => {
    const select = mounted();
    expect(select.labels?.[0]?.textContent?.trim()).toMatch(/^Theme/);
    expect([...select.options].map((o) => o.textContent)).toEqual(['System', 'Light', 'Dark']);
    expect(select.value).toBe('system');
    expect(root.dataset.theme).toBe(matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  });

  it('forces dark and light through data-theme on <html>, the page and chart colours following; System shows the system theme', async () => {
    const select = mounted();
    const stored = { local: localStorage.length, session: sessionStorage.length };
    const changes: string[] = [];
    cleanups.push(watchTheme(() => changes.push(root.dataset.theme ?? 'system')));

    await pick(select, 'dark');
    expect(root.dataset.theme).toBe('dark');
    expect(isDarkTheme()).toBe(true);
    expect(pageColour()).toBe('rgb(16, 19, 26)');
    expect(chartConfig(root)).toMatchObject({ background: '#191d27', range: { heatmap: ['#253049', '#8fc3ff'] } });

    // Light is forced whatever the system asks (the test browser's system may be either).
    await pick(select, 'light');
    expect(root.dataset.theme).toBe('light');
    expect(isDarkTheme()).toBe(false);
    expect(pageColour()).toBe('rgb(242, 244, 248)');
    expect(chartConfig(root)).toMatchObject({ background: '#ffffff', range: { heatmap: ['#e4ebf7', '#1b4a8f'] } });

    await pick(select, 'system');
    expect(root.dataset.themeChoice).toBeUndefined();
    expect(isDarkTheme()).toBe(matchMedia('(prefers-color-scheme: dark)').matches);
    expect(pageColour()).toBe(isDarkTheme() ? 'rgb(16, 19, 26)' : 'rgb(242, 244, 248)');

    // Charts hear of every change (ChartView redraws on them); the choice is kept nowhere but on <html>.
    const system = isDarkTheme() ? 'dark' : 'light';
    expect(changes).toEqual(system === 'light' ? ['dark', 'light'] : ['dark', 'light', 'dark']);
    expect({ local: localStorage.length, session: sessionStorage.length }).toEqual(stored);
  });

  it('starts on the choice already on the page (another switch, or before a remount)', () => {
    root.dataset.themeChoice = 'dark';
    expect(mounted().value).toBe('dark');
    expect(root.dataset.theme).toBe('dark');
  });

  it('follows the system while its theme is chosen, and stops once a theme is forced', () => {
    // The test browser's scheme cannot be switched from inside the page: what the system says now is shown.
    delete root.dataset.theme;
    cleanups.push(followSystemTheme());
    expect(root.dataset.theme).toBe(matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
    chooseTheme('dark');
    expect(root.dataset.theme).toBe('dark');
    chooseTheme('system');
    expect(root.dataset.theme).toBe(matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  });
});
