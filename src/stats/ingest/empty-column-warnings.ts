import type { RawTable } from '../raw-table.ts';

/**
 * A column missing in every row loads (missing is a category of its own), but
 * it is usually an export mistake, so the user is told: its synthetic column
 * will be empty too. A column read as numbers holds at least one.
 */
export function emptyColumnWarnings(raw: RawTable): string[] {
  return raw.columns
    .filter((column) => column.numbers === undefined && column.values.every((value) => value === ''))
    .map(
      (column) =>
        `${raw.source}: column "${column.name}" is empty in every row, so it stays empty in the synthetic data; remove it from the file if that is a mistake`,
    );
}
