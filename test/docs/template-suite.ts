import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/stats/ingest/load-dataset.ts';
import { buildTargets } from '../../src/stats/tables/build-targets.ts';
import { rangeLabel } from '../../src/stats/tables/range-label.ts';
import { cellLabels, type Table } from '../../src/stats/tables/table.ts';
import { targetsFromJson } from '../../src/stats/stats-json/targets-from-json.ts';
import type { TableJson } from '../../src/stats/stats-json/table-json.ts';
import type { TargetsJson } from '../../src/stats/stats-json/targets-json.ts';
import { synthesize } from '../../src/synth/synthesize.ts';
import { cellsOf, tableQuery, templateQueries, templateText, type Dialect, type RunSql, type SqlAxis } from './sql-template.ts';

// A docs/sql template run for real: on the doc's example rows (query 4 verbatim must give the
// doc's counts) and on the penguins fixture, loaded under the names the template uses
// (species, island, mass). Per table, query 4 is edited the way the doc says: its CASE lists,
// cell expression, grid size, columns and shape (./sql-template.ts).
export const PENGUINS = new URL('../fixtures/datasets/penguins.csv', import.meta.url);
const DOC = readFileSync(new URL('../../docs/aggregates-from-sql.md', import.meta.url), 'utf8');

export function docBlock(marker: string): string {
  const m = new RegExp(`<!-- ${marker} -->\\s*\`\`\`\\w+\\n([\\s\\S]*?)\`\`\``).exec(DOC);
  if (!m) throw new Error(`no block after <!-- ${marker} -->`);
  return m[1];
}

/** Label → count over the non-empty cells of a table (order-free, so axes may order categories differently). */
function byLabels(table: Pick<Table, 'shape' | 'counts' | 'axes'>): Record<string, number> {
  const out: Record<string, number> = {};
  table.counts.forEach((n, flat) => {
    if (n > 0) out[cellLabels(table as Table, flat).join(' | ')] = n;
  });
  return out;
}

/** Query 4's JSON, whether the driver returns it as text or parsed. */
function tableJson(value: unknown): TableJson {
  return (typeof value === 'string' ? JSON.parse(value) : value) as TableJson;
}

/** What a test gives the suite: how to query, and how to load a CSV as table `penguins`. */
export interface TemplateDatabase {
  readonly run: RunSql;
  /** The doc's example rows (species, island, mass) as `penguins`. */
  readonly loadExample: (csv: string) => Promise<void>;
  /** penguins.csv's Species, Island, Body Mass (g) as `penguins` (species, island, mass). */
  readonly loadPenguins: () => Promise<void>;
}

