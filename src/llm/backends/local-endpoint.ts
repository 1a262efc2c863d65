/** Host names that stay on this machine: the only ones a model server may have. */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * An OpenAI-compatible endpoint's base URL (Ollama's `http://127.0.0.1:11434/v1`,
 * llama.cpp's `llama-server`, LM Studio), checked to be on this machine:
 * http or https to localhost, 127.0.0.1 or [::1], no credentials, no query.
 * Returns the base without a trailing slash; throws a RangeError saying why
 * otherwise, since anything else would send prompts off the machine.
 */
export function localEndpoint(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new RangeError(`${JSON.stringify(text)} is not a URL; give the model server's base, such as http://127.0.0.1:11434/v1`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new RangeError(`${text}: a model server is reached over http or https, not ${url.protocol}`);
  if (!LOCAL_HOSTS.has(url.hostname)) {
    throw new RangeError(`${text}: only a model server on this machine may be used (localhost, 127.0.0.1 or [::1]); Synthor sends nothing off the machine`);
  }
  if (url.username || url.password || url.search || url.hash) throw new RangeError(`${text}: give the base URL alone, without credentials, query or fragment`);
  return url.href.replace(/\/+$/, '');
}
