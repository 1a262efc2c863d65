import { MAX_TABLE_BYTES } from '../stats/ingest/table-size-limit.ts';

/**
 * The largest file each kind of input may be; a larger file, or a device such
 * as /dev/zero, is refused at once instead of read until memory runs out.
 */
export const FILE_LIMITS = {
  /** A table (CSV, TSV, JSON, Parquet): the measured bound the app uses too (table-size-limit.ts). */
  table: MAX_TABLE_BYTES,
  /** A stats.json or a recipe: target tables of at most 16,384 cells each, with room for a thousand columns. */
  targets: 100_000_000,
  /** SDV metadata or a rules file: a few lines per column. */
  small: 10_000_000,
} as const;

/** 500_000_000 → "500 MB". */
export const megabytes = (bytes: number): string => `${(bytes / 1_000_000).toLocaleString('en')} MB`;
