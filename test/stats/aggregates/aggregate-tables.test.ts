import { describe, expect, it } from 'vitest';
import { readAggregateTable } from '../../../src/stats/aggregates/read-aggregate-table.ts';
import { reconcileTables } from '../../../src/stats/aggregates/reconcile-tables.ts';
import { tablesToTargets } from '../../../src/stats/aggregates/tables-to-targets.ts';
import { tableName } from '../../../src/stats/tables/table.ts';

const csv = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
const read = (name: string, text: string) => readAggregateTable(csv(name, text));
const refusal = async (name: string, text: string) => {
  try {
    await read(name, text);
  } catch (e) {
    return (e as Error).message;
  }
  return 'read without complaint';
};

describe('readAggregateTable', () => {
  it('reads variables and counts, categories in natural order, absent combinations as 0', async () => {
    const t = await read('od.csv', 'origin,time_bin,count\nB,12-14,3\nA,06-09,5\nA,12-14,2\n');
    expect(t.variables).toEqual(['origin', 'time_bin']);
    expect(t.categories).toEqual([
      ['A', 'B'],
      ['06-09', '12-14'],
    ]);
    expect([...t.counts]).toEqual([5, 2, 0, 3]);
    expect([t.kind, t.total]).toEqual(['count', 10]);
    const bins = await read('n.csv', 'k,count\n10,1\n2,1\n1,1\n');
    expect(bins.categories[0]).toEqual(['1', '2', '10']);
  });

  it('reads shares summing to 1 or to 100', async () => {
    expect((await read('s.csv', 'a,Share\nx,0.25\ny,0.75\n')).kind).toBe('share');
    expect((await read('p.csv', 'a,share\nx,40\ny,60\n')).total).toBe(100);
  });

  it('refuses a bad table with one line naming the file, the row, the column and the value', async () => {
    expect(await refusal('a.csv', 'a,b\nx,1\n')).toBe(
      'a.csv: no count or share column; an aggregate table has one column per variable and a "count" (or "share") column',
    );
    expect(await refusal('a.csv', 'a,count,share\nx,1,1\n')).toMatch(/^a\.csv: both "count" and "share" columns/);
    expect(await refusal('a.csv', 'count\n1\n')).toBe('a.csv: only a count column; add the columns the counts are of (e.g. origin, time_bin)');
    expect(await refusal('a.csv', 'a,count\nx,-2\n')).toBe('a.csv: row 2, column "count" holds "-2", which is negative; give a count of 0 or more');
    expect(await refusal('a.csv', 'a,count\nx,1\ny,many\n')).toBe(
      'a.csv: row 3, column "count" holds "many", which is not a number; give a count of 0 or more',
    );
    expect(await refusal('a.csv', 'a,count\nx,\ny,1\n')).toBe('a.csv: row 2, column "count" is empty; give a count of 0 or more');
    expect(await refusal('a.csv', 'a,b,count\nx,1,1\ny,2,1\nx,1,4\n')).toBe('a.csv: row 4 repeats row 2 (a=x, b=1); give each combination once');
    expect(await refusal('a.csv', 'a,count\nx,1\n,5\n')).toBe(
      'a.csv: row 3, column "a" is empty; every row names a category of every variable (a total row? leave it out)',
    );
    expect(await refusal('a.csv', 'a,count\nx,0\n')).toBe('a.csv: every count is 0; the table says nothing about how records are spread');
    expect(await refusal('a.csv', 'a,share\nx,0.5\ny,0.2\n')).toBe(
      'a.csv: the shares sum to 0.7; give shares of all records, summing to 1 (or to 100 for percentages)',
    );
  });
});

