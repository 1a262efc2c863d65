import type { RawTable } from '../raw-table.ts';
import { DelimitedParser, type ParseDelimitedOptions } from './delimited-parser.ts';

export type { ParseDelimitedOptions } from './delimited-parser.ts';

/** Largest piece of a whole buffer scanned at once, so even a buffer takes the chunked path tests cover. */
const CHUNK_BYTES = 1 << 20;

/**
 * CSV/TSV to a RawTable (see DelimitedParser). Text is encoded to UTF-8
 * first; bytes must be UTF-8 (NotUtf8Error otherwise — readTable falls back).
 */
export function parseDelimited(input: string | Uint8Array, options: ParseDelimitedOptions): RawTable {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const parser = new DelimitedParser(options, bytes.length);
  for (let at = 0; at < bytes.length; at += CHUNK_BYTES) parser.push(bytes.subarray(at, at + CHUNK_BYTES));
  return parser.finish();
}

/** The same from chunks as they arrive (a Blob's stream, a file read piece by piece). */
export async function parseDelimitedStream(chunks: AsyncIterable<Uint8Array>, options: ParseDelimitedOptions): Promise<RawTable> {
  const parser = new DelimitedParser(options);
  for await (const chunk of chunks) parser.push(chunk);
  return parser.finish();
}