export function describeTemplate(dialect: Dialect, db: () => TemplateDatabase): void {
  const [q1, q2, q3, q4] = templateQueries(templateText(dialect));

  it('on the doc example rows gives the doc example: categories, edges and query 4 verbatim', async () => {
    const { run, loadExample } = db();
    await loadExample(docBlock('example-rows'));
    const example = JSON.parse(docBlock('example-stats')) as TargetsJson;
    expect((await run(q1))[0].row_count).toBe(example.rowCount);
    // Query 2: Adelie and Gentoo tie at 4, so the name decides.
    expect((await run(q2)).map((r) => r.category)).toEqual(['Adelie', 'Gentoo', 'Chinstrap']);
    // The doc's "three quantile bins … gave edges …": query 3 with 3 bins, to the doc's one decimal.
    const said = /gave edges\s+([\d.,\s]+);/.exec(DOC)?.[1].split(',').map(Number);
    const [edges] = await run(q3.replace(dialect.sixBins, dialect.threeBins));
    expect((edges.edges as number[]).map((e) => Math.round(e * 10) / 10)).toEqual(said);
    const [table] = await run(q4);
    expect(tableJson(table.table_json)).toEqual(example.tables[3]);
  });

  describe('on penguins.csv (344 rows)', () => {
    let stats: TargetsJson;
    let axes: SqlAxis[];

    beforeAll(async () => {
      const { run, loadPenguins } = db();
      await loadPenguins();
      const [{ row_count: rowCount }] = await run(q1);
      // Query 2 for each categorical column: the template's, with the column name replaced.
      const categories = async (column: string) => {
        const found = await run(q2.replaceAll('species', column));
        expect(found.length).toBeLessThanOrEqual(50); // no "(other)" needed
        return found.map((r) => r.category as string);
      };
      // Query 3 verbatim; "by hand": these edges are already round, first = min, last = max, no repeats.
      const [q] = await run(q3);
      const edges = q.edges as number[];
      expect(edges[0]).toBeLessThanOrEqual(q.lo as number);
      expect(edges.at(-1)).toBeGreaterThanOrEqual(q.hi as number);
      edges.slice(1).forEach((e, i) => expect(e).toBeGreaterThan(edges[i]));
      axes = [
        { column: 'species', kind: 'categorical', categories: await categories('species'), other: false },
        { column: 'island', kind: 'categorical', categories: await categories('island'), other: false },
        { column: 'mass', kind: 'binned', edges },
      ];
      const groups = [['species'], ['island'], ['mass'], ['species', 'island'], ['island', 'mass']];
      const tables: TableJson[] = [];
      for (const g of groups) {
        const [t] = await run(
          tableQuery(
            g.map((name) => axes.find((a) => a.column === name)!),
            dialect,
          ),
        );
        tables.push(tableJson(t.table_json));
      }
      // Step 6: assemble.
      stats = {
        format: 'synthor-stats',
        version: 1,
        rowCount: rowCount as number,
        schema: {
          columns: [
            { name: 'species', included: true, kind: 'categorical' },
            { name: 'island', included: true, kind: 'categorical' },
            { name: 'mass', included: true, kind: 'numeric', integer: true, decimals: 0 },
          ],
        },
        axes: axes.map((a) =>
          a.kind === 'categorical'
            ? { column: a.column, kind: 'categorical', categories: [...a.categories], other: a.other, labels: [...a.categories, '(missing)'] }
            : {
                column: a.column,
                kind: 'binned',
                edges: [...a.edges],
                datetime: false,
                labels: [...a.edges.slice(1).map((hi, i) => rangeLabel({ lo: a.edges[i], hi, last: i === a.edges.length - 2, datetime: false })), '(missing)'],
              },
        ),
        tables,
      };
    });

    it('assembles a stats.json Synthor loads, every table totalling rowCount', () => {
      expect(stats.rowCount).toBe(344);
      const targets = targetsFromJson(stats, `${dialect.name} stats.json`);
      expect(targets.tables.map((t) => t.axes.map((a) => a.column).join(','))).toEqual(['species', 'island', 'mass', 'species,island', 'island,mass']);
      for (const t of stats.tables) {
        expect(t.total).toBe(344);
        expect(t.shape).toEqual(t.columns.map((name) => cellsOf(axes.find((a) => a.column === name)!)));
      }
    });

    it('counts what Synthor counts from the same CSV (categorical marginals and the joint, cell by cell)', async () => {
      const { dataset } = await loadDataset({ name: 'penguins.csv', bytes: readFileSync(PENGUINS) });
      const own = buildTargets(dataset, { joints: [['Species', 'Island']] });
      const sql = targetsFromJson(stats, `${dialect.name} stats.json`);
      const find = (tables: readonly Table[], columns: string) => tables.find((t) => t.axes.map((a) => a.column.toLowerCase()).join(',') === columns)!;
      for (const columns of ['species', 'island', 'species,island']) {
        expect(byLabels(find(sql.tables, columns)), columns).toEqual(byLabels(find(own.tables, columns)));
      }
      expect(byLabels(find(sql.tables, 'species'))).toEqual({ Adelie: 152, Gentoo: 124, Chinstrap: 68 });
    });

    it('bins mass as Synthor would with the same edges, missing values last', async () => {
      const { dataset } = await loadDataset({ name: 'penguins.csv', bytes: readFileSync(PENGUINS) });
      const mass = dataset.columns.find((col) => col.name === 'Body Mass (g)');
      if (mass?.type !== 'numeric') throw new Error('Body Mass (g) should be numeric');
      const axis = axes[2];
      if (axis.kind !== 'binned') throw new Error('mass should be binned');
      const counts = new Array<number>(axis.edges.length).fill(0);
      for (const x of mass.values) {
        let bin = 0;
        while (bin + 2 < axis.edges.length && x >= axis.edges[bin + 1]) bin++;
        counts[Number.isNaN(x) ? axis.edges.length - 1 : bin]++;
      }
      expect(stats.tables[2].counts).toEqual(counts);
      expect(counts.at(-1)).toBe(2);
    });

    it('synthesises exactly the rows asked for, close to every table', async () => {
      const { dataset, history } = await synthesize({ targets: targetsFromJson(stats), rows: 500, seed: 3 });
      expect(dataset.rowCount).toBe(500);
      expect(dataset.schema.columns.map((col) => col.name)).toEqual(['species', 'island', 'mass']);
      expect(history.at(-1)!.meanTvd).toBeLessThan(0.05);
    });
  });
}
