import { mount } from 'svelte';
import App from './ui/App.svelte';
import { AppState } from './ui/app-state.svelte.ts';
import { createSynthClient } from './workers/synth-client.ts';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
const app = new AppState(createSynthClient());
mount(App, { target, props: { app } });
// Settings, a kept file and an unfinished run come back from IndexedDB.
void app.restore();
