import { closeSync, fstatSync, openSync, rmSync, writeFileSync } from 'node:fs';
import type { NamedPath } from './check-outputs.ts';
import { UsageError } from './usage-error.ts';

/** What to do when writing failed with this error code. */
const ADVICE: Record<string, string> = {
  ENOSPC: 'the disk is full; free some space or write to another disk',
  EDQUOT: 'the disk quota is used up; free some space or write elsewhere',
  EFBIG: 'the file is too large for this disk; write to another disk',
  EACCES: 'no permission to write there; choose another folder',
  EPERM: 'no permission to write there; choose another folder',
  EROFS: 'the disk is read-only; choose another folder',
  ENOENT: 'the folder cannot hold files; choose another folder',
  EISDIR: 'it is a folder; name a file to write',
};

/**
 * Writes an output (one text, or blocks of text appended in turn so a large
 * CSV never becomes one string), and turns a failure the checks before the run could not
 * foresee (a full disk, a read-only or special file system) into one line
 * naming the file. A file cut short by a failed write is removed rather than
 * left looking complete, and so is one whose blocks stopped coming (the
 * producer's error is passed on as it is); a file that could not even be
 * opened is left alone.
 */
export function writeOutput(out: NamedPath, text: string | Iterable<string | Uint8Array>, command: string): void {
  const sink = openOutput(out, command);
  try {
    for (const block of typeof text === 'string' ? [text] : text) sink.append(block);
  } catch (e) {
    sink.abort();
    throw e;
  }
  sink.close();
}

/** An output written block by block as it is made (blocks that come from an async producer); `writeOutput`'s rules. */
export interface OutputSink {
  append(block: string | Uint8Array): void;
  /** The file is complete. */
  close(): void;
  /** The producer failed: the file cut short is removed. */
  abort(): void;
}

export function openOutput(out: NamedPath, command: string): OutputSink {
  const refuse = (e: unknown) => {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    return new UsageError(`${command}: ${out.flag} ${out.path}: could not write (${code || (e as Error).message}): ${ADVICE[code] ?? 'choose another file'}`);
  };
  let fd: number;
  try {
    fd = openSync(out.path, 'w');
  } catch (e) {
    throw refuse(e);
  }
  return {
    append(block) {
      try {
        // On a descriptor, writeFileSync appends at the current position and retries short writes.
        writeFileSync(fd, block);
      } catch (e) {
        throw refuse(e);
      }
    },
    close() {
      closeSync(fd);
    },
    abort() {
      removeCutShort(fd, out.path);
      closeSync(fd);
    },
  };
}

function removeCutShort(fd: number, path: string): void {
  try {
    if (fstatSync(fd).isFile()) rmSync(path, { force: true });
  } catch {
    // Not removable either (a file of /proc): the message still says the write failed.
  }
}
