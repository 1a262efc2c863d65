// The service worker, built by scripts/precache-manifest-plugin.ts into dist/sw.js with
// `PRECACHE` defined in front of it. A classic script (no import/export): every browser
// with service workers runs it, module workers or not.

/** Written by the build: every file of dist/ (minus model weights) and a hash of their contents. */
declare const PRECACHE: { readonly version: string; readonly files: readonly string[] };
/** Written by the build: the app's Content-Security-Policy (scripts/content-security-policy.ts). */
declare const CSP: string;

const sw = self as unknown as ServiceWorkerGlobalScope;
/** Our caches all start with this; caches of others (WebLLM's model cache) are never touched. */
const CACHE_PREFIX = 'synthor-';
const CACHE = `${CACHE_PREFIX}${PRECACHE.version}`;
/** Model weights are cached by WebLLM / wllama themselves; a second copy here would double the disk use. */
const UNCACHED = /\/models\/(?!catalogue\.json$)/;

sw.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // `cache: 'reload'` skips the HTTP cache: a stale copy would be pinned for the whole version.
      await cache.addAll(PRECACHE.files.map((f) => new Request(new URL(f, sw.registration.scope), { cache: 'reload' })));
      await sw.skipWaiting();
    })(),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((n) => n.startsWith(CACHE_PREFIX) && n !== CACHE).map((n) => caches.delete(n)));
      // Control the page that registered us at once, so it works offline without a reload.
      await sw.clients.claim();
    })(),
  );
});

sw.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  // Range requests and other origins go straight to the network, untouched.
  if (request.method !== 'GET' || url.origin !== sw.location.origin || request.headers.has('range')) return;
  event.respondWith(cacheFirst(request, url));
});

async function cacheFirst(request: Request, url: URL): Promise<Response> {
  const cache = await caches.open(CACHE);
  const navigate = request.mode === 'navigate';
  // A page URL carries its options in the query (`?kiosk`): the shell is the same file.
  const cached =
    (await cache.match(request, { ignoreSearch: navigate })) ?? (navigate ? await cache.match(new URL('index.html', sw.registration.scope).href) : undefined);
  if (cached) return isolated(cached);
  const response = await fetch(request);
  if (response.ok && response.type === 'basic' && !UNCACHED.test(url.pathname)) await cache.put(request, response.clone());
  return isolated(response);
}

/**
 * Adds COOP/COEP to what we serve: hosts that cannot set headers (GitHub Pages, a USB
 * stick behind a plain file server) still get a cross-origin isolated page from the
 * second load on, which multithreaded wllama needs (SharedArrayBuffer).
 */
function isolated(response: Response): Response {
  if (response.type !== 'basic' && response.type !== 'default') return response;
  if (response.status === 0 || response.headers.get('cross-origin-embedder-policy')) return response;
  const headers = new Headers(response.headers);
  headers.set('Cross-Origin-Opener-Policy', 'same-origin');
  headers.set('Cross-Origin-Embedder-Policy', 'require-corp');
  headers.set('Cross-Origin-Resource-Policy', 'same-origin');
  // The workers get the policy too: a page's meta tag does not reach them.
  if (!headers.has('content-security-policy')) headers.set('Content-Security-Policy', CSP);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
