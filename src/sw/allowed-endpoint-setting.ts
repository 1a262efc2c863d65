/**
 * Where the model server the user allowed is kept: an entry of the Cache
 * Storage (the page writes it, the service worker reads it on every response
 * it serves; both can reach it, unlike localStorage). A setting, not data:
 * only the address the user typed and chose to allow.
 */
export const ALLOWED_ENDPOINT_SETTING = {
  /** Kept apart from the versioned app caches, which each new build deletes. */
  cache: 'synthor-settings',
  /** The entry's key, relative to the service worker's scope (the app's folder). */
  key: 'allowed-model-server',
} as const;

/** The entry's JSON: the origin the policy opens, and the address and model name to fill the form with again. */
export interface AllowedEndpoint {
  readonly origin: string;
  readonly baseUrl: string;
  readonly model: string;
}
