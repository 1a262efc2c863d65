import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { buildTinyGguf } from '../scripts/tiny-gguf.ts';
import type { Capabilities } from '../src/llm/llm-types.ts';
import type { Dataset } from '../src/stats/dataset.ts';
import { loadDataset } from '../src/stats/ingest/load-dataset.ts';
import { TINY_SERVER_CONTEXT } from '../test/llm/tiny-gguf-file.ts';
import { openBuiltApp } from './app-session.ts';
import { countAnswers } from './llm-answers.ts';
import type { LlmBenchPage, PageRun } from './llm-page/main.ts';
import { pairTrends, type LlmRow } from './llm-row.ts';

const PAGE = 'bench/llm-page/index.html';
const MODEL = 'tiny.gguf';
/** The planner's context, as the node half gives it: the prompt is cut to fit 4,096 tokens as a real tokenizer counts them. */
const PLANNER_CONTEXT = 4096;
const RUN_TIMEOUT_MS = 1_800_000;

/** The browser half's runs, beyond the common columns. */
export interface BrowserLlmRow extends LlmRow {
  /** Requests the runtime failed (no answer), and its errors as the audit log has them ("code: message"). */
  readonly failedCalls: number;
  readonly failures: string[];
}

export interface BrowserLlmRuns {
  readonly results: BrowserLlmRow[];
  /** Loading the GGUF into wllama in the llm worker. */
  readonly modelLoadMs: number;
  readonly capabilities: Capabilities;
  readonly pageErrors: string[];
}

/**
 * The LLM planner in headless Chromium: a bench page (bench/llm-page) built
 * and served as the app is, running the app's synth worker and llm worker,
 * with wllama running the tiny GGUF (context 16,384; the planner gets 4,096,
 * as in the node half, since the tiny vocabulary takes about a token per
 * character and the planner counts tokens as a real tokenizer does). The data
 * file is loaded as the app loads it; each run is set up as the app's setup
 * form sets it (its defaults: a 20% holdout, column groups asked of the model).
 * Per row count: the statistical planner, then the model, at `seed`; the CSV,
 * audit log and recipe come back as the app exports them, and are counted and
 * scored here (countAnswers, and Column Pair Trends against all of `real`).
 */
export async function browserLlmRuns(options: {
  real: Dataset;
  path: string;
  sizes: readonly number[];
  seed: number;
  say: (s: string) => void;
}): Promise<BrowserLlmRuns> {
  const { real, sizes, seed, say } = options;
  const session = await openBuiltApp({ say, port: 4460, page: PAGE });
  const pageErrors: string[] = [];
  try {
    const page = await session.context.newPage();
    page.setDefaultTimeout(RUN_TIMEOUT_MS);
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(new URL(PAGE, session.url).href);
    await page.waitForFunction('globalThis.llmBench !== undefined');
    say(`browser: loading ${MODEL} into wllama …`);
    const gguf = Buffer.from(buildTinyGguf({ seed: 1, contextLength: TINY_SERVER_CONTEXT })).toString('base64');
    const loaded = await call(page, 'loadModel', { name: MODEL, base64: gguf, contextLength: TINY_SERVER_CONTEXT });
    await call(page, 'loadData', { name: 'train.csv', text: readFileSync(options.path, 'utf8') });
    const results: BrowserLlmRow[] = [];
    for (const rows of sizes) {
      say(`browser: ${rows.toLocaleString('en')} rows, statistical planner …`);
      const statistical = await call(page, 'run', { rows, seed, planner: 'statistical', contextTokens: PLANNER_CONTEXT });
      say(`browser: ${rows.toLocaleString('en')} rows, LLM planner (tiny GGUF in wllama, default budget) …`);
      const llm = await call(page, 'run', { rows, seed, planner: 'llm', contextTokens: PLANNER_CONTEXT });
      const counted = countAnswers(llm.audit, llm.plans);
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
        failures: llm.audit.flatMap((e) => (e.error ? [`${e.error.code}: ${e.error.message}`] : [])),
        runMs: llm.ms,
        runMsStatistical: statistical.ms,
        pairTrends: pairTrends(real, await synthetic(llm)),
        pairTrendsStatistical: pairTrends(real, await synthetic(statistical)),
      });
    }
    return { results, modelLoadMs: loaded.ms, capabilities: loaded.capabilities, pageErrors };
  } finally {
    await session.close();
  }
}

/** Calls the page's `llmBench[name]` with one argument (serialised both ways). */
function call<K extends keyof LlmBenchPage>(page: Page, name: K, arg: Parameters<LlmBenchPage[K]>[0]): Promise<Awaited<ReturnType<LlmBenchPage[K]>>> {
  return page.evaluate(([n, a]) => (globalThis as unknown as { llmBench: Record<string, (x: unknown) => unknown> }).llmBench[n](a), [
    name,
    arg,
  ] as const) as Promise<Awaited<ReturnType<LlmBenchPage[K]>>>;
}

/** A run's CSV read as the real file was. */
async function synthetic(run: PageRun): Promise<Dataset> {
  return (await loadDataset({ name: 'synthetic.csv', bytes: new TextEncoder().encode(run.csv) })).dataset;
}
