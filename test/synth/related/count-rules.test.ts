import { describe, expect, it } from 'vitest';
import { buildTargets } from '../../../src/stats/tables/build-targets.ts';
import { compileCountRules, isCountRule } from '../../../src/synth/related/count-rules.ts';
import { widen } from '../../../src/synth/related/widen.ts';
import { makeDataset } from '../../stats/tables/make-dataset.ts';

const parent = makeDataset({ id: ['a', 'b'], size: [2, 3], kids: [1, 2] });
const child = makeDataset({ id: ['a', 'a', 'b', 'b', 'b'], age: [40, 10, 50, 45, 17], sex: ['F', 'M', 'F', 'M', 'F'] });
const { wide, layout } = widen({ parent, child, key: 'id' });
const targets = buildTargets(wide);
const record = (row: number) => {
  const values = targets.axes.map((a) => {
    const c = wide.columns.find((x) => x.name === a.column);
    return c?.type === 'numeric' ? c.values[row] : Number.NaN;
  });
  const cells = targets.axes.map((a) => {
    const c = wide.columns.find((x) => x.name === a.column);
    if (c?.type !== 'categorical') return -1;
    const label = c.dictionary[c.codes[row]];
    return label === null ? a.labels.length - 1 : a.labels.indexOf(label);
  });
  return { cells, values };
};
const broken = (text: string, row: number) => {
  const [rule] = compileCountRules([text], { targets, layout });
  const { cells, values } = record(row);
  return rule.broken(cells, values);
};

describe('count rules across households and members', () => {
  it('counts members, and members meeting conditions', () => {
    expect(broken('size = count(persons)', 0)).toBe(false);
    expect(broken('size = count(persons)', 1)).toBe(false);
    expect(broken('size > count(persons)', 1)).toBe(true);
    // b has one member under 18 but says 2 children.
    expect(broken('kids <= count(persons where age < 18)', 0)).toBe(false);
    expect(broken('kids <= count(persons where age < 18)', 1)).toBe(true);
    expect(broken('count(persons where age >= 18 and sex = F) >= 1', 0)).toBe(false);
    expect(broken('count(persons where age >= 18 and sex = M) >= 1', 1)).toBe(false);
    expect(broken('count(people where sex in {M}) = 0', 1)).toBe(true);
  });

  it('tells count rules from plain ones, and names what is wrong', () => {
    expect(isCountRule('size = count(persons)')).toBe(true);
    expect(isCountRule('age < 18 => sex in {F}')).toBe(false);
    expect(() => compileCountRules(['size = count(persons where height > 2)'], { targets, layout })).toThrow(/members have no column "height"/);
    expect(() => compileCountRules(['wheels = count(persons)'], { targets, layout })).toThrow(/"wheels" is not a numeric column of the parent table/);
    expect(() => compileCountRules(['count(persons)'], { targets, layout })).toThrow(/write it as "<term> <op> <term>"/);
    expect(() => compileCountRules(['count(persons where sex = X) = 0'], { targets, layout })).toThrow(/the members' "sex" has no category "X"/);
  });
});
