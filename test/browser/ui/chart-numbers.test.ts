import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import ChartView from '../../../src/ui/ChartView.svelte';
import { convergenceSpec } from '../../../src/ui/charts/convergence-spec.ts';
import { until } from '../until.ts';

// Every chart carries its numbers as a table folded under it: the text alternative a screen reader can read.
describe('ChartView: the numbers behind the chart', () => {
  let cleanup: (() => void) | null = null;
  afterEach(() => cleanup?.());

  it('folds a table of the points under the drawn chart, built when opened', async () => {
    const target = document.createElement('div');
    document.body.append(target);
    const spec = convergenceSpec([
      { iteration: 1, meanTvd: 0.2513, phase: 'add' },
      { iteration: 2, meanTvd: 0.0412, phase: 'refine' },
    ]);
    const component = mount(ChartView, { target, props: { spec, label: 'Mean TVD per iteration' } });
    cleanup = () => {
      unmount(component);
      target.remove();
    };
    await until(() => target.querySelector('figure[aria-label="Mean TVD per iteration"] svg'), 'the chart');
    const details = target.querySelector('details') as HTMLDetailsElement;
    expect(details.querySelector('summary')?.textContent).toBe('The numbers');
    expect(target.querySelector('table')).toBeNull();
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    flushSync();
    await until(() => target.querySelector('table[aria-label="Mean TVD per iteration: the numbers"]'), 'the table');
    const cells = [...target.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(cells).toEqual([
      ['1', '0.2513', 'add'],
      ['2', '0.0412', 'refine'],
    ]);
  });

  it('leaves the table out where the caller shows the numbers itself', async () => {
    const target = document.createElement('div');
    document.body.append(target);
    const component = mount(ChartView, {
      target,
      props: { spec: convergenceSpec([{ iteration: 1, meanTvd: 0.1, phase: 'add' }]), label: 'x', numbers: false },
    });
    cleanup = () => {
      unmount(component);
      target.remove();
    };
    await until(() => target.querySelector('figure svg'), 'the chart');
    expect(target.querySelector('details')).toBeNull();
  });
});
