import type { Column } from './column.ts';
import type { Schema } from './schema.ts';

/**
 * A coded table: `columns[i]` holds the data of `schema.columns[i]`
 * (numeric and datetime kinds as NumericColumn, all others as CategoricalColumn).
 */
export interface Dataset {
  readonly schema: Schema;
  readonly columns: readonly Column[];
  readonly rowCount: number;
}
