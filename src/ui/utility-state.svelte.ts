import type { Utility, UtilityTarget } from '../workers/synth-api.ts';
import type { SynthClient } from '../workers/synth-client.ts';
import { defaultPositive, defaultUtilityTarget } from './utility-defaults.ts';

export type UtilityStatus = 'idle' | 'running' | 'done' | 'error';

/**
 * The report's utility section: the column to predict (and the positive class
 * of a binary one), and the scores of the last run. The models train in the
 * synth worker, so the page stays responsive while `status` is 'running'.
 */
export class UtilityState {
  /** The columns the finished run can predict (from its report); empty without a holdout. */
  targets = $state.raw<readonly UtilityTarget[]>([]);
  /** The chosen column; '' when there is none. */
  target = $state('');
  positive = $state('');
  status = $state<UtilityStatus>('idle');
  result = $state.raw<Utility | null>(null);
  error = $state<string | null>(null);

  readonly #client: SynthClient;
  // Bumped by every offer and run: an answer for an older one is dropped.
  #generation = 0;

  constructor(client: SynthClient) {
    this.#client = client;
  }

  get chosen(): UtilityTarget | undefined {
    return this.targets.find((t) => t.column === this.target);
  }

  /** A new report: its columns, the default choice, no scores yet. */
  offer(targets: readonly UtilityTarget[]): void {
    this.#generation++;
    this.targets = targets;
    this.status = 'idle';
    this.result = null;
    this.error = null;
    this.choose(defaultUtilityTarget(targets)?.column ?? '');
  }

  /** Picks the column to predict; a binary one starts with its rarer class as positive. */
  choose(column: string): void {
    this.target = column;
    this.positive = defaultPositive(this.chosen);
  }

  async run(): Promise<void> {
    const chosen = this.chosen;
    if (!chosen || this.status === 'running') return;
    const generation = ++this.#generation;
    this.status = 'running';
    this.error = null;
    const answer = await this.#client.api.utility(chosen.column, chosen.task === 'binary' ? this.positive : undefined);
    if (generation !== this.#generation) return;
    if (answer.ok) {
      this.result = answer.value;
      this.status = 'done';
    } else {
      this.error = answer.error.message;
      this.status = 'error';
    }
  }
}
