import { prebuiltAppConfig } from '@mlc-ai/web-llm';
import type { ModelRecord } from '@mlc-ai/web-llm';
import { LlmFailure } from './llm-types.ts';

export interface SelfHostedOptions {
  readonly modelId: string;
  /**
   * The folder holding `<modelId>/`: absolute (a URL the user entered) or relative to
   * `pageUrl` (a `models/` folder next to the app, for kiosks and offline sites).
   */
  readonly baseUrl: string;
  /**
   * The model library (`*-webgpu.wasm`), absolute or relative to `baseUrl`. Defaults, for
   * a WebLLM prebuilt id, to that library's file name inside the model folder.
   */
  readonly modelLib?: string;
  /** What relative URLs resolve against; defaults to the page (or worker) location. */
  readonly pageUrl?: string;
}

/**
 * A WebLLM ModelRecord for model files served from our own server instead of the hub.
 * Both `model` and `model_lib` come out ABSOLUTE: WebLLM resolves a relative `model`
 * against `document.URL` on a page but against `location.origin` in a worker (where
 * we run it), so a relative one would break under a sub-path.
 *
 * Server layout (WebLLM appends `resolve/main/` to any model URL that lacks it):
 *   <baseUrl>/<modelId>/resolve/main/mlc-chat-config.json, tensor-cache.json,
 *   the weight shards, tokenizer files, and (by default) the model library.
 */
export function selfHostedRecord(options: SelfHostedOptions): ModelRecord {
  const { modelId, baseUrl, modelLib } = options;
  const pageUrl = options.pageUrl ?? globalThis.location?.href;
  const folder = absoluteUrl(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`, pageUrl, 'baseUrl');
  const model = new URL(`${encodeURIComponent(modelId)}/resolve/main/`, folder).href;
  const prebuilt = prebuiltAppConfig.model_list.find((r) => r.model_id === modelId);
  const libFile = modelLib ?? prebuilt?.model_lib.split('/').pop();
  if (libFile === undefined) {
    throw new LlmFailure(
      'model-not-found',
      `self-hosted model ${modelId}: not a WebLLM prebuilt id, so its model library is unknown; give modelLib (the *-webgpu.wasm URL)`,
    );
  }
  return {
    ...prebuilt,
    model,
    model_id: modelId,
    model_lib: new URL(libFile, modelLib === undefined ? model : folder).href,
  };
}

function absoluteUrl(url: string, base: string | undefined, what: string): string {
  try {
    return new URL(url, base).href;
  } catch {
    throw new LlmFailure(
      'model-not-found',
      `self-hosted model: ${what} "${url}" is not a URL and there is no page URL to resolve it against; give an absolute URL`,
    );
  }
}
