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

const LONG_QUOTED = new RegExp(`"([^"]{${CELL_MAX + 1},})"`, 'g');
const LONG_RUN = new RegExp(`[^\\s"]{${CELL_MAX + 1},}`, 'g');

/** A message is cut in its middle beyond this many characters, keeping its start (what) and end (what to do). */
export const MESSAGE_MAX = 1000;

/**
 * A message safe to show whole: every quoted value and every run of
 * characters without a space longer than CELL_MAX is cut (a 1 MB column name
 * named in an error), then the message itself if still longer than MESSAGE_MAX.
 */
export function cutMessage(message: string): string {
  const cut = message.replace(LONG_QUOTED, (_, value: string) => `"${cutCell(value)}"`).replace(LONG_RUN, cutCell);
  if (cut.length <= MESSAGE_MAX) return cut;
  const head = Math.floor(MESSAGE_MAX * 0.7);
  return `${cut.slice(0, head)} … ${cut.slice(cut.length - (MESSAGE_MAX - head - 3))}`;
}
