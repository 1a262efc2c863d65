import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { findChromiumOrExit } from '../../scripts/find-chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder `npm run build` wrote, once for every e2e file (they only read it). */
    builtAppDir: string;
  }
}

const ROOT = new URL('../..', import.meta.url).pathname;

/**
 * Runs once before the e2e files (and only when some run): checks for Chromium first, so a
 * machine without it gets one line instead of a build, then builds the app into a temp folder
 * that every e2e file serves in its own way, and removes it at the end.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  findChromiumOrExit();
  const outDir = mkdtempSync(join(tmpdir(), 'synthor-dist-'));
  await build({ root: ROOT, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  project.provide('builtAppDir', outDir);
  return () => rmSync(outDir, { recursive: true, force: true });
}
