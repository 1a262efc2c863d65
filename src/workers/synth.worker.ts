/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import { SynthSession } from './synth-session.ts';

// Only the transport: the session holds the rows, the targets and the run (and is tested without a worker).
Comlink.expose(new SynthSession());
