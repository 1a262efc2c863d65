import { readFileSync } from 'node:fs';
import { loadDataset } from '../src/stats/ingest/load-dataset.ts';
import { DEFAULT_LLM_BUDGET } from '../src/synth/planner/llm-budget.ts';
import { browserLlmRuns } from './llm-browser.ts';
import { nodeLlmRuns } from './llm-node.ts';
import { llmTable } from './llm-row.ts';
import { writeResults } from './write-results.ts';

const SEED = 1;
const DEFAULT_SIZES = [1_000, 10_000, 100_000];
const RUNTIMES = ['node', 'browser'] as const;
const ADULT = new URL('./data/adult/train.csv', import.meta.url).pathname;
const say = (s: string) => process.stderr.write(s + '\n');

/**
 * `npm run bench -- llm [--rows 1000,10000,100000] [--runtime node|browser]`:
 * what the LLM planner costs under the default budget (DEFAULT_LLM_BUDGET) on
 * Adult's training rows, with both llama.cpp runtimes running the tiny GGUF
 * the tests build: node-llama-cpp (llm-node.ts) and wllama in the real app in
 * headless Chromium (llm-browser.ts). Per row count: calls, prompt and output
 * tokens per run and per synthetic row, unusable answers, wall time, and
 * Column Pair Trends beside the statistical planner on the same data and
 * seed. The tiny model writes noise: what is measured is the cost and that
 * fidelity holds, not the quality of its choices. Reports; asserts nothing.
 */
export async function llmBench(argv: string[]): Promise<void> {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? (argv[i + 1] ?? '') : undefined;
  };
  const rowsText = value('rows');
  const sizes = rowsText === undefined ? DEFAULT_SIZES : rowsText.split(',').map(Number);
  if (!sizes.every((n) => Number.isInteger(n) && n > 0)) throw new RangeError(`bench: --rows must be positive integers separated by commas, got ${rowsText}`);
  const only = value('runtime');
  if (only !== undefined && !(RUNTIMES as readonly string[]).includes(only)) throw new RangeError(`bench: --runtime must be node or browser, got ${only}`);
  const real = (await loadDataset({ name: 'adult/train.csv', bytes: readFileSync(ADULT) })).dataset;
  const runtimes: Record<string, unknown> = {};
  if (only !== 'browser') {
    const results = await nodeLlmRuns({ real, sizes, seed: SEED, say });
    process.stdout.write(`node-llama-cpp (1 thread):\n${llmTable(results)}\n`);
    runtimes.node = { model: 'tiny GGUF (scripts/tiny-gguf.ts), node-llama-cpp, 1 thread, context 16,384, planner context 4,096', results };
  }
  if (only !== 'node') {
    const browser = await browserLlmRuns({ real, path: ADULT, sizes, seed: SEED, say });
    const { crossOriginIsolated, hardwareConcurrency } = browser.capabilities;
    const where = `${hardwareConcurrency} CPU threads, ${crossOriginIsolated ? '' : 'not '}cross-origin isolated`;
    process.stdout.write(`wllama in the app's workers, headless Chromium (${where}):\n${llmTable(browser.results)}\n`);
    if (browser.pageErrors.length) say(`page errors: ${browser.pageErrors.join(' / ')}`);
    runtimes.browser = {
      model: "tiny GGUF (scripts/tiny-gguf.ts), wllama in the app's llm worker (bench/llm-page), headless Chromium, context 16,384, planner context 4,096",
      ...browser,
    };
  }
  const data = { seed: SEED, data: 'bench/data/adult/train.csv', budget: DEFAULT_LLM_BUDGET, runtimes };
  say(`wrote ${writeResults({ name: 'llm', data })}`);
}
