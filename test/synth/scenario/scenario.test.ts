import { describe, expect, it } from 'vitest';
import { readAggregateTable } from '../../../src/stats/aggregates/read-aggregate-table.ts';
import { reconcileTables } from '../../../src/stats/aggregates/reconcile-tables.ts';
import { tablesToTargets } from '../../../src/stats/aggregates/tables-to-targets.ts';
import { tableName } from '../../../src/stats/tables/table.ts';
import { applyScenario } from '../../../src/synth/scenario/apply-scenario.ts';
import { parseScenario } from '../../../src/synth/scenario/parse-scenario.ts';

const csv = (name: string, text: string) => readAggregateTable({ name, bytes: new TextEncoder().encode(text) });
const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  return 'accepted';
};

describe('parseScenario', () => {
  it('reads the change, the records it applies to and the context whose total stays', () => {
    expect(parseScenario('+30% destination = LAS in time_bin = 20-24')).toEqual({
      text: '+30% destination = LAS in time_bin = 20-24',
      factor: 1.3,
      target: [{ column: 'destination', kind: 'compare', op: '=', value: 'LAS' }],
      context: [{ column: 'time_bin', kind: 'compare', op: '=', value: '20-24' }],
    });
    expect(parseScenario('-25% origin in {ORD, ATL} and haul = long').factor).toBe(0.75);
    expect(parseScenario('x1.5 a = b').context).toEqual([]);
    expect(parseScenario('×2 a = b').factor).toBe(2);
    const none = parseScenario('none origin = ORD in time_bin = 06-09');
    expect([none.factor, none.target.length, none.context.length]).toEqual([0, 1, 1]);
  });

  it('refuses what it cannot read, in one line saying how to write it', () => {
    expect(refusal(() => parseScenario('twice a = b'))).toBe(
      'scenario "twice a = b": write it as "<change> <condition> [and …] [in <condition> [and …]]", e.g. +30% destination = LAS in time_bin = 20-24',
    );
    expect(refusal(() => parseScenario('-150% a = b'))).toMatch(/^scenario "-150% a = b": -150% would leave fewer than no records/);
    expect(refusal(() => parseScenario('x1000 a = b'))).toBe('scenario "x1000 a = b": a change of ×1000 is more than ×100; write a smaller one');
    expect(refusal(() => parseScenario('+10%'))).toMatch(/no records named after the change/);
    expect(refusal(() => parseScenario('+10% a = b in c = d in e = f'))).toMatch(/"in" appears twice/);
  });
});

describe('applyScenario', async () => {
  // 100 trips: origin × time, and time × status; reconciled as they agree on time already.
  const od = await csv('od.csv', 'origin,time,count\nA,early,30\nA,late,10\nB,early,20\nB,late,40\n');
  const ts = await csv('ts.csv', 'time,status,count\nearly,ok,40\nearly,bad,10\nlate,ok,20\nlate,bad,30\n');
  const targets = tablesToTargets(reconcileTables([{ table: od }, { table: ts }]), { rows: 100 });
  const counts = (t: (typeof targets)['tables'][number]) => [...t.counts].map((v) => +v.toFixed(9));
  const byName = (ts: typeof targets) => new Map(ts.tables.map((t) => [tableName(t), t]));

  it('scales the target inside the context, keeps the context total, and leaves other contexts alone', () => {
    const { targets: edited, effect } = applyScenario(targets, parseScenario('+50% origin = A in time = late'));
    // late: A 10 → 15, B 40 → 35 (keeps late at 50); early untouched. Cells (A,early),(A,late),(A,miss),(B,…),(miss,…).
    expect(counts(byName(edited).get('origin × time') as never)).toEqual([30, 15, 0, 20, 35, 0, 0, 0, 0]);
    // time × status follows through time, whose marginal did not move; origin's marginal moves with the edit.
    expect(counts(byName(edited).get('time × status') as never)).toEqual(counts(byName(targets).get('time × status') as never));
    expect(counts(byName(edited).get('origin') as never)).toEqual([45, 55, 0]);
    expect(effect).toMatchObject({ table: 'origin × time', before: 0.2, after: 0.3 });
  });

  it('without a context keeps the table total; a column no named one links to stays; none empties the target', () => {
    const { targets: edited } = applyScenario(targets, parseScenario('none time = late'));
    expect(counts(byName(edited).get('time') as never)).toEqual([100, 0, 0]);
    // origin given early: A 30 of 50, B 20 of 50 → scaled to 100 early trips.
    expect(counts(byName(edited).get('origin × time') as never)).toEqual([60, 0, 0, 40, 0, 0, 0, 0, 0]);
    // status given early: bad 10, ok 40 (categories in natural order) → 20 / 80.
    expect(counts(byName(edited).get('time × status') as never)).toEqual([20, 80, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('refuses columns no table gives together and categories that are not there', () => {
    expect(refusal(() => applyScenario(targets, parseScenario('+10% origin = A in status = bad')))).toBe(
      'scenario "+10% origin = A in status = bad": no table gives origin and status together, so the data say nothing about how they go together; name columns one table holds',
    );
    expect(refusal(() => applyScenario(targets, parseScenario('+10% origin = C')))).toBe(
      'scenario "+10% origin = C": "origin" has no category "C" (categories: A, B)',
    );
  });
});
