import type { Column } from '../../stats/column.ts';
import type { Dataset } from '../../stats/dataset.ts';
import { isNumericKind } from '../../stats/schema.ts';
import { missingCell, otherCell, OTHER_LABEL } from '../../stats/tables/axis.ts';
import type { Targets } from '../../stats/tables/targets.ts';
import type { RecordStore } from './record-store.ts';

/**
 * The synthetic records as a Dataset in the targets' schema, columns in the
 * input's order. Columns left out of the statistics get no invented content:
 * identifiers are numbered 1..n (unique, like the input's), free text is missing.
 */
export function finalizeDataset(options: { targets: Targets; store: RecordStore }): Dataset {
  const { targets, store } = options;
  const n = store.length;
  const axisIndex = new Map(targets.axes.map((a, i) => [a.column, i]));
  const columns: Column[] = targets.schema.columns.map((schema) => {
    const a = axisIndex.get(schema.name);
    if (a === undefined) {
      if (schema.kind === 'identifier') {
        const dictionary = [null, ...Array.from({ length: n }, (_, i) => String(i + 1))];
        return { type: 'categorical', name: schema.name, dictionary, codes: Uint32Array.from({ length: n }, (_, i) => i + 1) };
      }
      if (isNumericKind(schema.kind)) return { type: 'numeric', name: schema.name, values: new Float64Array(n).fill(Number.NaN) };
      return { type: 'categorical', name: schema.name, dictionary: [null], codes: new Uint32Array(n) };
    }
    const axis = targets.axes[a];
    if (axis.kind === 'binned') return { type: 'numeric', name: schema.name, values: store.columnValues(a) };
    // Dictionary: missing, the categories, then "(other)" when rare categories were pooled.
    const dictionary: (string | null)[] = [null, ...axis.categories];
    const other = otherCell(axis);
    if (other >= 0) dictionary.push(OTHER_LABEL);
    const missing = missingCell(axis);
    const cells = store.columnCells(a);
    const codes = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      const c = cells[i];
      codes[i] = c === missing ? 0 : c === other ? dictionary.length - 1 : c + 1;
    }
    return { type: 'categorical', name: schema.name, dictionary, codes };
  });
  return { schema: targets.schema, columns, rowCount: n };
}
