import { ALLOWED_ENDPOINT_SETTING, type AllowedEndpoint } from '../sw/allowed-endpoint-setting.ts';
import { policyAllowsOrigin } from '../sw/endpoint-policy.ts';

/** The setting's key: relative to the page's folder, which is the service worker's scope. */
function key(): string {
  return new URL(ALLOWED_ENDPOINT_SETTING.key, document.baseURI).href;
}

function storage(): CacheStorage {
  if (typeof caches === 'undefined') {
    throw new Error(`this page cannot keep settings (no Cache Storage: it is not served from https or localhost, but from ${location.origin})`);
  }
  return caches;
}

/**
 * Keeps the model server the user chose to allow (AllowedEndpoint): from the
 * next response on, the service worker opens this page's and its workers'
 * connect-src to that origin and no other. Only on the user's say-so.
 */
export async function saveAllowedEndpoint(allowed: AllowedEndpoint): Promise<void> {
  const cache = await storage().open(ALLOWED_ENDPOINT_SETTING.cache);
  await cache.put(key(), new Response(JSON.stringify(allowed), { headers: { 'content-type': 'application/json' } }));
}

/** The model server allowed before, or null (none, or a setting that cannot be read). */
export async function readAllowedEndpoint(): Promise<AllowedEndpoint | null> {
  try {
    // With a cacheName, match opens no cache: reading makes none.
    const saved = await storage().match(key(), { cacheName: ALLOWED_ENDPOINT_SETTING.cache });
    const value = saved ? ((await saved.json()) as Partial<AllowedEndpoint>) : null;
    if (typeof value?.origin !== 'string' || typeof value.baseUrl !== 'string') return null;
    return { origin: value.origin, baseUrl: value.baseUrl, model: typeof value.model === 'string' ? value.model : '' };
  } catch {
    return null;
  }
}

/** Forgets the allowed model server; without Cache Storage none can have been kept. */
export async function forgetAllowedEndpoint(): Promise<void> {
  if (typeof caches === 'undefined' || !(await caches.has(ALLOWED_ENDPOINT_SETTING.cache))) return;
  await (await caches.open(ALLOWED_ENDPOINT_SETTING.cache)).delete(key());
}

/**
 * Whether the policy this page was loaded with lets it reach `origin`: its
 * meta tag, which the service worker writes together with the header. A page
 * without one (the dev server's test pages) is not known to refuse it.
 */
export function pageAllows(origin: string): boolean {
  const meta = document.querySelector('meta[http-equiv="Content-Security-Policy" i]');
  const policy = meta?.getAttribute('content');
  return policy === null || policy === undefined || policyAllowsOrigin(policy, origin);
}
