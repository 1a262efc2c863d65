import { describe, expect, it } from 'vitest';
import { mineRules } from '../../../src/synth/related/mine-rules.ts';
import { widen } from '../../../src/synth/related/widen.ts';
import { makeDataset } from '../../stats/tables/make-dataset.ts';

/**
 * 40 households: size = members; kids = members under 18 (ages 5–16 for
 * children, 30–60 for adults, each age held by several persons); cars
 * unrelated (can exceed the members).
 */
function households(): { parent: ReturnType<typeof makeDataset>; child: ReturnType<typeof makeDataset> } {
  const ids: string[] = [];
  const size: number[] = [];
  const kids: number[] = [];
  const cars: number[] = [];
  const pid: string[] = [];
  const age: number[] = [];
  for (let h = 0; h < 40; h++) {
    const adults = 1 + (h % 2);
    const children = h % 3;
    ids.push(`h${h}`);
    size.push(adults + children);
    kids.push(children);
    cars.push(h % 5);
    for (let a = 0; a < adults; a++) {
      pid.push(`h${h}`);
      age.push(30 + ((h + 7 * a) % 4) * 10);
    }
    for (let c = 0; c < children; c++) {
      pid.push(`h${h}`);
      age.push(5 + ((h + c) % 4) * 3 + (c === 0 && h % 6 === 0 ? 2 : 0));
    }
  }
  return { parent: makeDataset({ id: ids, size, kids, cars }), child: makeDataset({ id: pid, age }) };
}

describe('mineRules: what every household of the data keeps with its members', () => {
  it('finds the size, the tightest child age, and an adult in every household — and nothing about cars', () => {
    const { parent, child } = households();
    const rules = mineRules(widen({ parent, child, key: 'id' }));
    // Children are 5–16 (16 = 14 + 2 at most), adults 30–60: kids ≤ members under the smallest common age above 16, i.e. 30.
    expect(rules).toContain('size = count(members)');
    expect(rules).toContain('kids <= count(members where age < 30)');
    expect(rules).toContain('count(members where age >= 30) >= 1');
    expect(rules.some((r) => r.startsWith('cars'))).toBe(false);
  });

  it('names no value fewer than 5 members hold', () => {
    const { parent, child } = households();
    const rules = mineRules(widen({ parent, child, key: 'id' }));
    const ages = (child.columns[1] as { values: Float64Array }).values;
    for (const rule of rules) {
      for (const t of rule.match(/-?\d+(\.\d+)?/g) ?? []) {
        if (Number(t) <= 1) continue;
        expect(ages.filter((a) => a === Number(t)).length).toBeGreaterThanOrEqual(5);
      }
    }
  });
});
