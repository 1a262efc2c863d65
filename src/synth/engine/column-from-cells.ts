import type { Column } from '../../stats/column.ts';
import type { ColumnSchema } from '../../stats/schema.ts';
import { isNumericKind } from '../../stats/schema.ts';
import { missingCell, otherCell, OTHER_LABEL, type CategoricalAxis } from '../../stats/tables/axis.ts';

/**
 * A categorical column from the cells of its axis: dictionary = missing, the
 * categories, then "(other)" when rare categories were pooled (it cannot be
 * told apart any more, so it is written as that label, which counts back into
 * the "(other)" cell).
 */
export function categoricalColumnFromCells(axis: CategoricalAxis, cells: ArrayLike<number>): Column {
  const dictionary: (string | null)[] = [null, ...axis.categories];
  const other = otherCell(axis);
  if (other >= 0) dictionary.push(OTHER_LABEL);
  const missing = missingCell(axis);
  const codes = new Uint32Array(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    codes[i] = c === missing ? 0 : c === other ? dictionary.length - 1 : c + 1;
  }
  return { type: 'categorical', name: axis.column, dictionary, codes };
}

/**
 * A column left out of the statistics gets no invented content: identifiers
 * are numbered 1..n (unique, like the input's), anything else is missing
 * (written as the column's missing token, like every missing value).
 */
export function excludedColumn(schema: ColumnSchema, rowCount: number): Column {
  if (schema.kind === 'identifier') {
    const dictionary = [null, ...Array.from({ length: rowCount }, (_, i) => String(i + 1))];
    return { type: 'categorical', name: schema.name, dictionary, codes: Uint32Array.from({ length: rowCount }, (_, i) => i + 1) };
  }
  if (isNumericKind(schema.kind)) return { type: 'numeric', name: schema.name, values: new Float64Array(rowCount).fill(Number.NaN) };
  return { type: 'categorical', name: schema.name, dictionary: [null], codes: new Uint32Array(rowCount) };
}
