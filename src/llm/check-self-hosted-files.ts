import type { ModelRecord } from '@mlc-ai/web-llm';
import { LlmFailure } from './llm-types.ts';

/**
 * Asks the server for a self-hosted model's first files before WebLLM fetches them.
 * WebLLM reports a missing file as a bare "Request failed" (Cache.add) or, for the
 * model library, as a WebAssembly compile error of the 404 page; this names the file.
 */
export async function checkSelfHostedFiles(record: ModelRecord): Promise<void> {
  const urls = [new URL('mlc-chat-config.json', record.model).href, new URL('tensor-cache.json', record.model).href, record.model_lib];
  for (const url of urls) await checkFile(url, record);
}

async function checkFile(url: string, record: ModelRecord): Promise<void> {
  const what = `self-hosted model ${record.model_id}`;
  let response: Response;
  try {
    response = await fetch(url, { method: 'HEAD', cache: 'no-store' });
  } catch (e) {
    throw new LlmFailure('download-failed', `${what}: could not reach ${url} (${String(e)}); check that the server is up and the URL is right`);
  }
  // Single-page-app servers answer any path with index.html: that is a missing file too.
  const html = (response.headers.get('content-type') ?? '').includes('text/html');
  if (!response.ok || html) {
    const answer = response.ok ? 'a web page' : `HTTP ${response.status}`;
    throw new LlmFailure('model-not-found', `${what}: ${url} answered ${answer}; put the model files under ${record.model} or fix the base URL`);
  }
}
