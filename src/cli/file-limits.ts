/**
 * The largest file each kind of input may be; a larger file, or a device such
 * as /dev/zero, is refused at once instead of read until memory runs out.
 */
export const FILE_LIMITS = {
  /**
   * A table (CSV, TSV, JSON, Parquet): the whole file is decoded into one
   * string (which stops at about 512 MB), then parsed into columns. Measured
   * (synth stats, Node 20): 6.3 bytes of memory per byte of Adult-like text,
   * 12.6 per byte of the densest text ("1,2" rows: 52 MB took 658 MB). Node's
   * default heap is about 4 GB, so 200 MB (2.5 GB at worst) fits with room;
   * a million Adult-like rows are about 110 MB.
   */
  table: 200_000_000,
  /** A stats.json or a recipe: target tables of at most 16,384 cells each, with room for a thousand columns. */
  targets: 100_000_000,
  /** SDV metadata or a rules file: a few lines per column. */
  small: 10_000_000,
} as const;

/** 500_000_000 → "500 MB". */
export const megabytes = (bytes: number): string => `${(bytes / 1_000_000).toLocaleString('en')} MB`;
