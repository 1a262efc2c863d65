import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../run-synth.ts';

/**
 * The command line built once into plain JavaScript with esbuild, the compiler
 * tsx runs on every file at every start: a run then starts in 0.2 s instead of
 * 1 s of CPU, so a corpus of 150 runs fits in a minute on two cores. Its
 * node_modules is the project's, so the packages are the very ones `npm run synth` loads.
 * The chunk workers' boot file, which registers tsx in the source tree, is
 * replaced by one loading the built worker (chunk-pool.ts finds it beside its own chunk).
 */
export function buildSynth(): string {
  const dir = mkdtempSync(join(tmpdir(), 'synth-built-'));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  execFileSync(
    join(ROOT, 'node_modules/.bin/esbuild'),
    [
      'src/cli/main.ts',
      'src/cli/chunk-worker.ts',
      '--bundle',
      '--platform=node',
      '--format=esm',
      '--packages=external',
      '--splitting',
      `--outdir=${dir}`,
      '--log-level=error',
    ],
    { cwd: ROOT },
  );
  writeFileSync(join(dir, 'chunk-worker-boot.mjs'), "await import('./chunk-worker.js');\n");
  return join(dir, 'main.js');
}

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
  /** Killed at the time limit. */
  readonly timedOut: boolean;
}

/** What the run's standard input is: nothing at all (/dev/null), or a pipe given these bytes and then closed. */
export type Stdin = { readonly pipe: string | Uint8Array } | undefined;

/** One run of the built CLI, killed (with anything it started) after `limitMs`. */
export function runBuilt(main: string, args: readonly string[], options: { stdin?: Stdin; limitMs: number; cwd: string }): Promise<Run> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [main, ...args], {
      cwd: options.cwd,
      stdio: [options.stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (b: Buffer) => out.push(b));
    child.stderr?.on('data', (b: Buffer) => err.push(b));
    if (options.stdin && child.stdin) {
      child.stdin.on('error', () => {}); // the CLI may refuse before reading it all
      child.stdin.end(options.stdin.pipe);
    }
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    }, options.limitMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      const text = (chunks: Buffer[]) => Buffer.concat(chunks).toString('utf8');
      resolve({ code, stdout: text(out), stderr: text(err), ms: performance.now() - started, timedOut });
    });
  });
}
