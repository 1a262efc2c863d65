import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { InputError } from '../stats/input-error.ts';
import type { Planner } from '../synth/planner/planner.ts';
import { runChunkJob, type ChunkContext, type ChunkJob, type ChunkResult } from './chunk-job.ts';
import type { FromChunkWorker, ToChunkWorker } from './chunk-worker.ts';
import { UsageError } from './usage-error.ts';

/**
 * Workers at most: each holds one chunk's run (a few hundred MB at 500k rows),
 * so more cores than this would buy speed with memory the flat-memory promise
 * does not allow.
 */
export const MAX_CHUNK_WORKERS = 4;

/** Workers for a run of `chunks` chunks on this machine: one per core up to MAX_CHUNK_WORKERS; 1 means the command's own thread. */
export function chunkWorkers(chunks: number): number {
  return Math.max(1, Math.min(chunks, availableParallelism(), MAX_CHUNK_WORKERS));
}

/**
 * The chunks' results in order. With more than one worker the chunks are made
 * side by side in worker threads (`threads`, or threads started here and
 * stopped when done). A planner that cannot cross to a worker (`planner`)
 * makes them one by one here. The bytes are the same either way: each chunk
 * is its own seeded run.
 */
export async function* makeChunks(
  context: ChunkContext,
  jobs: readonly ChunkJob[],
  options: { readonly workers: number; readonly planner?: Planner; readonly threads?: ChunkThreads },
): AsyncGenerator<ChunkResult, void, undefined> {
  if (options.planner || (!options.threads && (options.workers <= 1 || jobs.length <= 1))) {
    for (const job of jobs) yield await runChunkJob(context, job, options.planner);
    return;
  }
  const threads = options.threads ?? new ChunkThreads(Math.min(options.workers, jobs.length));
  try {
    yield* threads.make(context, jobs);
  } finally {
    if (!options.threads) await threads.close();
  }
}

/**
 * Worker threads that make chunks. Started before the run's targets exist
 * (they load their code while the command reads its input); `make` sends
 * them the run's context, then the jobs, at most one per thread counting the
 * chunks made but not yet taken, so memory stays that many chunks'.
 */
export class ChunkThreads {
  readonly #workers: ChunkWorker[];

  constructor(count: number) {
    this.#workers = Array.from({ length: count }, () => startWorker());
  }

  get count(): number {
    return this.#workers.length;
  }

  async *make(context: ChunkContext, jobs: readonly ChunkJob[]): AsyncGenerator<ChunkResult, void, undefined> {
    const workers = this.#workers;
    for (const worker of workers) worker.setContext(context);
    const idle = [...workers];
    const pending = new Map<number, Promise<ChunkResult>>();
    let next = 0;
    for (let index = 0; index < jobs.length; index++) {
      while (next < jobs.length && idle.length > 0 && pending.size < workers.length) {
        const worker = idle.pop() as ChunkWorker;
        const job = jobs[next++];
        const made = worker.run(job).finally(() => idle.push(worker));
        // Awaited in turn below; a chunk that fails while an earlier one is awaited is not an unhandled rejection.
        made.catch(() => undefined);
        pending.set(job.spec.index, made);
      }
      const result = await (pending.get(jobs[index].spec.index) as Promise<ChunkResult>);
      pending.delete(jobs[index].spec.index);
      yield result;
    }
  }

  /** Stops every thread (any chunk still being made is dropped) and waits for them to end. */
  async close(): Promise<void> {
    await Promise.all(this.#workers.map((w) => w.stop()));
  }
}

interface ChunkWorker {
  setContext(context: ChunkContext): void;
  run(job: ChunkJob): Promise<ChunkResult>;
  stop(): Promise<void>;
}

function startWorker(): ChunkWorker {
  const thread = new Worker(new URL('./chunk-worker-boot.mjs', import.meta.url));
  let current: { resolve: (r: ChunkResult) => void; reject: (e: Error) => void } | undefined;
  let broken: Error | undefined;
  const fail = (e: Error) => {
    broken ??= e;
    current?.reject(e);
    current = undefined;
  };
  thread.on('message', (message: FromChunkWorker) => {
    if ('done' in message) current?.resolve(message.done);
    else current?.reject(asError(message.failed));
    current = undefined;
  });
  thread.on('error', (e) => fail(e));
  thread.on('exit', (code) => fail(new Error(`a chunk worker stopped (exit code ${code}) before its chunk was made`)));
  return {
    setContext(context) {
      thread.postMessage({ context } satisfies ToChunkWorker);
    },
    run(job) {
      if (broken) return Promise.reject(broken);
      return new Promise<ChunkResult>((resolve, reject) => {
        current = { resolve, reject };
        thread.postMessage({ job } satisfies ToChunkWorker);
      });
    },
    async stop() {
      thread.removeAllListeners('exit');
      await thread.terminate();
    },
  };
}

/** A worker's error as the class the command maps to its exit code and one-line message. */
function asError(failed: { index: number; name: string; message: string }): Error {
  if (failed.name === 'UsageError') return new UsageError(failed.message);
  if (failed.name === 'InputError') return new InputError(failed.message);
  return new Error(`chunk ${failed.index + 1}: ${failed.message}`);
}
