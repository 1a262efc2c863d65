import { cutMessage } from '../stats/cut-cell.ts';

/**
 * Errors cross a worker boundary as plain `{code, message}`: comlink keeps only
 * message/name/stack, so a stable `code` is what callers branch on.
 */
export type WorkerErrorCode = 'bad-input' | 'internal';

export interface WorkerError {
  readonly code: WorkerErrorCode;
  readonly message: string;
}

export type WorkerResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: WorkerError };

/** The error as the page shows it, its message cut (cutMessage): a 1 MB column name it names never reaches the page whole. */
export function toWorkerError(e: unknown): WorkerError {
  if (e instanceof Error) {
    return { code: e.name === 'InputError' ? 'bad-input' : 'internal', message: cutMessage(e.message) };
  }
  return { code: 'internal', message: cutMessage(String(e)) };
}

/** Runs `f` and turns any throw into a coded error value. */
export async function settle<T>(f: () => T | Promise<T>): Promise<WorkerResult<T>> {
  try {
    return { ok: true, value: await f() };
  } catch (e) {
    return { ok: false, error: toWorkerError(e) };
  }
}
