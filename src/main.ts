import { mount } from 'svelte';
import App from './ui/App.svelte';
import { AppState } from './ui/app-state.svelte.ts';
import { createSynthClient } from './workers/synth-client.ts';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
mount(App, { target, props: { app: new AppState(createSynthClient()) } });
