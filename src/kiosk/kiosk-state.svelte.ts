import * as Comlink from 'comlink';
import type { DataPreview, IterationReport, SetupOptions } from '../workers/synth-api.ts';
import type { SynthClient } from '../workers/synth-client.ts';
import type { WorkerResult } from '../workers/worker-error.ts';

export type KioskPhase = 'loading' | 'running' | 'finished' | 'recovering';

export interface KioskOptions {
  /** Starts a synth worker; called again after every failure, so a broken worker is never reused. */
  readonly createClient: () => SynthClient;
  /** The bundled sample the demo runs on, under samples/. */
  readonly sample?: string;
  /** How long a finished run stays on screen before the next one. */
  readonly pauseMs?: number;
  /** How long an error stays on screen before the demo restarts. */
  readonly recoverMs?: number;
  /** Each iteration stays on screen at least this long, so the audience sees the curve fall. */
  readonly stepMs?: number;
  /** A run taking longer than this counts as a hung worker. */
  readonly timeoutMs?: number;
  /** Test hook (kiosk-params.ts): the first run fails inside the worker. */
  readonly failOnce?: boolean;
}

/** Synthetic rows on screen at once. */
const KIOSK_ROWS = 8;

const DEMO_SETUP: Omit<SetupOptions, 'seed'> = {
  rows: 1000,
  maxIterations: 60,
  proposalsPerIteration: 8,
  joints: null,
  rules: [],
  holdoutShare: 0,
};

/**
 * The unattended demo: load the sample, synthesise, show the result, again, forever.
 * Nothing is stored (no ProjectStore, no downloads); any failure ends the worker, shows
 * the message and starts over after a pause. Each run has its own seed (the run number),
 * so the screen does not repeat itself.
 */
export class KioskState {
  phase = $state<KioskPhase>('loading');
  /** The run on screen, from 1. */
  cycle = $state(0);
  /** Runs that reached their report. */
  completed = $state(0);
  rowsWanted = $state(DEMO_SETUP.rows);
  history = $state.raw<readonly IterationReport[]>([]);
  /** The newest synthetic rows of the run on screen, newest first: the rows appearing. */
  rows = $state.raw<DataPreview | null>(null);
  /** Mean TVD of the last finished run. */
  lastMeanTvd = $state<number | null>(null);
  error = $state<string | null>(null);

  readonly sample: string;
  readonly #options: KioskOptions;
  #client: SynthClient | null = null;
  #failNext: boolean;

  constructor(options: KioskOptions) {
    this.#options = options;
    this.sample = options.sample ?? 'penguins.csv';
    this.#failNext = options.failOnce ?? false;
  }

  /** Runs demos for as long as the page is open; never rejects. */
  async loop(): Promise<never> {
    for (;;) {
      this.cycle += 1;
      this.error = null;
      try {
        await this.#withTimeout(this.#demo(this.cycle));
        this.completed += 1;
        this.phase = 'finished';
        await sleep(this.#options.pauseMs ?? 4000);
      } catch (e) {
        this.error = e instanceof Error ? e.message : String(e);
        this.phase = 'recovering';
        this.#client?.terminate();
        this.#client = null;
        await sleep(this.#options.recoverMs ?? 3000);
      }
    }
  }

  async #demo(cycle: number): Promise<void> {
    this.phase = 'loading';
    this.history = [];
    this.rows = null;
    // A fresh worker (first run, or after a failure) loads the sample; later runs reuse it.
    if (!this.#client) {
      this.#client = this.#options.createClient();
      await this.#loadSample(this.#client);
    }
    const client = this.#client;
    const setup = unwrap(await client.api.setup({ ...DEMO_SETUP, seed: cycle }));
    this.rowsWanted = setup.rowsWanted;
    this.phase = 'running';
    const fail = this.#failNext;
    this.#failNext = false;
    // The worker awaits this callback, so sleeping here paces the run itself.
    const onProgress = async (report: IterationReport) => {
      if (fail) throw new Error('kiosk test hook: injected failure in run 1 (failOnce=1)');
      this.history = [...this.history, report];
      // Asked between iterations, while the run waits for this callback: the store is whole.
      this.rows = unwrap(await client.api.latestRows(KIOSK_ROWS));
      await sleep(this.#options.stepMs ?? 120);
    };
    const end = unwrap(await client.api.start(Comlink.proxy(onProgress)));
    this.lastMeanTvd = end.meanTvd;
  }

  async #loadSample(client: SynthClient): Promise<void> {
    // Relative to the page, so the kiosk works from any sub-path (and from the service worker's cache).
    const response = await fetch(new URL(`samples/${this.sample}`, document.baseURI));
    if (!response.ok) throw new Error(`${this.sample}: the sample could not be read (HTTP ${response.status})`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    unwrap(await client.api.loadFile(Comlink.transfer({ name: this.sample, bytes }, [bytes.buffer])));
  }

  #withTimeout(run: Promise<void>): Promise<void> {
    const ms = this.#options.timeoutMs ?? 120_000;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the demo run took over ${ms / 1000} s; restarting the worker`)), ms);
    });
    return Promise.race([run, timeout]).finally(() => clearTimeout(timer));
  }
}

function unwrap<T>(result: WorkerResult<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
