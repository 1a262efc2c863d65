// Serves the built app (dist/) on http://localhost:4173 through Vite's preview API,
// so there is one process to stop (Ctrl+C) and no child left behind. With 4173 taken
// it takes the next free port and says so; any other failure is one line, no stack.
import { existsSync } from 'node:fs';
import { preview } from 'vite';

const PORT = 4173;

if (!existsSync(new URL('../dist/index.html', import.meta.url))) {
  console.error('Synthor is not built: run npm start (it builds first), or npm run build.');
  process.exit(1);
}

let server;
try {
  // Vite's own "trying another one" line is info: warn level keeps the output to our lines.
  server = await preview({ logLevel: 'warn', preview: { port: PORT, strictPort: false, open: false } });
} catch (e) {
  console.error(`Synthor could not start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
const url = server.resolvedUrls?.local[0] ?? `http://localhost:${PORT}/`;
const port = Number(new URL(url).port);
if (port !== PORT) console.log(`Port ${PORT} is taken; using ${port} instead.`);
console.log(`Synthor is running at ${url} (press Ctrl+C to stop)`);

const stop = () => server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
