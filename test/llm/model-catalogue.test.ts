import { describe, expect, it } from 'vitest';
import { prebuiltAppConfig } from '@mlc-ai/web-llm';
import type { Capabilities } from '../../src/llm/llm-types.ts';
import { MODEL_CATALOGUE, catalogueFor, findCatalogueEntry } from '../../src/llm/model-catalogue.ts';
import { selfHostedRecord } from '../../src/llm/self-hosted-record.ts';
import { webLlmAppConfig } from '../../src/llm/webllm-app-config.ts';

function capabilities(webgpu: Partial<Capabilities['webgpu']>): Capabilities {
  return {
    webgpu: { available: true, fallbackAdapter: false, shaderF16: false, maxBufferSize: 1 << 30, ...webgpu },
    crossOriginIsolated: false,
    hardwareConcurrency: 4,
  };
}

const PAGE = 'http://localhost:4173/tools/synthor/';

describe('model catalogue', () => {
  it('offers the four small instruct models in q4f16_1 and q4f32_1, by their exact WebLLM 0.2.86 ids', () => {
    expect(MODEL_CATALOGUE.map((e) => e.modelId)).toEqual([
      'Qwen2.5-0.5B-Instruct-q4f16_1-MLC',
      'Qwen2.5-0.5B-Instruct-q4f32_1-MLC',
      'Llama-3.2-1B-Instruct-q4f16_1-MLC',
      'Llama-3.2-1B-Instruct-q4f32_1-MLC',
      'Qwen2.5-1.5B-Instruct-q4f16_1-MLC',
      'Qwen2.5-1.5B-Instruct-q4f32_1-MLC',
      'Llama-3.2-3B-Instruct-q4f16_1-MLC',
      'Llama-3.2-3B-Instruct-q4f32_1-MLC',
    ]);
  });

  it.each(MODEL_CATALOGUE.map((e) => [e.modelId, e] as const))('%s exists in prebuiltAppConfig with the same VRAM', (modelId, entry) => {
    const record = prebuiltAppConfig.model_list.find((r) => r.model_id === modelId);
    expect(record, `${modelId} missing from prebuiltAppConfig`).toBeDefined();
    expect(entry.vramMB).toBe(record?.vram_required_MB);
    expect(record?.model_lib).toContain('v0_2_86');
    expect(entry.description.length).toBeGreaterThan(10);
  });

  it('estimates downloads that grow with the model and with f32 scales', () => {
    const size = (id: string) => findCatalogueEntry(id)?.approxDownloadMB;
    expect(size('Qwen2.5-0.5B-Instruct-q4f16_1-MLC')).toBe(290);
    expect(size('Llama-3.2-3B-Instruct-q4f16_1-MLC')).toBe(1820);
    for (let i = 0; i < MODEL_CATALOGUE.length; i += 2) {
      expect(MODEL_CATALOGUE[i + 1].approxDownloadMB).toBeGreaterThan(MODEL_CATALOGUE[i].approxDownloadMB);
    }
  });

  it('picks q4f16 on an adapter with shader-f16 and q4f32 without it', () => {
    expect(catalogueFor(capabilities({ shaderF16: true })).map((e) => e.quantization)).toEqual(['q4f16_1', 'q4f16_1', 'q4f16_1', 'q4f16_1']);
    const f32 = catalogueFor(capabilities({ shaderF16: false }));
    expect(f32.map((e) => e.modelId)).toEqual([
      'Qwen2.5-0.5B-Instruct-q4f32_1-MLC',
      'Llama-3.2-1B-Instruct-q4f32_1-MLC',
      'Qwen2.5-1.5B-Instruct-q4f32_1-MLC',
      'Llama-3.2-3B-Instruct-q4f32_1-MLC',
    ]);
  });

  it('does not know ids outside the catalogue', () => {
    expect(findCatalogueEntry('Llama-3.2-1B-Instruct-q4f16_1-MLC')?.family).toBe('Llama-3.2-1B-Instruct');
    expect(findCatalogueEntry('gpt-4')).toBeUndefined();
  });
});

