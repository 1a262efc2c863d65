import { mount, unmount } from 'svelte';
import App from '../../src/ui/App.svelte';
import { AppState } from '../../src/ui/app-state.svelte.ts';
import { ProjectStore } from '../../src/ui/project-store.ts';
import { createSynthClient, type SynthClient } from '../../src/workers/synth-client.ts';

export interface MountedApp {
  readonly app: AppState;
  readonly client: SynthClient;
  readonly target: HTMLElement;
  /** Unmounts the app, removes its element and ends its workers. */
  readonly cleanup: () => void;
}

/** The whole app in the page, on a real synth worker and a fresh IndexedDB project (or the store given). */
export function mountApp(options: { store?: ProjectStore } = {}): MountedApp {
  const client = createSynthClient();
  const target = document.createElement('div');
  document.body.append(target);
  const app = new AppState(client, options.store ?? new ProjectStore(`synthor-test-${crypto.randomUUID()}`));
  const component = mount(App, { target, props: { app } });
  const cleanup = () => {
    unmount(component);
    target.remove();
    // Ends the llm worker too when a test started one (a no-op otherwise).
    app.llm.terminate();
    client.terminate();
  };
  return { app, client, target, cleanup };
}
