import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { precacheManifest } from '../../scripts/precache-manifest-plugin.ts';

describe('precacheManifest', () => {
  let dir: string;
  const put = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'synthor-precache-'));
    put('index.html', '<html>');
    put('assets/index-abc.js', 'js');
    put('assets/index-abc.js.map', '{}');
    put('assets/wllama-x.wasm', 'wasm');
    put('samples/penguins.csv', 'a,b');
    put('sw.js', 'old worker');
    put('models/catalogue.json', '{}');
    put('models/tiny/tiny.gguf', 'GGUF weights');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lists the app, its chunks, wasm and samples, but not itself, source maps or model weights', () => {
    expect(precacheManifest(dir).files).toEqual(['assets/index-abc.js', 'assets/wllama-x.wasm', 'index.html', 'models/catalogue.json', 'samples/penguins.csv']);
  });

  it('gets a new version when any listed byte changes, and only then', () => {
    const first = precacheManifest(dir).version;
    expect(first).toMatch(/^[0-9a-f]{16}$/);
    put('models/tiny/tiny.gguf', 'other weights');
    put('sw.js', 'new worker');
    expect(precacheManifest(dir).version).toBe(first);
    put('assets/index-abc.js', 'js2');
    expect(precacheManifest(dir).version).not.toBe(first);
  });
});
