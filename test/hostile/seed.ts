/** The fuzz loop's seed and generator, so any run can be repeated exactly. */

/** The fuzz seed: HOSTILE_SEED=<number>, HOSTILE_SEED=random, or the fixed default. */
export function fuzzSeed(): { seed: number; from: string } {
  const given = process.env.HOSTILE_SEED;
  if (given === undefined || given === '') return { seed: 0x5eed2026, from: 'default' };
  if (given === 'random') {
    // Chosen once per run and passed down, so every worker fuzzes with the same seed.
    process.env.HOSTILE_SEED = String(Math.floor(Math.random() * 2 ** 32));
    return { seed: Number(process.env.HOSTILE_SEED), from: 'random' };
  }
  const seed = Number(given);
  if (!Number.isInteger(seed) || seed < 0 || seed >= 2 ** 32) {
    throw new Error(`HOSTILE_SEED must be an integer from 0 to 2^32-1, or "random" (got "${given}")`);
  }
  return { seed, from: 'HOSTILE_SEED' };
}

export { random } from '../../scripts/lib/random';
