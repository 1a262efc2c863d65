import type { Dataset } from '../../src/stats/dataset.ts';
import { buildTargets } from '../../src/stats/tables/build-targets.ts';
import type { Targets } from '../../src/stats/tables/targets.ts';

/** Targets of a hand-made table of categorical columns (one value list per column, all the same length). */
export function categoricalTargets(columns: Record<string, readonly string[]>, options: { joints?: string[][] } = {}): Targets {
  const names = Object.keys(columns);
  const rowCount = columns[names[0]].length;
  const dataset: Dataset = {
    rowCount,
    schema: { columns: names.map((name) => ({ name, kind: 'categorical' as const, included: true })) },
    columns: names.map((name) => {
      const dictionary: (string | null)[] = [null];
      const codes = Uint32Array.from(columns[name], (value) => {
        let code = dictionary.indexOf(value);
        if (code < 0) code = dictionary.push(value) - 1;
        return code;
      });
      return { type: 'categorical' as const, name, dictionary, codes };
    }),
  };
  return buildTargets(dataset, { topK: 1000, joints: options.joints ?? [] });
}
