import { inject } from 'vitest';
import { preview, type PreviewServer } from 'vite';

export interface BuiltApp {
  readonly url: string;
  close(): Promise<void>;
}

const ROOT = new URL('../..', import.meta.url).pathname;

/** The app built once for all e2e files (global-setup.ts). */
export function builtAppDir(): string {
  return inject('builtAppDir');
}

/** Serves the shared build with Vite's preview API, as `npm start` does (one process, closed by us). */
export async function serveBuiltApp(): Promise<BuiltApp> {
  const server: PreviewServer = await preview({
    root: ROOT,
    logLevel: 'error',
    build: { outDir: builtAppDir() },
    preview: { port: 4300 + (process.pid % 500), strictPort: false, host: '127.0.0.1' },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return { url, close: () => server.close() };
}
