import { InputError } from '../input-error.ts';

/**
 * The largest table file Synthor loads, in bytes, in the tab and on the
 * command line. UTF-8 CSV/TSV is parsed from its bytes in chunks, but JSON,
 * and text in other encodings, is still decoded into one string (which stops
 * at about 512 MB). Measured when every file became one string (synth stats, Node 20):
 * 6.3 bytes of memory per byte of Adult-like text, 12.6 per byte of the
 * densest text ("1,2" rows: 52 MB took 658 MB). A JavaScript heap is about
 * 4 GB, so 200 MB (2.5 GB at worst) fits with room; a million Adult-like rows
 * are about 110 MB.
 */
export const MAX_TABLE_BYTES = 200_000_000;

/** Refuses a table file over MAX_TABLE_BYTES before it is read or parsed. */
export function checkTableSize(options: { name: string; bytes: number }): void {
  const { name, bytes } = options;
  if (bytes <= MAX_TABLE_BYTES) return;
  throw new InputError(
    `${name}: ${bytes.toLocaleString('en')} bytes, larger than the ${mb(MAX_TABLE_BYTES)} Synthor loads; load a sample of its rows, or only the columns to synthesise`,
  );
}

const mb = (bytes: number): string => `${(bytes / 1_000_000).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
