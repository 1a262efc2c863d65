import { untrack } from 'svelte';
import type { AppState } from './app-state.svelte.ts';
import type { FlowState } from './flow-state.svelte.ts';

/** Calls `moved` when `read()` gives something new (not on the first look). */
function onChange<T>(read: () => T, moved: (now: T) => void): void {
  let last = untrack(read);
  $effect(() => {
    const now = read();
    if (now === last) return;
    last = now;
    untrack(() => moved(now));
  });
}

/**
 * The flow follows what the user did: a table loaded opens Setup, a run started opens Run, and its
 * report opens Report (when the user is still watching the run). Call during a component's set-up, with
 * its `app` prop (read once: the app is never replaced).
 */
export function advanceWithApp(flow: FlowState, appNow: () => AppState): void {
  const app = untrack(appNow);
  // A table coming back at start-up is not the user's doing: the end of the restore decides.
  onChange(
    () => app.summary,
    (summary) => summary && !app.restoring && flow.go('setup'),
  );
  onChange(
    () => app.run.status,
    (status) => status === 'preparing' && flow.go('run'),
  );
  onChange(
    () => app.run.report,
    (report) => report && flow.step === 'run' && flow.go('report'),
  );
  // Back from IndexedDB: an unfinished run is offered on Data; a kept file alone opens its Setup.
  onChange(
    () => app.restoring,
    (restoring) => {
      if (restoring) return;
      if (app.run.pending) flow.go('data', 'replace');
      else if (app.summary && flow.step === 'data') flow.go('setup', 'replace');
    },
  );
  // The URL never names a step the user cannot see (a typed #report, a forgotten project).
  $effect(() => {
    const step = flow.step;
    if (!app.restoring && step !== flow.requested) untrack(() => flow.go(step, 'replace'));
  });
}
