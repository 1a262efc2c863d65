import type { Dataset } from '../stats/dataset.ts';
import { gapReport } from '../stats/gaps/gap-report.ts';
import { emptyLike } from '../stats/tables/table.ts';
import type { Targets } from '../stats/tables/targets.ts';
import { CHUNK_ROWS, chunkSpecs, type ChunkSpec } from '../synth/chunk-specs.ts';
import type { LoopOptions } from '../synth/loop/loop-options.ts';
import type { Planner } from '../synth/planner/planner.ts';
import { chunkWorkers, makeChunks, type ChunkThreads } from './chunk-pool.ts';
import { breakingWords } from './breaking-words.ts';
import { openOutput } from './write-output.ts';

/**
 * `generate` above CHUNK_ROWS rows (and `replay` of such a run): the rows are
 * made in chunks (chunk-specs.ts), side by side on the machine's cores, each
 * fitted to the targets and appended to --out in order, so memory is a few
 * chunks' whatever --rows is. The summary's mean TVD is the whole file's,
 * from every chunk's rows counted into the target tables. A progress line per
 * chunk goes to stderr. Returns each chunk's spec and plans, for a recipe.
 */
export async function generateInChunks(options: {
  readonly command: string;
  readonly targets: Targets;
  readonly loop: LoopOptions;
  /** A planner that cannot cross to a worker (an LLM) makes the chunks one by one in this thread; absent, the statistical planner (or the recorded plans) in workers. */
  readonly planner?: Planner;
  readonly out: string;
  /** The input rows, when --drop-copies asks for rows identical to one to be dropped. */
  readonly training?: Dataset;
  readonly otherLabel: string;
  readonly derives: readonly string[];
  /** Replaying a recipe made in chunks: its chunks and their plans. */
  readonly recorded?: readonly { readonly spec: ChunkSpec; readonly plans: readonly unknown[] }[];
  /** CHUNK_ROWS unless a test asks for smaller chunks. */
  readonly chunkRows?: number;
  /** Threads to make chunks in; chunkWorkers() unless a test asks. */
  readonly workers?: number;
  /** Threads started by the caller (who stops them), in place of `workers`. */
  readonly threads?: ChunkThreads;
}): Promise<{ spec: ChunkSpec; plans: readonly unknown[] }[]> {
  const { command, targets, loop, out, training, chunkRows = CHUNK_ROWS } = options;
  const jobs = options.recorded ?? chunkSpecs(loop.rows, loop.seed, chunkRows).map((spec) => ({ spec }));
  const workers = options.threads?.count ?? options.workers ?? chunkWorkers(jobs.length);
  const { rows: _rows, seed: _seed, ...shared } = loop;
  const context = { command, targets, loop: shared, otherLabel: options.otherLabel, derives: options.derives, ...(training ? { training } : {}) };
  const inThread = options.planner ? { planner: options.planner } : {};
  const union = targets.tables.map(emptyLike);
  const made: { spec: ChunkSpec; plans: readonly unknown[] }[] = [];
  const sink = openOutput({ flag: '--out', path: out }, command);
  let iterations = 0;
  let dropped = 0;
  let written = 0;
  let breaking = 0;
  const started = performance.now();
  try {
    for await (const chunk of makeChunks(context, jobs, { workers, ...inThread, ...(options.threads ? { threads: options.threads } : {}) })) {
      chunk.counts.forEach((counts, t) => {
        union[t].total += chunk.rows;
        counts.forEach((c, cell) => (union[t].counts[cell] += c));
      });
      for (const block of chunk.csv) sink.append(block);
      dropped += chunk.dropped;
      breaking += chunk.ruleViolations;
      written += chunk.written;
      iterations += chunk.iterations;
      made.push({ spec: jobs[chunk.index].spec, plans: chunk.plans });
      process.stderr.write(
        `${command}: chunk ${chunk.index + 1} of ${jobs.length}: ${chunk.rows} rows in ${chunk.iterations} iterations (${Math.round(chunk.elapsedMs)} ms), mean TVD ${chunk.meanTvd.toFixed(4)}\n`,
      );
    }
  } catch (e) {
    sink.abort();
    throw e;
  }
  sink.close();
  const meanTvd = gapReport({ targets: targets.tables, synthetic: union, top: 0 }).meanTvd;
  const ms = Math.round(performance.now() - started);
  const drops = training ? `; dropped ${dropped} ${dropped === 1 ? 'row' : 'rows'} identical to a training row; ${written} rows written` : '';
  const threads = workers > 1 ? ` on ${Math.min(workers, jobs.length)} threads` : '';
  const rules = loop.rules?.length ? `, ${breakingWords(breaking)}` : '';
  process.stdout.write(
    `${command}: ${loop.rows} rows in ${jobs.length} chunks of at most ${Math.max(...jobs.map((j) => j.spec.rows)).toLocaleString('en')} rows${threads} (${iterations} iterations, ${ms} ms), mean TVD ${meanTvd.toFixed(4)} over ${targets.tables.length} tables${rules}${drops} → ${out}\n`,
  );
  return made;
}