describe('selfHostedRecord', () => {
  it('builds absolute model and model_lib URLs from a relative models/ folder', () => {
    const record = selfHostedRecord({ modelId: 'Qwen2.5-0.5B-Instruct-q4f32_1-MLC', baseUrl: 'models/', pageUrl: PAGE });
    expect(record.model).toBe(`${PAGE}models/Qwen2.5-0.5B-Instruct-q4f32_1-MLC/resolve/main/`);
    expect(record.model_lib).toBe(`${PAGE}models/Qwen2.5-0.5B-Instruct-q4f32_1-MLC/resolve/main/Qwen2-0.5B-Instruct-q4f32_1_cs1k-webgpu.wasm`);
    expect(record.model_id).toBe('Qwen2.5-0.5B-Instruct-q4f32_1-MLC');
    // The prebuilt record's settings stay (VRAM, context window override).
    expect(record.vram_required_MB).toBe(1060.2);
    expect(record.overrides?.context_window_size).toBe(4096);
  });

  it('accepts a folder without the trailing slash and an absolute URL the user typed', () => {
    const record = selfHostedRecord({ modelId: 'Llama-3.2-1B-Instruct-q4f16_1-MLC', baseUrl: 'https://models.example.org/llm', pageUrl: PAGE });
    expect(record.model).toBe('https://models.example.org/llm/Llama-3.2-1B-Instruct-q4f16_1-MLC/resolve/main/');
    expect(record.model_lib.startsWith('https://models.example.org/llm/')).toBe(true);
  });

  it('resolves an explicit model library against the folder, and needs one for ids WebLLM does not prebuild', () => {
    const record = selfHostedRecord({ modelId: 'my-model', baseUrl: '/kiosk/models/', modelLib: 'libs/my-model-webgpu.wasm', pageUrl: PAGE });
    expect(record.model).toBe('http://localhost:4173/kiosk/models/my-model/resolve/main/');
    expect(record.model_lib).toBe('http://localhost:4173/kiosk/models/libs/my-model-webgpu.wasm');
    expect(() => selfHostedRecord({ modelId: 'my-model', baseUrl: 'models/', pageUrl: PAGE })).toThrow(/my-model.*give modelLib/);
  });

  it('refuses a relative folder with nothing to resolve it against', () => {
    expect(() => selfHostedRecord({ modelId: 'Llama-3.2-1B-Instruct-q4f16_1-MLC', baseUrl: 'models/' })).toThrow(/not a URL.*absolute URL/);
  });
});

describe('webLlmAppConfig', () => {
  it('uses the prebuilt record and maps the cache backend', () => {
    const config = webLlmAppConfig({ modelId: 'Llama-3.2-1B-Instruct-q4f32_1-MLC', cacheBackend: 'opfs' });
    expect(config.cacheBackend).toBe('opfs');
    expect(config.model_list).toHaveLength(1);
    expect(config.model_list[0].model).toBe('https://huggingface.co/mlc-ai/Llama-3.2-1B-Instruct-q4f32_1-MLC');
    expect(webLlmAppConfig({ modelId: 'Llama-3.2-1B-Instruct-q4f32_1-MLC' }).cacheBackend).toBe('cache');
  });

  it('uses the self-hosted record when a folder is given', () => {
    const config = webLlmAppConfig({ modelId: 'Llama-3.2-1B-Instruct-q4f32_1-MLC', baseUrl: 'models/', pageUrl: PAGE, cacheBackend: 'indexeddb' });
    expect(config.model_list[0].model).toBe(`${PAGE}models/Llama-3.2-1B-Instruct-q4f32_1-MLC/resolve/main/`);
    expect(config.cacheBackend).toBe('indexeddb');
  });

  it('names the catalogue when the id is unknown', () => {
    expect(() => webLlmAppConfig({ modelId: 'Nope-1B' })).toThrow(/no prebuilt model "Nope-1B"; pick one of Qwen2\.5-0\.5B-Instruct-q4f16_1-MLC/);
  });
});