describe('reconcileTables', () => {
  it('moves two sources that disagree on a shared variable to their weighted consensus, keeping each one’s conditionals', async () => {
    // Source a: 100 records, T = (50%, 50%); source b: 300 records, T = (30%, 70%).
    const a = await read('a.csv', 'O,T,count\nx,t1,40\nx,t2,10\ny,t1,10\ny,t2,40\n');
    const b = await read('b.csv', 'T,S,count\nt1,late,30\nt1,early,60\nt2,late,210\n');
    const r = reconcileTables([{ table: a }, { table: b }]);
    // Consensus on T: (0.25·0.5 + 0.75·0.3, 0.25·0.5 + 0.75·0.7) = (0.35, 0.65).
    const ta = r.tables[0];
    const tb = r.tables[1];
    // a keeps P(O | T): t1 is 80% x, t2 is 20% x. Cells (x,t1),(x,t2),(y,t1),(y,t2).
    expect([...ta.shares].map((v) => +v.toFixed(12))).toEqual([0.28, 0.13, 0.07, 0.52]);
    // b keeps P(S | T): t1 is 1/3 late, t2 all late; S categories in natural order: early, late.
    expect([...tb.shares].map((v) => +v.toFixed(12))).toEqual([0.233333333333, 0.116666666667, 0, 0.65]);
    expect(ta.moved).toBeCloseTo(0.15, 12);
    expect(tb.moved).toBeCloseTo(0.05, 12);
    expect(r.overlaps).toEqual([
      {
        variables: ['T'],
        sources: [
          { source: 'a.csv', tvd: expect.closeTo(0.15, 12) },
          { source: 'b.csv', tvd: expect.closeTo(0.05, 12) },
        ],
      },
    ]);
    expect(r.unobserved).toEqual([['O', 'S']]);
  });

  it('gives a category one source lacks that source’s own spread of its other variables', async () => {
    const a = await read('a.csv', 'T,count\nt1,50\nt2,50\n');
    const b = await read('b.csv', 'T,S,count\nt1,late,25\nt1,early,75\n');
    const r = reconcileTables([{ table: a }, { table: b }]);
    // Consensus on T: (0.5·100 + 1·100) / 200 = 0.75 for t1, 0.25 for t2, which b lacked: spread 3:1 like b's S.
    expect([...r.tables[1].shares].map((v) => +v.toFixed(12))).toEqual([0.5625, 0.1875, 0.1875, 0.0625]);
  });

  it('weighs a share table as the mean count table unless given its total, and trust multiplies a weight', async () => {
    const counts = await read('c.csv', 'T,count\nt1,10\nt2,30\n');
    const shares = await read('s.csv', 'T,share\nt1,0.75\nt2,0.25\n');
    expect(reconcileTables([{ table: counts }, { table: shares }]).tables.map((t) => t.weight)).toEqual([40, 40]);
    expect(reconcileTables([{ table: counts }, { table: shares, total: 120 }]).tables.map((t) => t.weight)).toEqual([40, 120]);
    const trusted = reconcileTables([{ table: counts, trust: 3 }, { table: shares }]);
    // Consensus t1 = (3·0.25 + 1·0.75) / 4 = 0.375.
    expect(trusted.tables[1].shares[0]).toBeCloseTo(0.375, 12);
  });
});

describe('tablesToTargets', () => {
  it('makes categorical axes, marginals and the joints in drawing order, scaled to the rows asked for', async () => {
    const a = await read('a.csv', 'O,T,count\nx,t1,40\nx,t2,10\ny,t1,10\ny,t2,40\n');
    const b = await read('b.csv', 'T,S,count\nt1,late,30\nt1,early,60\nt2,late,210\n');
    const targets = tablesToTargets(reconcileTables([{ table: b }, { table: a }]), { rows: 1000 });
    expect(targets.schema.columns.map((c) => [c.name, c.kind])).toEqual([
      ['T', 'categorical'],
      ['S', 'categorical'],
      ['O', 'categorical'],
    ]);
    expect(targets.tables.map(tableName)).toEqual(['T', 'S', 'O', 'T × S', 'O × T']);
    const t = targets.tables[0];
    expect([...t.counts].map((v) => +v.toFixed(9))).toEqual([350, 650, 0]);
    expect(targets.tables.every((x) => x.total === 1000)).toBe(true);
  });
});
