import type { IterationReport } from '../loop/iteration-report.ts';
import type { AuditEntry } from './audit-entry.ts';

/** An iteration report with the LLM requests made for it (none for the statistical planner). */
export type AuditedIterationReport = IterationReport & { readonly audit?: readonly AuditEntry[] };

/**
 * Collects audit entries in the order they arrive: pass `log.record` as an
 * LLM planner's `audit` hook. `attach` puts each iteration's entries on its
 * report, so the recipe or the app can export them with the run.
 */
export class AuditLog {
  readonly #entries: AuditEntry[];

  /** `before`: requests made before the run was set up (a what-if's edits), first in the log. */
  constructor(before: readonly AuditEntry[] = []) {
    this.#entries = [...before];
  }

  /** Bound, so it can be handed over as a callback. */
  readonly record = (entry: AuditEntry): void => {
    this.#entries.push(entry);
  };

  get entries(): readonly AuditEntry[] {
    return this.#entries;
  }

  forIteration(iteration: number): AuditEntry[] {
    return this.#entries.filter((e) => e.iteration === iteration);
  }

  attach(history: readonly IterationReport[]): AuditedIterationReport[] {
    return history.map((report) => {
      const audit = this.forIteration(report.iteration);
      return audit.length > 0 ? { ...report, audit } : report;
    });
  }
}
