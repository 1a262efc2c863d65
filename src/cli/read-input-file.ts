import { closeSync, constants, fstatSync, openSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { isatty } from 'node:tty';
import { sniffFormat } from '../stats/ingest/read-table.ts';
import { megabytes } from './file-limits.ts';
import { readBounded } from './read-bounded.ts';
import { UsageError } from './usage-error.ts';

/** Where a path came from, for the one-line error: `evaluate: --real r.csv: no such file`, and the most bytes it may hold (FILE_LIMITS). */
export interface InputFileOrigin {
  readonly command: string;
  readonly flag: string;
  readonly maxBytes: number;
}

/** The names that mean standard input: `cat data.csv | synth stats --input - --out stats.json`. */
const STDIN = new Set(['-', '/dev/stdin']);
export const isStdin = (path: string): boolean => STDIN.has(path);

/** Which option read standard input already: a second one would find it empty. */
let stdinReadFor: string | undefined;

/**
 * The bytes of a file named on the command line. A missing or unreadable file, a folder, a device or a named pipe
 * (/dev/zero never ends, a pipe nobody writes to never starts) and a file over maxBytes are UsageErrors, found
 * before more than maxBytes + 1 bytes are read. Standard input (`-` or /dev/stdin) is read as a pipe, up to the same limit.
 */
export function readInputFile(path: string, origin: InputFileOrigin): Uint8Array {
  if (isStdin(path)) return readStdin(origin, refuser(path, origin));
  return withRegularFile(path, origin, (fd, size) =>
    readBounded(fd, { maxBytes: origin.maxBytes, size, refuse: (n) => refuser(path, origin)(tooLarge(n, origin)) }),
  );
}

/** Bytes per read when a table file is streamed: the parser holds this plus one cut record, never the whole file. */
const STREAM_CHUNK = 1 << 20;

/**
 * A file named on the command line (not standard input) as chunks read on
 * demand, checked as readInputFile checks it before the first read; the
 * limit holds while reading too, as the file may grow.
 */
export function inputFileChunks(path: string, origin: InputFileOrigin): () => AsyncIterable<Uint8Array> {
  const refuse = refuser(path, origin);
  withRegularFile(path, origin, (_, size) => {
    if (size > origin.maxBytes) throw refuse(tooLarge(size, origin));
  });
  return async function* () {
    const file = await open(path, 'r');
    try {
      let total = 0;
      for (;;) {
        // A fresh buffer per read: the parser may keep a view of the last one.
        const buffer = new Uint8Array(STREAM_CHUNK);
        const { bytesRead } = await file.read(buffer, 0, STREAM_CHUNK, null);
        if (bytesRead === 0) return;
        total += bytesRead;
        if (total > origin.maxBytes) throw refuse(tooLarge(undefined, origin));
        yield buffer.subarray(0, bytesRead);
      }
    } finally {
      await file.close();
    }
  };
}

const refuser =
  (path: string, { command, flag }: InputFileOrigin) =>
  (why: string): UsageError =>
    new UsageError(`${command}: ${flag} ${path}: ${why}`);

/** Opens `path`, refusing what is not a regular file with the same words readInputFile uses, and runs `use` on it. */
function withRegularFile<T>(path: string, origin: InputFileOrigin, use: (fd: number, size: number) => T): T {
  const refuse = refuser(path, origin);
  let fd: number;
  try {
    // Non-blocking, so opening a pipe nobody writes to returns at once instead of waiting.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw refuse(reason(e));
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw refuse('is a folder, not a file');
    if (!stat.isFile()) throw refuse('not a regular file (a device, pipe or socket); save the data to a file and name that file');
    return use(fd, stat.size);
  } catch (e) {
    throw e instanceof UsageError ? e : refuse(reason(e));
  } finally {
    closeSync(fd);
  }
}

function readStdin(origin: InputFileOrigin, refuse: (why: string) => Error): Uint8Array {
  if (stdinReadFor !== undefined) throw refuse(`standard input was read already for ${stdinReadFor}; save one of the two to a file`);
  stdinReadFor = origin.flag;
  if (isatty(0)) throw refuse('standard input is a terminal; pipe the data in (cat data.csv | synth …) or name a file');
  try {
    const stat = fstatSync(0);
    const size = stat.isFile() ? stat.size : undefined;
    return readBounded(0, { maxBytes: origin.maxBytes, size, refuse: (n) => refuse(tooLarge(n, origin)) });
  } catch (e) {
    throw e instanceof UsageError ? e : refuse(reason(e));
  }
}

/** `200,000,001 bytes, larger than 200 MB, …` when the size is known, else just `larger than 200 MB, …`. */
const tooLarge = (size: number | undefined, { flag, maxBytes }: InputFileOrigin): string =>
  `${size === undefined ? '' : `${size.toLocaleString('en')} bytes, `}larger than ${megabytes(maxBytes)}, the most Synthor reads for ${flag}`;

/**
 * The name a file's messages use: its base name, or for standard input `stdin`, and for a table
 * read from it (given its bytes) `stdin.csv` (`.json`, `.parquet` as they look), which also picks its reader.
 */
export function inputName(path: string, table?: Uint8Array): string {
  if (!isStdin(path)) return basename(path);
  return table === undefined ? 'stdin' : `stdin.${sniffFormat(table) ?? 'csv'}`;
}

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : (e as Error).message;
}

/**
 * Strings a JSON input may hold: JSON.parse takes ~2 µs per short string
 * here, so a 97 MB file of 4.5 million of them took 9 s before any check
 * could refuse it. A stats file's strings are its labels (at most 10,000 per
 * axis) and names; a recipe's add its plans'.
 */
export const MAX_JSON_STRINGS = 1_000_000;

/** A JSON file named on the command line, parsed; bad JSON is a UsageError. */
export function readJsonFile(path: string, origin: InputFileOrigin): unknown {
  const bytes = readInputFile(path, origin);
  // Counted before parsing, in one pass over the bytes: every string has two quotes (escaped ones only count more).
  let quotes = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x22) quotes++;
  if (quotes / 2 > MAX_JSON_STRINGS) {
    throw new UsageError(
      `${origin.command}: ${origin.flag} ${path} holds about ${Math.floor(quotes / 2).toLocaleString('en')} strings, more than the ${MAX_JSON_STRINGS.toLocaleString('en')} a file synth reads may have; is it the file you meant?`,
    );
  }
  const text = new TextDecoder().decode(bytes);
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new UsageError(`${origin.command}: ${origin.flag} ${path} is not valid JSON (${(e as Error).message})`);
  }
}
