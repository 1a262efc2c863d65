import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { inject } from 'vitest';

export const ROOT = new URL('../../', import.meta.url).pathname;

export interface SynthRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the real CLI in its own process: built once from the same sources with esbuild for the run
 * (built-synth-setup.ts: a start costs 0.2 s of CPU instead of 1 s under tsx), or, with `tsx`, exactly
 * as `npm run synth` starts it — which a few tests keep doing, so that path stays covered.
 */
export async function synth(args: string[], options: { tsx?: boolean } = {}): Promise<SynthRun> {
  const built = options.tsx ? undefined : inject('builtSynth');
  const [command, first] = built ? [process.execPath, built] : [join(ROOT, 'node_modules/.bin/tsx'), 'src/cli/main.ts'];
  try {
    const { stdout, stderr } = await promisify(execFile)(command, [first, ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}
