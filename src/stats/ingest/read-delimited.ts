import type { RawTable } from '../raw-table.ts';
import { NotUtf8Error } from './decode-utf8.ts';
import { decodeText } from './decode-text.ts';
import { parseDelimited, parseDelimitedStream, type ParseDelimitedOptions } from './parse-delimited.ts';
import { checkTableSize } from './table-size-limit.ts';

/** A file's bytes in pieces, read on demand; each call starts again from the first byte. */
export type TableChunks = () => AsyncIterable<Uint8Array>;

/**
 * A delimited file, whole or in chunks, to a RawTable. UTF-8 is parsed as
 * it is, chunk by chunk; a file that is not (a UTF-16 BOM, a Latin-1 byte:
 * NotUtf8Error) is read again whole and decoded by decodeText, which warns.
 */
export async function readDelimited(source: Uint8Array | TableChunks, options: ParseDelimitedOptions): Promise<{ raw: RawTable; warnings: string[] }> {
  try {
    const raw = source instanceof Uint8Array ? parseDelimited(source, options) : await parseDelimitedStream(bounded(source(), options.source), options);
    return { raw, warnings: [] };
  } catch (e) {
    if (!(e instanceof NotUtf8Error)) throw e;
  }
  const bytes = source instanceof Uint8Array ? source : await collectChunks(source, options.source);
  const decoded = decodeText(bytes, options.source);
  return { raw: parseDelimited(decoded.text, options), warnings: decoded.warnings };
}

/** Every chunk in one buffer, refused past MAX_TABLE_BYTES (for the formats parsed whole). */
export async function collectChunks(chunks: TableChunks, name: string): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of bounded(chunks(), name)) {
    parts.push(chunk);
    length += chunk.length;
  }
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

/** The chunks, refused once they add up to more than MAX_TABLE_BYTES (a file may grow while it is read). */
async function* bounded(chunks: AsyncIterable<Uint8Array>, name: string): AsyncIterable<Uint8Array> {
  let bytes = 0;
  for await (const chunk of chunks) {
    bytes += chunk.length;
    checkTableSize({ name, bytes });
    yield chunk;
  }
}

/** A Blob (a File the user chose) as chunks from its stream, so the tab never holds the whole file as one buffer. */
export function blobChunks(blob: Blob): TableChunks {
  return async function* () {
    const reader = blob.stream().getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    } finally {
      reader.releaseLock();
    }
  };
}
