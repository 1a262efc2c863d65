import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.csv': 'text/csv',
  '.svg': 'image/svg+xml',
};

export interface StaticHost {
  /** The app's URL, ending in the prefix (e.g. http://127.0.0.1:1234/tools/synthor/). */
  readonly url: string;
  /** Stops the server and cuts open connections: after this nothing answers. */
  close(): Promise<void>;
}

/**
 * A plain static host, like GitHub Pages or a USB stick's file server: files under `prefix`
 * only, no special headers (no COOP/COEP), index.html for folders, 404 for the rest.
 */
export async function serveStatic(options: { dir: string; prefix: string }): Promise<StaticHost> {
  const { dir, prefix } = options;
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
    if (!path.startsWith(prefix)) return void res.writeHead(404).end('not under the app prefix');
    let file = normalize(join(dir, path.slice(prefix.length)));
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Requests that left this machine (anything but localhost, data: and blob: URLs). */
export function outsideLocalhost(urls: readonly string[]): string[] {
  return urls.filter((u) => !/^(http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|data:|blob:)/.test(u));
}
