import type { SetupOptions } from '../workers/synth-api.ts';
import type { SynthClient } from '../workers/synth-client.ts';
import { realBreaksNote, ruleSuggestionsNotes } from './rule-suggestions-text.ts';
import type { SetupState } from './setup-state.svelte.ts';
import { withLines } from './with-lines.ts';

/** One suggestion as the user sees it: the rule (editable before accepting), the model's reason, how the real rows fare. */
export interface RuleSuggestion {
  text: string;
  readonly why: string;
  readonly breaks: { readonly text: string; readonly tendency: boolean };
}

/**
 * The "Suggest rules" step (LLMSynthor's v4 rules): the loaded model
 * suggests rules through the synth worker; each is shown with its reason and
 * how many real rows break it, for the user to edit, accept (it joins the
 * Rules box, and runs from the next synthesis) or reject. Nothing is
 * enforced that the user did not accept.
 */
export class RuleSuggestionsState {
  asking = $state(false);
  items = $state<RuleSuggestion[]>([]);
  notes = $state.raw<readonly string[]>([]);
  error = $state<string | null>(null);
  readonly #client: SynthClient;

  constructor(client: SynthClient) {
    this.#client = client;
  }

  async ask(options: SetupOptions): Promise<void> {
    this.asking = true;
    this.error = null;
    this.notes = [];
    this.items = [];
    try {
      const result = await this.#client.api.suggestRules(options);
      if (!result.ok) {
        this.error = result.error.message;
        return;
      }
      this.items = result.value.rules.map((r) => ({ text: r.text, why: r.why, breaks: realBreaksNote(r.realBreaks) }));
      this.notes = ruleSuggestionsNotes(result.value);
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
    } finally {
      this.asking = false;
    }
  }

  /** The suggestion, as the user may have edited it, joins the Rules box; true when the box changed. */
  accept(index: number, setup: SetupState): boolean {
    const item = this.items[index];
    if (!item) return false;
    const { text, added } = withLines(
      setup.rulesText,
      [item.text.trim()].filter((t) => t !== ''),
    );
    setup.rulesText = text;
    this.items.splice(index, 1);
    return added.length > 0;
  }

  reject(index: number): void {
    this.items.splice(index, 1);
  }

  clear(): void {
    this.items = [];
    this.notes = [];
    this.error = null;
  }
}
