import { parentPort } from 'node:worker_threads';
import { runChunkJob, type ChunkContext, type ChunkJob } from './chunk-job.ts';

/** Messages a chunk worker takes: the run's shared context once, then one job at a time. */
export type ToChunkWorker = { readonly context: ChunkContext } | { readonly job: ChunkJob };

/** What a chunk worker answers per job. */
export type FromChunkWorker =
  { readonly done: Awaited<ReturnType<typeof runChunkJob>> } | { readonly failed: { readonly index: number; readonly name: string; readonly message: string } };

const port = parentPort;
if (!port) throw new Error('chunk-worker.ts runs in a worker thread (see chunk-pool.ts)');
let context: ChunkContext | undefined;
port.on('message', (message: ToChunkWorker) => {
  if ('context' in message) {
    context = message.context;
    return;
  }
  const { job } = message;
  if (!context) throw new Error('chunk worker: a job came before the run context');
  runChunkJob(context, job).then(
    (done) => port.postMessage({ done } satisfies FromChunkWorker, [...new Set([...done.csv, ...done.counts].map((b) => b.buffer as ArrayBuffer))]),
    (e: unknown) => {
      const error = e instanceof Error ? e : new Error(String(e));
      port.postMessage({ failed: { index: job.spec.index, name: error.name, message: error.message } } satisfies FromChunkWorker);
    },
  );
});
