import { checkTableSize } from '../workers/synth-api.ts';

/** What the page needs of a File the user chose (a File, or a stand-in in tests). */
export type ChosenFile = Pick<File, 'name' | 'size' | 'stream'>;

/**
 * A file the user chose, read whole into one buffer of its size, checked against the
 * table size limit before anything is allocated. A browser holds a chosen file as a
 * reference to the disk until it is read: a file deleted, moved or rewritten in between
 * fails the read with a bare "network error" or "NotReadableError", and a file still
 * being written has more or fewer bytes than when it was chosen. Both are said here with
 * the file's name and what to do.
 */
export async function readChosenFile(file: ChosenFile, onProgress?: (fraction: number) => void): Promise<Uint8Array> {
  checkTableSize({ name: file.name, bytes: file.size });
  const bytes = new Uint8Array(file.size);
  let read = 0;
  onProgress?.(0);
  try {
    const reader = file.stream().getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (read + value.byteLength > bytes.length) throw changed(file);
      bytes.set(value, read);
      read += value.byteLength;
      onProgress?.(file.size === 0 ? 1 : read / file.size);
    }
  } catch (e) {
    if (e instanceof ChosenFileError) throw e;
    const reason = e instanceof Error ? e.message : String(e);
    throw new ChosenFileError(
      `${file.name}: the file could not be read (${reason}). It may have been moved, deleted or changed since it was chosen: choose it again.`,
    );
  }
  if (read !== bytes.length) throw changed(file);
  return bytes;
}

/** A chosen file that could not be read as it was when chosen. */
export class ChosenFileError extends Error {
  override name = 'ChosenFileError';
}

function changed(file: ChosenFile): ChosenFileError {
  return new ChosenFileError(
    `${file.name}: the file changed while it was read (${file.size.toLocaleString('en')} bytes when it was chosen). Choose it again once nothing is writing to it.`,
  );
}
