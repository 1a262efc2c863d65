/**
 * One request to an LLM and what came back, exactly: the audit log of what
 * left the synth worker (issue "Privacy and robustness"). Plain JSON, so it
 * can be exported with a recipe. No wall clock: `at` orders the entries, so a
 * replayed run logs the same entries.
 */
export interface AuditEntry {
  /** Loop iteration the request served (Guidance.iteration); 0 for the structure request before the loop. */
  readonly iteration: number;
  /** 0 for the first request of an iteration, 1 for the retry. */
  readonly attempt: number;
  /** Position of the request among all requests the planner made, from 0. */
  readonly at: number;
  readonly purpose: 'structure' | 'plan' | 'scenario' | 'rules';
  /** The prompt, as sent. */
  readonly messages: readonly AuditMessage[];
  /** hashText of the JSON schema the answer was constrained to (the schema itself is rebuilt from the targets). */
  readonly schemaHash: string;
  /** The answer's text; '' when the runtime failed (see `error`). */
  readonly response: string;
  /** 'stop', 'length' or 'abort' from the runtime; 'error' when it returned no answer. */
  readonly finishReason: 'stop' | 'length' | 'abort' | 'error';
  readonly error?: { readonly code: string; readonly message: string };
  readonly usage: { readonly promptTokens: number; readonly completionTokens: number };
}

/** A chat message as the audit keeps it (the LLM layer's ChatMessage, which src/synth may not import). */
export interface AuditMessage {
  readonly role: string;
  readonly content: string;
}
