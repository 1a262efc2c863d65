import { untrack } from 'svelte';
import { furthestReachable, parseStepHash, stepHash, type FlowProgress, type Step } from './flow-steps.ts';

/**
 * The step on screen, kept in the URL's hash: every move is a history entry, so the browser's Back
 * and Forward go between steps. A step asked for but not reachable yet (a typed #report, a reload
 * before the data is back) shows the last reachable one before it.
 */
export class FlowState {
  #requested = $state<Step>('data');
  readonly #progress: () => FlowProgress;

  /** `progress` is read reactively: what the app has so far decides which steps are open. */
  constructor(progress: () => FlowProgress) {
    this.#progress = progress;
  }

  get progress(): FlowProgress {
    return this.#progress();
  }

  /** The step the URL names (or the last one moved to). */
  get requested(): Step {
    return this.#requested;
  }

  /** The step shown. */
  get step(): Step {
    return furthestReachable(this.#requested, this.#progress());
  }

  /** Moves to `step`: a new history entry, or (`replace`) the current one rewritten. */
  go(step: Step, how: 'push' | 'replace' = 'push'): void {
    if (untrack(() => this.#requested) === step && location.hash === stepHash(step)) return;
    this.#requested = step;
    if (how === 'push') history.pushState(history.state, '', stepHash(step));
    else history.replaceState(history.state, '', stepHash(step));
  }

  /** Takes the step from the hash now and at every change (Back, Forward, a typed hash); returns the stop. */
  listen(): () => void {
    const read = () => (this.#requested = parseStepHash(location.hash) ?? 'data');
    read();
    addEventListener('hashchange', read);
    return () => removeEventListener('hashchange', read);
  }
}
