import { prebuiltAppConfig } from '@mlc-ai/web-llm';
import type { AppConfig, ModelRecord } from '@mlc-ai/web-llm';
import { LlmFailure } from './llm-types.ts';
import type { CacheBackend } from './llm-types.ts';
import { MODEL_CATALOGUE } from './model-catalogue.ts';
import { selfHostedRecord } from './self-hosted-record.ts';

export interface WebLlmModelChoice {
  readonly modelId: string;
  /** Set for self-hosted models (see selfHostedRecord); absent means the WebLLM prebuilt record. */
  readonly baseUrl?: string;
  readonly modelLib?: string;
  readonly cacheBackend?: CacheBackend;
  readonly pageUrl?: string;
}

/**
 * The AppConfig WebLLM loads one model with: a single record (prebuilt or self-hosted)
 * and where it caches the files. Our CacheBackend values are 0.2.86's `cacheBackend`
 * values as they are ('cache' is WebLLM's default: the Cache API).
 */
export function webLlmAppConfig(choice: WebLlmModelChoice): AppConfig {
  const record: ModelRecord =
    choice.baseUrl === undefined
      ? prebuiltRecord(choice.modelId)
      : selfHostedRecord({ modelId: choice.modelId, baseUrl: choice.baseUrl, modelLib: choice.modelLib, pageUrl: choice.pageUrl });
  return { model_list: [record], cacheBackend: choice.cacheBackend ?? 'cache' };
}

function prebuiltRecord(modelId: string): ModelRecord {
  const record = prebuiltAppConfig.model_list.find((r) => r.model_id === modelId);
  if (!record) {
    const offered = MODEL_CATALOGUE.map((e) => e.modelId).join(', ');
    throw new LlmFailure(
      'model-not-found',
      `WebLLM: no prebuilt model "${modelId}"; pick one of ${offered}, or give the folder a self-hosted copy is served from (baseUrl)`,
    );
  }
  return record;
}
