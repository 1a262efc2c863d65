import { afterEach, describe, expect, it } from 'vitest';
import { flushSync, tick } from 'svelte';
import penguinsCsv from '../../fixtures/datasets/penguins.csv?raw';
import { mountApp, type MountedApp } from '../mount-app.ts';
import { button, until } from '../until.ts';
import { fill, labelled } from './form-fields.ts';

const penguins = () => new File([penguinsCsv], 'penguins.csv', { type: 'text/csv' });

// The app as steps (issue #17): which step shows, the URL's hash, focus, and what survives a move between steps.
describe('flow: Data → Setup → Run → Report', () => {
  let mounted: MountedApp | null = null;
  afterEach(() => {
    mounted?.cleanup();
    mounted = null;
    // The next test starts from a URL naming no step.
    history.replaceState(null, '', location.pathname + location.search);
  });

  function open(): MountedApp {
    mounted = mountApp();
    flushSync();
    return mounted;
  }

  const nav = (target: HTMLElement) => target.querySelector('nav[aria-label="Steps"]') as HTMLElement;
  /** The steps the navigation links to (the others are text), as their hashes. */
  const links = (target: HTMLElement) => [...nav(target).querySelectorAll('a')].map((a) => a.getAttribute('href'));
  const current = (target: HTMLElement) => nav(target).querySelector('[aria-current="step"]')?.getAttribute('href');
  const link = (target: HTMLElement, hash: string) => nav(target).querySelector<HTMLAnchorElement>(`a[href="${hash}"]`) as HTMLAnchorElement;
  const section = (target: HTMLElement, heading: string) => target.querySelector(`section[aria-labelledby="${heading}"]`) as HTMLElement | null;

  const primaries = (root: HTMLElement | null) => [...(root?.querySelectorAll('button.primary') ?? [])].map((b) => b.textContent?.trim());
  /** Focus moves once the step is on screen. */
  const focusOn = (id: string) => until(() => document.activeElement?.id === id, `focus on #${id}`);

  async function loadPenguins(m: MountedApp): Promise<void> {
    await m.app.loadFile(penguins());
    await until(() => location.hash === '#setup', 'the Setup step');
    await tick();
  }

  it('opens each step as the app gets there, with the step in the hash and focus on its heading', async () => {
    const m = open();
    await tick();
    expect(links(m.target)).toEqual(['#data']);
    expect(current(m.target)).toBe('#data');
    expect(primaries(section(m.target, 'data-heading'))[0]).toMatch(/^Penguins/);

    await loadPenguins(m);
    expect(links(m.target)).toEqual(['#data', '#setup']);
    expect(current(m.target)).toBe('#setup');
    expect(section(m.target, 'data-heading')?.hidden).toBe(true);
    expect(section(m.target, 'schema-heading')?.hidden).toBe(false);
    expect(section(m.target, 'preview-heading')?.hidden).toBe(false);
    expect(section(m.target, 'setup-heading')?.hidden).toBe(false);
    await focusOn('schema-heading');

    fill(m.target, 'Rows', '200');
    button(m.target, 'Synthesize').click();
    await until(() => location.hash === '#report' && m.target.querySelector('#report-heading'), 'the Report step');
    await tick();
    expect(links(m.target)).toEqual(['#data', '#setup', '#run', '#report']);
    await focusOn('report-heading');
    // The run stays on Report as how it ended; its charts and logs wait on the Run step.
    const run = section(m.target, 'run-heading') as HTMLElement;
    expect(run.hidden).toBe(false);
    expect(run.querySelector('[role="status"]')?.textContent).toMatch(/Done: iteration \d+, 200 of 200 rows/);
    expect(run.querySelector('figure')?.closest('[hidden]')).not.toBeNull();
    expect(section(m.target, 'setup-heading')?.hidden).toBe(true);

    link(m.target, '#run').click();
    await tick();
    expect(location.hash).toBe('#run');
    expect(m.target.querySelector('#report-heading')).toBeNull();
    expect(run.querySelector('figure')?.closest('[hidden]')).toBeNull();
    await focusOn('run-heading');
    button(m.target, 'Next: Report').click();
    await tick();
    expect(location.hash).toBe('#report');
    expect(m.target.querySelector('#report-heading')).not.toBeNull();
  });

  it('keeps what was typed, and the open fold, when the user goes to another step and back', async () => {
    const m = open();
    await loadPenguins(m);
    const advanced = m.target.querySelector('details.advanced') as HTMLDetailsElement;
    expect(advanced.open).toBe(false);
    advanced.open = true;
    fill(m.target, 'Seed', '42');
    fill(m.target, 'Rows', '321');

    link(m.target, '#data').click();
    await tick();
    expect(location.hash).toBe('#data');
    expect(section(m.target, 'setup-heading')?.hidden).toBe(true);
    // One main action per step: with a table loaded, going on (the samples are quiet now).
    expect(primaries(section(m.target, 'data-heading'))).toEqual(['Next: Setup']);
    button(m.target, 'Next: Setup').click();
    await tick();
    expect(location.hash).toBe('#setup');
    expect(advanced.isConnected && advanced.open).toBe(true);
    expect(labelled(m.target, 'Seed').value).toBe('42');
    expect(labelled(m.target, 'Rows').value).toBe('321');
    expect([m.app.setup.seed, m.app.setup.rows]).toEqual([42, 321]);
  });

  it('shows the last open step when the hash names one not open yet, and puts that step in the URL', async () => {
    const m = open();
    location.hash = '#report';
    await until(() => location.hash === '#data', 'the hash back on Data');
    expect(current(m.target)).toBe('#data');
    await loadPenguins(m);
    location.hash = '#run';
    await until(() => location.hash === '#setup', 'the hash back on Setup');
    expect(current(m.target)).toBe('#setup');
  });

  it('offers the way back to Setup when the run cannot start', async () => {
    const m = open();
    await loadPenguins(m);
    m.app.setup.rulesText = 'Wingspan = 3 => Species in {Adelie}';
    flushSync();
    button(m.target, 'Synthesize').click();
    await until(() => m.app.run.status === 'error', 'the run to fail');
    await tick();
    expect(location.hash).toBe('#run');
    expect(section(m.target, 'run-heading')?.querySelector('[role="alert"]')?.textContent).toContain('no column "Wingspan"');
    button(m.target, 'Back to Setup').click();
    await tick();
    expect(location.hash).toBe('#setup');
    await focusOn('schema-heading');
  });

  it('unfolds Advanced settings when a field folded in it stops the run as invalid', async () => {
    const m = open();
    await loadPenguins(m);
    const advanced = m.target.querySelector('details.advanced') as HTMLDetailsElement;
    fill(m.target, 'Seed', '');
    button(m.target, 'Synthesize').click();
    await tick();
    expect(advanced.open).toBe(true);
    expect(m.app.run.status).toBe('idle');
    expect(location.hash).toBe('#setup');
  });
});
