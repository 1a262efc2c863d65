import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { mount, unmount } from 'svelte';
import ModelCatalogue from '../../../src/ui/ModelCatalogue.svelte';
import { LlmState } from '../../../src/ui/llm-state.svelte.ts';
import { readSelfHostedModels } from '../../../src/ui/self-hosted-models.ts';
import { createSynthClient } from '../../../src/workers/synth-client.ts';
import { buildTinyGguf } from '../../../scripts/tiny-gguf.ts';
import { until } from '../until.ts';

// The models served next to the app (public/models/catalogue.json), here a catalogue fixture
// served by the vitest server: a WebLLM entry (no WebGPU here, so it cannot load) and a GGUF
// entry whose file is a tiny real model written next to the catalogue by this test.
// Served from the project root (in browser mode import.meta.url is not a served path).
const FOLDER = new URL('/test/browser/ui/fixtures/self-hosted/', location.href).href;
const CATALOGUE = `${FOLDER}catalogue.json`;
const GGUF = 'test/browser/ui/fixtures/self-hosted/tiny-gguf/tiny.gguf'; // for commands: relative to the project root
const GGUF_URL = `${FOLDER}tiny-gguf/tiny.gguf`;

function base64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

const cells = (row: Element) => [...row.children].map((c) => c.textContent?.trim());

describe('self-hosted model catalogue', () => {
  beforeAll(() => commands.writeFile(GGUF, base64(buildTinyGguf()), 'base64'));
  afterAll(() => commands.removeFile(GGUF));

  it('reads the entries into loadable specs: the GGUF by its URL, WebLLM with base URL and library', async () => {
    const models = await readSelfHostedModels(CATALOGUE);
    expect(models.map((m) => [m.id, m.kind, m.cacheKey])).toEqual([
      ['Qwen2.5-0.5B-Instruct-q4f32_1-MLC', 'webllm', 'Qwen2.5-0.5B-Instruct-q4f32_1-MLC'],
      ['tiny-gguf', 'gguf', GGUF_URL],
    ]);
    expect(models[0].spec).toEqual({
      backend: 'webllm',
      modelId: 'Qwen2.5-0.5B-Instruct-q4f32_1-MLC',
      baseUrl: FOLDER,
      modelLib: 'Qwen2.5-0.5B-Instruct-q4f32_1-MLC/resolve/main/Qwen2-0.5B-Instruct-q4f32_1-ctx4k_cs1k-webgpu.wasm',
    });
    expect(models[1].spec).toEqual({ backend: 'wllama', source: { kind: 'url', url: GGUF_URL } });
  });

  it('no catalogue, or an HTML page where it should be, means no self-hosted models', async () => {
    expect(await readSelfHostedModels(`${FOLDER}missing/catalogue.json`)).toEqual([]);
    expect(await readSelfHostedModels(new URL('/', location.href).href)).toEqual([]);
  });

  it('lists the served models, loads the GGUF one through wllama and then shows it available offline', async () => {
    const synth = createSynthClient();
    const llm = new LlmState({ synth, catalogueUrl: CATALOGUE });
    const target = document.createElement('div');
    document.body.append(target);
    const component = mount(ModelCatalogue, { target, props: { llm, busy: false, selfHostedOnly: true } });
    try {
      await llm.choose('gguf');
      // A cache left by an earlier run would make the first status "available offline".
      await llm.deleteCached(GGUF_URL);
      const table = await until(() => target.querySelector('table[aria-label="Models served with this app"]'), 'the self-hosted table');
      await until(() => table.textContent?.includes('needs the server once'), 'the cache status');
      const rows = [...table.querySelectorAll('tbody tr')].map(cells);
      expect(rows.map((r) => r.slice(0, 4))).toEqual([
        ['Qwen2.5-0.5B-Instruct-q4f32_1-MLC', 'GPU (WebLLM)', '4 MB', 'needs the server once'],
        ['tiny-gguf', 'CPU (wllama)', '1 MB', 'needs the server once'],
      ]);
      // No WebGPU in this browser: the WebLLM entry cannot be loaded, the GGUF one can.
      expect(table.querySelector<HTMLButtonElement>('button[aria-label="Load Qwen2.5-0.5B-Instruct-q4f32_1-MLC"]')?.disabled).toBe(true);
      expect(target.querySelector('table[aria-label="WebLLM models"]')).toBeNull();

      table.querySelector<HTMLButtonElement>('button[aria-label="Load tiny-gguf"]')!.click();
      await until(() => llm.loaded ?? llm.error, 'the GGUF to load');
      expect(llm.error).toBeNull();
      expect(llm.loaded?.backend).toBe('wllama');
      const offline = await until(
        () => [...table.querySelectorAll('tbody tr')].map(cells).find((r) => r[0] === 'tiny-gguf' && r[3] === 'available offline'),
        'offline',
      );
      expect(offline).toBeDefined();
      expect(llm.cached[GGUF_URL]).toBe(true);

      table.querySelector<HTMLButtonElement>('button[aria-label="Delete tiny-gguf"]')!.click();
      await until(() => llm.cached[GGUF_URL] === false, 'the delete');
    } finally {
      unmount(component);
      target.remove();
      llm.terminate();
      synth.terminate();
    }
  }, 120_000);
});
