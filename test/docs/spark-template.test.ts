import { SparkSQL } from 'dt-sql-parser/dist/parser/spark/index.js';
import { describe, expect, it } from 'vitest';
import { SPARK, tableQuery, templateQueries, templateText, type SqlAxis } from './sql-template.ts';

// No Spark here: docs/sql/spark.sql is checked by a Spark SQL grammar (dt-sql-parser's SparkSQL,
// ANTLR), statement by statement, as written and as edited per table the way the doc says.
const parser = new SparkSQL();
const errors = (sql: string) => parser.validate(sql).map((e) => `${e.startLine}:${e.startColumn} ${e.message}`);

const AXES: SqlAxis[] = [
  { column: 'species', kind: 'categorical', categories: ['Adelie', 'Gentoo', 'Chinstrap'], other: false },
  { column: 'island', kind: 'categorical', categories: ["Dream's", 'Biscoe'], other: true },
  { column: 'mass', kind: 'binned', edges: [2700, 3550, 4050, 4750, 6300] },
];

describe('docs/sql/spark.sql in a Spark SQL parser', () => {
  const queries = templateQueries(templateText(SPARK));

  it('has the four queries, each valid Spark SQL', () => {
    expect(queries).toHaveLength(4);
    queries.forEach((q, i) => expect(errors(q), `query ${i + 1}`).toEqual([]));
    expect(errors(templateText(SPARK))).toEqual([]);
  });

  it.each([[[0]], [[2]], [[0, 1]], [[1, 2]], [[0, 1, 2]]])('query 4 edited for the axes %j stays valid', (picked) => {
    expect(
      errors(
        tableQuery(
          picked.map((i) => AXES[i]),
          SPARK,
        ),
      ),
    ).toEqual([]);
  });

  it('rejects a broken statement, so the checks above can fail', () => {
    expect(errors('SELECT count(* FROM penguins')).not.toEqual([]);
    expect(errors(queries[3].replace('LEFT JOIN', 'LEFT JOIN JOIN'))).not.toEqual([]);
  });
});
