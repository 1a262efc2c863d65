/** How a synthesis run behaves; defaults are defined once, here. */
export interface LoopOptions {
  /** Rows wanted: the run ends with exactly this many. */
  readonly rows: number;
  readonly seed: number;
  /** Iterations at most, add and refine phases together. */
  readonly maxIterations?: number;
  /** Proposals a planner may return per iteration (the paper's m). */
  readonly proposalsPerIteration?: number;
  /** Add phase: share of the rows still missing that one iteration adds (large batches early, small late). */
  readonly addShare?: number;
  /** Refine phase: records that one iteration may replace, as a share of the rows. */
  readonly refineShare?: number;
  /** Stop once the mean TVD over the target tables is at or below this. */
  readonly tolerance?: number;
  /** Stop refining after this many iterations that improved nothing. */
  readonly patience?: number;
  /** User rules as text (`age < 18 => education in {none}`), enforced while sampling. */
  readonly rules?: readonly string[];
}

const LOOP_DEFAULTS = {
  maxIterations: 60,
  proposalsPerIteration: 8,
  addShare: 0.5,
  refineShare: 0.1,
  tolerance: 0,
  patience: 5,
  rules: [] as readonly string[],
};

export type ResolvedLoopOptions = Required<LoopOptions>;

export function resolveLoopOptions(options: LoopOptions): ResolvedLoopOptions {
  const resolved = { ...LOOP_DEFAULTS, ...stripUndefined(options) } as ResolvedLoopOptions;
  if (!Number.isInteger(resolved.rows) || resolved.rows < 1) throw new RangeError(`synth: rows must be a whole number ≥ 1, got ${resolved.rows}`);
  if (!Number.isInteger(resolved.seed)) throw new RangeError(`synth: seed must be a whole number, got ${resolved.seed}`);
  if (!(resolved.maxIterations >= 1)) throw new RangeError(`synth: maxIterations must be ≥ 1, got ${resolved.maxIterations}`);
  if (!(resolved.proposalsPerIteration >= 1)) throw new RangeError(`synth: proposalsPerIteration must be ≥ 1, got ${resolved.proposalsPerIteration}`);
  return resolved;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
