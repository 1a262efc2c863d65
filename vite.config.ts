import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { precacheManifestPlugin } from './scripts/precache-manifest-plugin.ts';
import { CONTENT_SECURITY_POLICY } from './scripts/content-security-policy.ts';

// Relative base: the built app works from any sub-path of any static host.
export default defineConfig({
  base: './',
  plugins: [
    svelte(),
    precacheManifestPlugin(),
    // index.html carries the one CSP (scripts/content-security-policy.ts).
    { name: 'synthor-csp', transformIndexHtml: (html) => html.replace('%SYNTHOR_CSP%', CONTENT_SECURITY_POLICY) },
  ],
  worker: { format: 'es' },
  // The llm worker imports wllama lazily: pre-bundle it so the dev server does not discover it mid-session and reload.
  optimizeDeps: { include: ['@wllama/wllama'] },
  build: { target: 'es2022' },
  server: { port: 5173, strictPort: false },
  // Cross-origin isolation (SharedArrayBuffer) lets wllama use threads. Hosts that cannot set
  // headers get them from the service worker instead (src/sw/service-worker.ts).
  preview: {
    port: 4173,
    strictPort: true,
    headers: {
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    },
  },
});
