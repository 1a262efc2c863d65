import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { transformWithOxc, type Plugin } from 'vite';
import { ALLOWED_ENDPOINT_SETTING } from '../src/sw/allowed-endpoint-setting.ts';
import { policyWithEndpoint } from '../src/sw/endpoint-policy.ts';
import { CONTENT_SECURITY_POLICY } from './content-security-policy.ts';

export interface PrecacheManifest {
  /** A hash of every listed file's path and bytes: a new build with any change gets new caches. */
  readonly version: string;
  /** Paths relative to the service worker (the app's folder), sorted. */
  readonly files: readonly string[];
}

const SW_SOURCE = new URL('../src/sw/service-worker.ts', import.meta.url);
const SW_FILE = 'sw.js';

/** Model weights (public/models/<id>/…) stay out: the LLM backends cache them, and they are gigabytes. */
function precached(path: string): boolean {
  if (path === SW_FILE || path.endsWith('.map')) return false;
  return !path.startsWith('models/') || path === 'models/catalogue.json';
}

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

/** The precache list of a built folder: everything the app needs to run with the network gone. */
export function precacheManifest(outDir: string): PrecacheManifest {
  const hash = createHash('sha256');
  const files: string[] = [];
  for (const path of walk(outDir)) {
    const rel = relative(outDir, path).split(sep).join('/');
    if (!precached(rel)) continue;
    files.push(rel);
    hash.update(rel).update('\0').update(readFileSync(path));
  }
  return { version: hash.digest('hex').slice(0, 16), files };
}

/**
 * Writes dist/sw.js after the build: src/sw/service-worker.ts with its types stripped and
 * the precache manifest, the policy and the endpoint setting's place in front. Runs last (writeBundle), so public/ files are listed too.
 */
export function precacheManifestPlugin(): Plugin {
  return {
    name: 'synthor-precache-manifest',
    apply: 'build',
    async writeBundle(options) {
      const outDir = options.dir;
      if (!outDir) throw new Error('precache manifest: the build has no output folder (build.outDir)');
      const manifest = precacheManifest(outDir);
      const { code } = await transformWithOxc(readFileSync(SW_SOURCE, 'utf8'), SW_SOURCE.pathname, { lang: 'ts' });
      const constants = [
        `const PRECACHE = ${JSON.stringify(manifest)};`,
        `const CSP = ${JSON.stringify(CONTENT_SECURITY_POLICY)};`,
        `const ALLOWED_ENDPOINT_SETTING = ${JSON.stringify(ALLOWED_ENDPOINT_SETTING)};`,
        // Self-contained by design (src/sw/endpoint-policy.ts): its source is all it needs.
        `const policyWithEndpoint = ${policyWithEndpoint.toString()};`,
      ];
      writeFileSync(join(outDir, SW_FILE), `${constants.join('\n')}\n${code}`);
    },
  };
}
