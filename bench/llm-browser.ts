import type { Page } from 'playwright-core';
import { buildTinyGguf } from '../scripts/tiny-gguf.ts';
import type { Dataset } from '../src/stats/dataset.ts';
import { loadDataset } from '../src/stats/ingest/load-dataset.ts';
import { downloadText } from '../test/e2e/download-text.ts';
import { ggufLoaded, pickGguf } from '../test/e2e/llm-flow.ts';
import { loadFileFromDisk, reportVisible, synthesizeWith, type PlannerLabel } from '../test/e2e/scale-flow.ts';
import { openBuiltApp } from './app-session.ts';
import { countAnswers } from './llm-answers.ts';
import { pairTrends, type LlmRow } from './llm-row.ts';

/** The planner's context in the app is the model's: 4,096 tokens, as the node half gives its planner. */
const CONTEXT = 4096;
const MODEL = 'tiny.gguf';
const LOAD_TIMEOUT_MS = 120_000;
const RUN_TIMEOUT_MS = 1_800_000;

/** The browser half's runs, beyond the common columns: requests the runtime failed (no answer). */
export interface BrowserLlmRow extends LlmRow {
  readonly failedCalls: number;
  /** The runtime's errors, as the audit log has them ("code: message"). */
  readonly failures: string[];
}

export interface BrowserLlmRuns {
  readonly results: BrowserLlmRow[];
  /** From picking the GGUF to the app saying plans will come from it. */
  readonly modelLoadMs: number;
  /** What the app's planner panel says of this browser (threads, cross-origin isolation). */
  readonly capabilities: string;
  readonly pageErrors: string[];
}

/**
 * The LLM planner in the real app: the built app (as `npm start` serves it) in
 * headless Chromium, the data file picked from disk, the tiny GGUF picked as a
 * user would and run by wllama in the llm worker, the app's default budget and
 * setup. Per row count: a run with the statistical planner, then one with the
 * model, both at `seed`; the synthetic CSV, the audit log and the recipe are
 * downloaded as a user would, and counted and scored here (countAnswers, and
 * Column Pair Trends against all of `real`, as the node half scores).
 */
export async function browserLlmRuns(options: {
  real: Dataset;
  path: string;
  sizes: readonly number[];
  seed: number;
  say: (s: string) => void;
}): Promise<BrowserLlmRuns> {
  const { real, sizes, seed, say } = options;
  const session = await openBuiltApp({ say, port: 4460 });
  const pageErrors: string[] = [];
  try {
    const page = await session.context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(session.url);
    await page.getByRole('button', { name: 'Forget everything' }).click();
    say(`browser: loading ${options.path} …`);
    await loadFileFromDisk(page, { path: options.path, rows: real.rowCount, columns: real.schema.columns.length, timeoutMs: LOAD_TIMEOUT_MS });
    say(`browser: loading ${MODEL} into wllama …`);
    const started = performance.now();
    await pickGguf(page, { name: MODEL, buffer: Buffer.from(buildTinyGguf({ seed: 1, contextLength: CONTEXT })) });
    await ggufLoaded(page, { name: MODEL, contextTokens: CONTEXT, timeoutMs: LOAD_TIMEOUT_MS });
    const modelLoadMs = performance.now() - started;
    const capabilities = (
      (await page
        .getByText(/CPU threads/)
        .first()
        .textContent()) ?? ''
    )
      .replace(/\s+/g, ' ')
      .trim();
    const results: BrowserLlmRow[] = [];
    for (const rows of sizes) {
      say(`browser: ${rows.toLocaleString('en')} rows, statistical planner …`);
      const statistical = await run(page, { planner: 'Statistical (no model)', rows, seed });
      say(`browser: ${rows.toLocaleString('en')} rows, LLM planner (tiny GGUF in wllama, default budget) …`);
      const llm = await run(page, { planner: 'Local GGUF file (CPU)', rows, seed });
      const audit = JSON.parse((await downloadText(page, 'Download audit log')).text) as { entries: Parameters<typeof countAnswers>[0] };
      const recipe = JSON.parse((await downloadText(page, 'Download recipe')).text) as { plans: unknown[] };
      const counted = countAnswers(audit.entries, recipe.plans);
      results.push({
        rows,
        calls: counted.calls,
        plans: counted.plans,
        promptTokens: counted.promptTokens,
        outputTokens: counted.outputTokens,
        promptTokensPerRow: counted.promptTokens / rows,
        outputTokensPerRow: counted.outputTokens / rows,
        invalidOutputs: counted.invalidOutputs,
        fallbacks: counted.fallbacks,
        failedCalls: counted.failedCalls,
        failures: audit.entries.flatMap((e) => (e.error ? [`${e.error.code}: ${e.error.message}`] : [])),
        runMs: llm.ms,
        runMsStatistical: statistical.ms,
        pairTrends: pairTrends(real, llm.synthetic),
        pairTrendsStatistical: pairTrends(real, statistical.synthetic),
      });
    }
    return { results, modelLoadMs, capabilities, pageErrors };
  } finally {
    await session.close();
  }
}

/** One run in the app: Synthesize clicked to "Done" (timed), then the report, then its CSV downloaded and read as the real file was. */
async function run(page: Page, options: { planner: PlannerLabel; rows: number; seed: number }): Promise<{ ms: number; synthetic: Dataset }> {
  const started = performance.now();
  await synthesizeWith(page, { ...options, timeoutMs: RUN_TIMEOUT_MS });
  const ms = performance.now() - started;
  if (!(await reportVisible(page, RUN_TIMEOUT_MS))) throw new Error(`bench llm: no report ${RUN_TIMEOUT_MS / 1000} s after a ${options.rows}-row run`);
  const csv = await downloadText(page, 'Download CSV');
  const { dataset } = await loadDataset({ name: csv.name, bytes: new TextEncoder().encode(csv.text) });
  return { ms, synthetic: dataset };
}
