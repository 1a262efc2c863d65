/**
 * The largest stats.json Synthor reads, checked before anything is allocated
 * so a hostile or damaged file ends in a clear InputError, not in an
 * allocation failure. Far above what `synth stats` writes (axes of at most
 * --top-k categories or --bins bins, joints the structure keeps under 16,384 cells).
 */

/** Categories (categorical axis) or edges (binned axis) of one axis. */
export const MAX_AXIS_CATEGORIES = 10_000;

/** Cells of one table: the product of its axes' sizes (8 MB of counts). */
export const MAX_TABLE_CELLS = 1_000_000;

/** Cells of all tables together. */
export const MAX_TOTAL_CELLS = 4_000_000;

/** Records a stats file may describe: beyond 2^53 - 1, counts are no longer whole numbers a double holds exactly. */
export const MAX_ROW_COUNT = Number.MAX_SAFE_INTEGER;
