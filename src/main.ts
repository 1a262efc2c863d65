import './ui/theme.css';
import { mount } from 'svelte';
import App from './ui/App.svelte';
import { AppState } from './ui/app-state.svelte.ts';
import { createSynthClient } from './workers/synth-client.ts';
import Kiosk from './kiosk/Kiosk.svelte';
import { KioskState } from './kiosk/kiosk-state.svelte.ts';
import { readKioskParams } from './kiosk/kiosk-params.ts';
import { registerServiceWorker } from './sw/register-service-worker.ts';
import { followSystemTheme } from './ui/theme-choice.ts';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
registerServiceWorker();
// Light or dark as the system asks, until the header's switch says otherwise (the kiosk follows the system).
followSystemTheme();
const params = readKioskParams(location.search);
if (params.kiosk) {
  // The unattended demo: no files, no storage, restarts itself after any error.
  const kiosk = new KioskState({ createClient: createSynthClient, failOnce: params.failOnce });
  mount(Kiosk, { target, props: { kiosk } });
  void kiosk.loop();
} else {
  const app = new AppState(createSynthClient());
  mount(App, { target, props: { app } });
  // Settings, a kept file and an unfinished run come back from IndexedDB.
  void app.restore();
}
