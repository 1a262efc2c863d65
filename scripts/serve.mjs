// Serves the built app (dist/) on http://localhost:4173 through Vite's preview API,
// so there is one process to stop (Ctrl+C) and no child left behind.
import { preview } from 'vite';

const server = await preview({ preview: { port: 4173, strictPort: true, open: false } });
const url = server.resolvedUrls?.local[0] ?? 'http://localhost:4173/';
console.log(`Synthor is running at ${url} (press Ctrl+C to stop)`);

const stop = () => server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
