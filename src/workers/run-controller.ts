import type { IterationReport } from '../synth/loop/iteration-report.ts';
import type { SynthesisRun } from '../synth/loop/synthesis-run.ts';
import { PlannerLost } from './planner-lost.ts';
import type { RunEnd } from './synth-api.ts';

/**
 * Drives a SynthesisRun one step at a time inside the worker, yielding to the
 * event loop between steps so that pause, stop and checkpoint messages from the
 * UI are handled mid-run. A lost planner (PlannerLost) ends the drive with
 * `interrupted`: the run's state is as before that iteration, ready to go on
 * with another planner.
 */
export class RunController {
  readonly synthesis: SynthesisRun;
  #paused = false;
  #stopRequested = false;
  #wake: (() => void) | null = null;
  #running = false;

  constructor(run: SynthesisRun) {
    this.synthesis = run;
  }

  get running(): boolean {
    return this.#running;
  }

  async drive(onProgress: (report: IterationReport) => void | Promise<void>): Promise<RunEnd> {
    if (this.#running) throw new Error('synth: a run is already going; pause or stop it first');
    this.#running = true;
    let interrupted: RunEnd['interrupted'];
    try {
      for (;;) {
        if (this.#stopRequested) {
          this.synthesis.finish();
          break;
        }
        if (this.#paused) {
          await new Promise<void>((resolve) => (this.#wake = resolve));
          continue;
        }
        let report: IterationReport | null;
        try {
          report = await this.synthesis.step();
        } catch (e) {
          if (!(e instanceof PlannerLost)) throw e;
          interrupted = { code: e.code, message: e.message };
          break;
        }
        if (!report) break;
        // Awaiting the UI's acknowledgement keeps the main thread from queueing up reports.
        await onProgress(report);
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    } finally {
      this.#running = false;
    }
    return {
      iterations: this.synthesis.history.length,
      rows: this.synthesis.rows,
      meanTvd: this.synthesis.history.at(-1)?.meanTvd ?? Number.NaN,
      stopped: this.#stopRequested,
      ...(interrupted ? { interrupted } : {}),
    };
  }

  pause(): void {
    this.#paused = true;
  }

  resume(): void {
    this.#paused = false;
    this.#wake?.();
    this.#wake = null;
  }

  stop(): void {
    this.#stopRequested = true;
    this.resume();
  }
}
