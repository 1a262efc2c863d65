import type { SetupOptions } from '../workers/synth-api.ts';
import type { SynthClient } from '../workers/synth-client.ts';
import { scenarioEditsNotes } from './scenario-edits-text.ts';
import { withLines } from './with-lines.ts';
import type { SetupState } from './setup-state.svelte.ts';

/**
 * The "Turn into edits" step (issue #14): the setup's free-text what-if sent
 * to the loaded model through the synth worker, its edits added to the
 * Scenarios box — shown, for the user to read, change or delete before the
 * run applies them as any scenario line — with what could not be written as
 * an edit stated beside them.
 */
export class ScenarioEditsState {
  asking = $state(false);
  /** What the last answer did, in sentences; empty before any. */
  notes = $state.raw<readonly string[]>([]);
  error = $state<string | null>(null);
  readonly #client: SynthClient;

  constructor(client: SynthClient) {
    this.#client = client;
  }

  /** Asks for `setup`'s what-if as edits (`options` with the loaded model as planner); true when the Scenarios box changed. */
  async ask(setup: SetupState, options: SetupOptions): Promise<boolean> {
    this.asking = true;
    this.error = null;
    this.notes = [];
    try {
      const result = await this.#client.api.scenarioEdits(setup.scenario, options);
      if (!result.ok) {
        this.error = result.error.message;
        return false;
      }
      const { text, added } = withLines(setup.scenariosText, result.value.edits);
      setup.scenariosText = text;
      this.notes = scenarioEditsNotes(result.value, added);
      return added.length > 0;
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
      return false;
    } finally {
      this.asking = false;
    }
  }

  clear(): void {
    this.notes = [];
    this.error = null;
  }
}
