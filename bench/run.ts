// `npm run bench -- <name>`: each benchmark lives in its own file, loaded only when asked for.
type Bench = (argv: string[]) => Promise<void>;

const BENCHES: Record<string, () => Promise<Bench>> = {
  stats: async () => (await import('./stats.ts')).statsBench,
  ecommerce: async () => (await import('./ecommerce/run-ecommerce.ts')).ecommerceBench,
  speed: async () => (await import('./speed.ts')).speedBench,
  privacy: async () => (await import('./privacy.ts')).privacyBench,
  real: async () => (await import('./real.ts')).realBench,
  ui: async () => (await import('./ui.ts')).uiBench,
  utility: async () => (await import('./utility.ts')).utilityBench,
  households: async () => (await import('./households/run-households.ts')).householdsBench,
  trips: async () => (await import('./trips/run-trips.ts')).tripsBench,
  scale: async () => (await import('./scale.ts')).scaleBench,
  'scale-app': async () => (await import('./scale-app.ts')).scaleAppBench,
  ingest: async () => (await import('./ingest.ts')).ingestBench,
  llm: async () => (await import('./llm.ts')).llmBench,
};

async function run(argv: string[]): Promise<void> {
  const [which, ...rest] = argv;
  const load = which ? BENCHES[which] : undefined;
  if (!load) {
    process.stderr.write(`bench: ${which ? `unknown benchmark "${which}"` : 'name a benchmark'} (benchmarks: ${Object.keys(BENCHES).join(', ')})\n`);
    process.exit(2);
  }
  await (
    await load()
  )(rest);
}

await run(process.argv.slice(2));

export {};
