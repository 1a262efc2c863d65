/**
 * Registers dist/sw.js (scripts/precache-manifest-plugin.ts) next to index.html, so its
 * scope is the app's own folder on any host and sub-path. Built apps only: the dev
 * server (the one with `import.meta.hot`) has no sw.js, and its files change under a
 * cache-first worker. Not `import.meta.env.PROD`: builds run from tests (NODE_ENV=test)
 * are not PROD, and they are the ones that check offline use.
 */
export function registerServiceWorker(): void {
  if (import.meta.hot || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register(new URL('sw.js', document.baseURI), { scope: './' }).catch((e: unknown) => {
    // Offline use is a bonus: the app runs without it (file:// pages, private windows).
    console.warn(`service worker: not registered (${String(e)}); the app works, but not offline`);
  });
}
