import type { Dataset } from '../stats/dataset.ts';
import { csvBlocks } from '../stats/export/write-csv.ts';
import { relabelPooled } from '../stats/export/pooled-label.ts';
import { gapReport } from '../stats/gaps/gap-report.ts';
import { dropCopies } from '../stats/privacy/drop-copies.ts';
import { countLike } from '../stats/tables/count-tables.ts';
import { emptyLike } from '../stats/tables/table.ts';
import type { Targets } from '../stats/tables/targets.ts';
import type { LoopOptions } from '../synth/loop/loop-options.ts';
import type { Planner } from '../synth/planner/planner.ts';
import { CHUNK_ROWS, synthesizeInChunks } from '../synth/synthesize-in-chunks.ts';
import { withDerived } from './derive-option.ts';
import { openOutput } from './write-output.ts';

/**
 * `generate` above CHUNK_ROWS rows: the rows are made in chunks of at most
 * CHUNK_ROWS, each fitted to the targets and appended to --out before the
 * next is made, so memory is one chunk's whatever --rows is. The summary's
 * mean TVD is the whole file's, from every chunk's rows counted into the
 * target tables. A progress line per chunk goes to stderr.
 */
export async function generateInChunks(options: {
  readonly command: string;
  readonly targets: Targets;
  readonly loop: LoopOptions;
  readonly planner: Planner;
  readonly out: string;
  /** The input rows, when --drop-copies asks for rows identical to one to be dropped. */
  readonly training?: Dataset;
  readonly otherLabel: string;
  readonly derives: readonly string[];
  /** CHUNK_ROWS unless a test asks for smaller chunks. */
  readonly chunkRows?: number;
}): Promise<void> {
  const { command, targets, loop, out, training, chunkRows = CHUNK_ROWS } = options;
  const chunks = Math.ceil(loop.rows / chunkRows);
  const union = targets.tables.map(emptyLike);
  const sink = openOutput({ flag: '--out', path: out }, command);
  let iterations = 0;
  let dropped = 0;
  let written = 0;
  const started = performance.now();
  try {
    for await (const chunk of synthesizeInChunks({ targets, ...loop, planner: options.planner, chunkRows })) {
      countLike(targets.tables, chunk.dataset).forEach((table, t) => {
        union[t].total += table.total;
        table.counts.forEach((c, cell) => (union[t].counts[cell] += c));
      });
      const kept = training ? dropCopies({ training, synthetic: chunk.dataset }) : undefined;
      dropped += kept?.dropped ?? 0;
      const rows = relabelPooled(kept?.dataset ?? chunk.dataset, { targets, label: options.otherLabel });
      const derived = await withDerived(rows, { texts: options.derives, seed: chunk.seed, command });
      written += derived.rowCount;
      let header = true;
      for (const block of csvBlocks(derived)) {
        // One header, from the first chunk.
        if (!(header && chunk.index > 0)) sink.append(block);
        header = false;
      }
      iterations += chunk.iterations;
      process.stderr.write(
        `${command}: chunk ${chunk.index + 1} of ${chunks}: ${chunk.dataset.rowCount} rows in ${chunk.iterations} iterations, mean TVD ${chunk.meanTvd.toFixed(4)}\n`,
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
  process.stdout.write(
    `${command}: ${loop.rows} rows in ${chunks} chunks of at most ${chunkRows.toLocaleString('en')} rows (${iterations} iterations, ${ms} ms), mean TVD ${meanTvd.toFixed(4)} over ${targets.tables.length} tables${drops} → ${out}\n`,
  );
}
