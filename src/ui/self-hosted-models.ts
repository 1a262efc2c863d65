import type { ModelSpec } from '../workers/llm-options.ts';

/** Where the app looks for the models served next to it (public/models/README.md). */
export const DEFAULT_MODELS_CATALOGUE = 'models/catalogue.json';

/** A model of public/models/catalogue.json, ready to load. */
export interface SelfHostedModel {
  readonly id: string;
  readonly kind: 'webllm' | 'gguf';
  readonly bytes: number;
  /** What the llm worker loads: the GGUF by its URL, or a self-hosted WebLLM record. */
  readonly spec: ModelSpec;
  /** The id the llm worker's cache status and delete take (a GGUF's URL, a WebLLM model id). */
  readonly cacheKey: string;
}

interface EntryJson {
  readonly id?: unknown;
  readonly kind?: unknown;
  readonly bytes?: unknown;
  readonly files?: readonly { readonly path?: unknown }[];
}

/**
 * Reads the catalogue of self-hosted models. No catalogue (404, an HTML fallback page, a
 * network error) means none: the list is empty. Entries the app could not load are left out.
 */
export async function readSelfHostedModels(catalogueUrl: string): Promise<SelfHostedModel[]> {
  const url = new URL(catalogueUrl, document.baseURI);
  let parsed: unknown;
  try {
    const response = await fetch(url, { cache: 'no-cache' });
    if (!response.ok) return [];
    parsed = JSON.parse(await response.text());
  } catch {
    return [];
  }
  if (typeof parsed !== 'object' || parsed === null || (parsed as { format?: unknown }).format !== 'synthor-models') return [];
  const models = (parsed as { models?: unknown }).models;
  if (!Array.isArray(models)) return [];
  return models.flatMap((m: EntryJson) => {
    const model = entryOf(m, url);
    return model ? [model] : [];
  });
}

function entryOf(entry: EntryJson, catalogue: URL): SelfHostedModel | null {
  const { id, kind } = entry;
  if (typeof id !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id) || !Array.isArray(entry.files)) return null;
  const paths = entry.files.flatMap((f) => (typeof f?.path === 'string' ? [f.path] : []));
  const bytes = typeof entry.bytes === 'number' ? entry.bytes : 0;
  if (kind === 'gguf') {
    const file = paths.find((p) => /\.gguf$/i.test(p));
    if (file === undefined) return null;
    // <catalogue folder>/<id>/<file>.gguf (scripts/models.ts copies it there).
    const url = new URL(`${id}/${file.split('/').map(encodeURIComponent).join('/')}`, catalogue).href;
    return { id, kind, bytes, spec: { backend: 'wllama', source: { kind: 'url', url } }, cacheKey: url };
  }
  if (kind === 'webllm') {
    // WebLLM reads <baseUrl>/<id>/resolve/main/; a library listed there is used (ids WebLLM does not prebuild need it).
    const lib = paths.find((p) => p.endsWith('.wasm'));
    const baseUrl = new URL('.', catalogue).href;
    const spec: ModelSpec = { backend: 'webllm', modelId: id, baseUrl, ...(lib === undefined ? {} : { modelLib: `${id}/resolve/main/${lib}` }) };
    return { id, kind, bytes, spec, cacheKey: id };
  }
  return null;
}
