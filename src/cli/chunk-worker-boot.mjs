// A worker thread does not take the TypeScript loader the command runs under
// (Node 20), so it registers tsx itself before loading the worker's source.
import { register } from 'tsx/esm/api';

register();
await import('./chunk-worker.ts');
