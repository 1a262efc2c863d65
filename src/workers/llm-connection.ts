import * as Comlink from 'comlink';
import type { GenerateRequest, GenerateResult, LlmApi, LlmResult } from '../llm/llm-types.ts';
import { PlannerLost } from './planner-lost.ts';

/** What a run's LLM planner needs of the model: one request at a time, and whether it is still there. */
export interface LlmLink {
  readonly lost: boolean;
  generate(request: GenerateRequest): Promise<LlmResult<GenerateResult>>;
}

/**
 * The synth worker's line to the llm worker (a port the main thread handed
 * over). A terminated or crashed llm worker never answers, so a request in
 * flight would wait forever: when the port closes, or the main thread says
 * the worker is gone (`lose`), every waiting request rejects with PlannerLost.
 */
export class LlmConnection implements LlmLink {
  readonly #remote: Comlink.Remote<LlmApi>;
  readonly #waiting = new Set<(error: PlannerLost) => void>();
  #lost: PlannerLost | null = null;

  constructor(port: MessagePort) {
    this.#remote = Comlink.wrap<LlmApi>(port);
    port.addEventListener('close', () => this.lose('went away (its port closed)'));
  }

  get lost(): boolean {
    return this.#lost !== null;
  }

  generate(request: GenerateRequest): Promise<LlmResult<GenerateResult>> {
    const lost = this.#lost;
    if (lost) return Promise.reject(lost);
    return new Promise((resolve, reject) => {
      this.#waiting.add(reject);
      this.#remote
        .generateJson(request)
        .then(resolve, reject)
        .finally(() => this.#waiting.delete(reject));
    });
  }

  /** The llm worker is gone (`why`: "was shut down", "crashed"): no request will be answered. */
  lose(why: string): void {
    if (this.#lost) return;
    this.#lost = new PlannerLost('llm-lost', `The language model stopped answering: its worker ${why}`);
    for (const reject of this.#waiting) reject(this.#lost);
    this.#waiting.clear();
    this.#remote[Comlink.releaseProxy]();
  }
}
