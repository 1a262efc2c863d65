import { getRandomValues } from 'node:crypto';
import type { DpOptions } from '../stats/privacy/private-targets.ts';
import type { Uniform } from '../stats/privacy/noise.ts';
import type { Schema } from '../stats/schema.ts';
import { createRng, MAX_SEED } from '../synth/rng.ts';
import { optionalFlag, type ParsedArgs } from './args.ts';
import { decimalNumber } from './decimal-number.ts';
import { integerOption } from './integer-option.ts';
import { parseBounds } from './parse-bounds.ts';
import { UsageError } from './usage-error.ts';

/** Share of ε that chooses the pair tables under differential privacy (a spanning tree, MST-style). */
const DP_STRUCTURE_SHARE = 0.1;

/** `--epsilon E [--delta D] --bounds "…"` as DpOptions, or undefined without --epsilon. */
export function dpOptions(args: ParsedArgs, options: { schema: Schema; command: string; noise: Uniform }): DpOptions | undefined {
  const { command } = options;
  const text = optionalFlag(args, 'epsilon');
  if (text === undefined) {
    const stray = ['delta', 'bounds'].filter((f) => args.flags.has(f));
    if (stray.length > 0) throw new UsageError(`${command}: ${stray.map((f) => '--' + f).join(' and ')} need${stray.length === 1 ? 's' : ''} --epsilon`);
    return undefined;
  }
  const epsilon = decimalNumber(text);
  const deltaText = optionalFlag(args, 'delta');
  const delta = deltaText === undefined ? 0 : decimalNumber(deltaText);
  if (!(epsilon > 0) || !Number.isFinite(epsilon)) throw new UsageError(`${command}: --epsilon must be a number > 0, got "${text}"`);
  if (!(delta >= 0 && delta < 1)) throw new UsageError(`${command}: --delta must be in [0, 1), got "${deltaText}"`);
  const bounds = parseBounds(optionalFlag(args, 'bounds'), { schema: options.schema, command });
  return { epsilon, delta, bounds, random: options.noise, structureShare: DP_STRUCTURE_SHARE };
}

/**
 * The noise for `--epsilon`: from the system's secure source, or from `--noise-seed K` when asked for
 * (reproducible, and removable by whoever knows K).
 */
export function dpNoise(args: ParsedArgs, command: string): Uniform {
  const text = optionalFlag(args, 'noise-seed');
  if (text === undefined) return secureNoise();
  if (!args.flags.has('epsilon')) throw new UsageError(`${command}: --noise-seed seeds the noise of --epsilon; without --epsilon nothing is noised`);
  return seededNoise(integerOption(text, { flag: 'noise-seed', command, min: 0, max: MAX_SEED }) as number);
}

/** Noise drawn from a run's seed, so the same seed gives the same noisy tables (and the same run). */
function seededNoise(seed: number): Uniform {
  const rng = createRng(seed ^ 0x5eed);
  return () => rng.next();
}

/**
 * Noise from the operating system's secure random source, 53 bits a draw:
 * unlike seeded noise, nobody can recompute it from a seed and subtract it.
 */
function secureNoise(): Uniform {
  const words = new Uint32Array(2);
  return () => {
    getRandomValues(words);
    return (words[0] * 2 ** 21 + (words[1] >>> 11)) / 2 ** 53;
  };
}
