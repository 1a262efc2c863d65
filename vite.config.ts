import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// Relative base: the built app works from any sub-path of any static host.
export default defineConfig({
  base: './',
  plugins: [svelte()],
  worker: { format: 'es' },
  build: { target: 'es2022' },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
});
