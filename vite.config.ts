import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// Relative base: the built app works from any sub-path of any static host.
export default defineConfig({
  base: './',
  plugins: [svelte()],
  worker: { format: 'es' },
  // The llm worker imports wllama lazily: pre-bundle it so the dev server does not discover it mid-session and reload.
  optimizeDeps: { include: ['@wllama/wllama'] },
  build: { target: 'es2022' },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
});
