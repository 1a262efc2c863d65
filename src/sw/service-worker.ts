// The service worker, built by scripts/precache-manifest-plugin.ts into dist/sw.js with
// `PRECACHE` defined in front of it. A classic script (no import/export): every browser
// with service workers runs it, module workers or not.

/** Written by the build: every file of dist/ (minus model weights) and a hash of their contents. */
declare const PRECACHE: { readonly version: string; readonly files: readonly string[] };
/** Written by the build: the app's Content-Security-Policy (scripts/content-security-policy.ts). */
declare const CSP: string;
/** Written by the build: where the page keeps the model server the user allowed (src/sw/allowed-endpoint-setting.ts). */
declare const ALLOWED_ENDPOINT_SETTING: { readonly cache: string; readonly key: string };
/** Written by the build: src/sw/endpoint-policy.ts's function of that name. */
declare function policyWithEndpoint(policy: string, origin: string | null): string;

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
      // The settings cache holds the user's choice, not files of a build: it stays.
      const old = names.filter((n) => n.startsWith(CACHE_PREFIX) && n !== CACHE && n !== ALLOWED_ENDPOINT_SETTING.cache);
      await Promise.all(old.map((n) => caches.delete(n)));
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
  const policy = await currentPolicy();
  if (cached) return isolated(cached, policy, navigate);
  const response = await fetch(request);
  if (response.ok && response.type === 'basic' && !UNCACHED.test(url.pathname)) await cache.put(request, response.clone());
  return isolated(response, policy, navigate);
}

/**
 * The app's policy, its connect-src opened to the model server the user
 * allowed (read afresh for every response: the page may have just changed
 * it, and a new llm worker must get it). An unreadable setting opens nothing.
 */
async function currentPolicy(): Promise<string> {
  try {
    // caches.match with a cacheName opens no cache: none is made for a setting never saved.
    const saved = await caches.match(new URL(ALLOWED_ENDPOINT_SETTING.key, sw.registration.scope).href, { cacheName: ALLOWED_ENDPOINT_SETTING.cache });
    const origin = saved ? (JSON.parse(await saved.text()) as { origin?: unknown }).origin : null;
    return policyWithEndpoint(CSP, typeof origin === 'string' ? origin : null);
  } catch {
    return CSP;
  }
}

/**
 * Adds COOP/COEP to what we serve: hosts that cannot set headers (GitHub Pages, a USB
 * stick behind a plain file server) still get a cross-origin isolated page from the
 * second load on, which multithreaded wllama needs (SharedArrayBuffer). And the
 * policy: the app's own (as `vite preview` sends it, or none) becomes `policy`;
 * a host's own different policy is kept, as it is the host's to set.
 */
async function isolated(response: Response, policy: string, navigate: boolean): Promise<Response> {
  if (response.type !== 'basic' && response.type !== 'default') return response;
  if (response.status === 0) return response;
  const headers = new Headers(response.headers);
  if (!headers.get('cross-origin-embedder-policy')) {
    headers.set('Cross-Origin-Opener-Policy', 'same-origin');
    headers.set('Cross-Origin-Embedder-Policy', 'require-corp');
    headers.set('Cross-Origin-Resource-Policy', 'same-origin');
  }
  // The workers get the policy too: a page's meta tag does not reach them.
  const current = headers.get('content-security-policy');
  if (current !== null && current !== CSP) return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  headers.set('Content-Security-Policy', policy);
  // Both policies of the page are enforced: its meta tag must open the same origin as the header.
  if (!navigate || policy === CSP || !(headers.get('content-type') ?? '').includes('text/html')) {
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }
  const html = (await response.text()).replace(`content="${CSP}"`, `content="${policy}"`);
  headers.delete('content-length');
  return new Response(html, { status: response.status, statusText: response.statusText, headers });
}
