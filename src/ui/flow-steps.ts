/** The app's steps, in the order a user goes through them (issue #17). */
export const STEPS = ['data', 'setup', 'run', 'report'] as const;
export type Step = (typeof STEPS)[number];

export const STEP_LABELS: Readonly<Record<Step, string>> = { data: 'Data', setup: 'Setup', run: 'Run', report: 'Report' };

/** What the user has so far: each step needs what the one before it made. */
export interface FlowProgress {
  /** A table (a data file, a stats.json, aggregate tables) is loaded. */
  readonly table: boolean;
  /** A run was started (running, paused, finished or failed). */
  readonly run: boolean;
  /** The finished run's report is in. */
  readonly report: boolean;
}

/** Whether the user can go to `step` now. */
export function reachable(step: Step, progress: FlowProgress): boolean {
  if (step === 'setup') return progress.table;
  if (step === 'run') return progress.run;
  if (step === 'report') return progress.report;
  return true;
}

/** `wanted` when it is reachable, else the last reachable step before it (Data always is). */
export function furthestReachable(wanted: Step, progress: FlowProgress): Step {
  for (let i = STEPS.indexOf(wanted); i > 0; i--) if (reachable(STEPS[i], progress)) return STEPS[i];
  return 'data';
}

/** The step a URL's hash names ("#setup"); null for no hash or one that names no step. */
export function parseStepHash(hash: string): Step | null {
  const name = hash.replace(/^#/, '').toLowerCase();
  return (STEPS as readonly string[]).includes(name) ? (name as Step) : null;
}

export function stepHash(step: Step): string {
  return `#${step}`;
}
