/** Characters of one cell any view shows; the rest stays where the data lives. */
export const CELL_MAX = 200;

/**
 * A cell's value cut to `CELL_MAX` characters with an ellipsis, so one huge
 * cell (a 50 MB note) never crosses to the page or freezes its layout. Never
 * splits a surrogate pair. Short values come back as they are.
 */
export function cutCell(value: string): string {
  if (value.length <= CELL_MAX) return value;
  const end = /[\uD800-\uDBFF]/.test(value[CELL_MAX - 1]) ? CELL_MAX - 1 : CELL_MAX;
  return `${value.slice(0, end)}…`;
}
