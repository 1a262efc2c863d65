/**
 * The app's Content-Security-Policy, in one place: written into index.html's
 * meta tag, sent by `vite preview`, and added by the service worker to every
 * file it serves — that last one also covers the workers, which a page's meta
 * tag does not. Only the app's own origin, plus the hosts WebLLM's catalogue
 * models come from (weights on Hugging Face, model libraries on GitHub) when
 * the user chooses to download one. A self-hosted model must be served from
 * the app's own origin (public/models/).
 */
export const MODEL_HOSTS = ['https://huggingface.co', 'https://*.huggingface.co', 'https://*.hf.co', 'https://raw.githubusercontent.com'];

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  `connect-src 'self' ${MODEL_HOSTS.join(' ')}`,
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');
