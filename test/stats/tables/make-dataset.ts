import type { Column } from '../../../src/stats/column.ts';
import type { Dataset } from '../../../src/stats/dataset.ts';
import type { ColumnSchema } from '../../../src/stats/schema.ts';

type Values = readonly (string | null)[] | readonly number[];

/**
 * A Dataset by hand for tests: string/null arrays become categorical columns
 * (dictionary in order of first appearance), number arrays numeric (NaN missing).
 * `datetime` names numeric columns to mark as datetimes; `excluded` as not included.
 */
export function makeDataset(columns: Record<string, Values>, options: { datetime?: string[]; excluded?: string[] } = {}): Dataset {
  const schema: ColumnSchema[] = [];
  const cols: Column[] = [];
  let rowCount = -1;
  for (const [name, values] of Object.entries(columns)) {
    rowCount = values.length;
    const included = !(options.excluded ?? []).includes(name);
    if (values.length > 0 && typeof values[0] === 'number') {
      const datetime = (options.datetime ?? []).includes(name);
      schema.push(datetime ? { name, included, kind: 'datetime', format: '%Y-%m-%d' } : { name, included, kind: 'numeric', integer: false, decimals: 2 });
      cols.push({ type: 'numeric', name, values: Float64Array.from(values as number[]) });
    } else {
      const dictionary: (string | null)[] = [null];
      const index = new Map<string, number>();
      const codes = Uint32Array.from(values as (string | null)[], (v) => {
        if (v === null) return 0;
        let code = index.get(v);
        if (code === undefined) {
          code = dictionary.length;
          dictionary.push(v);
          index.set(v, code);
        }
        return code;
      });
      schema.push({ name, included, kind: 'categorical' });
      cols.push({ type: 'categorical', name, dictionary, codes });
    }
  }
  return { schema: { columns: schema }, columns: cols, rowCount: Math.max(0, rowCount) };
}
