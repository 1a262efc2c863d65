import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';

export interface BuiltApp {
  readonly url: string;
  close(): Promise<void>;
}

const ROOT = new URL('../..', import.meta.url).pathname;

/** Builds the app into a temp folder and serves it with Vite's preview API (one process, closed by us). */
export async function serveBuiltApp(): Promise<BuiltApp> {
  const outDir = mkdtempSync(join(tmpdir(), 'synthor-dist-'));
  await build({ root: ROOT, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const server: PreviewServer = await preview({
    root: ROOT,
    logLevel: 'error',
    build: { outDir },
    preview: { port: 4300 + (process.pid % 500), strictPort: false, host: '127.0.0.1' },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return {
    url,
    async close() {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
