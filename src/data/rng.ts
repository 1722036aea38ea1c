// Seeded random numbers on the host: the same seed gives the same numbers on every backend
// (weights, shuffles and dropout masks are drawn here and uploaded).

/** A seeded generator: mulberry32 for uniforms, Box–Muller for normals. */
export interface Rng {
  /** U[0, 1) */
  uniform(): number;
  /** N(0, 1) */
  normal(): number;
  /** n draws of N(0, std²) */
  normalArray(n: number, std?: number): Float32Array;
  /** n draws of U[0, 1) */
  uniformArray(n: number): Float32Array;
  /** an integer in [0, n) */
  int(n: number): number;
  /** k indices drawn from [0, n) with replacement (numpy's random.choice(n, k)) */
  choice(n: number, k: number): Int32Array;
  /** a random order of 0..n−1 (Fisher–Yates) */
  permutation(n: number): Int32Array;
  /** the whole state, so a redone piece of work can draw the same numbers again */
  save(): RngState;
  /** rewinds to a state from save() */
  load(s: RngState): void;
}

/** A generator's state: mulberry32's counter and Box–Muller's unused second normal. */
export interface RngState {
  state: number;
  spare: number | null;
}

/** Mixes any integer seed into a 32-bit state (so seeds 0, 1, 2 start far apart). */
function hashSeed(seed: number): number {
  let h = (Math.floor(seed) ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export function createRng(seed = 42): Rng {
  let state = hashSeed(seed);
  let spare: number | null = null;
  const uniform = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = (): number => {
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    let u = 0;
    while (u === 0) u = uniform();
    const r = Math.sqrt(-2 * Math.log(u));
    const theta = 2 * Math.PI * uniform();
    spare = r * Math.sin(theta);
    return r * Math.cos(theta);
  };
  const int = (n: number): number => Math.floor(uniform() * n);
  return {
    uniform,
    normal,
    int,
    save: () => ({ state, spare }),
    load(s) {
      state = s.state;
      spare = s.spare;
    },
    normalArray(n, std = 1) {
      const out = new Float32Array(n);
      for (let i = 0; i < n; i++) out[i] = normal() * std;
      return out;
    },
    uniformArray(n) {
      const out = new Float32Array(n);
      for (let i = 0; i < n; i++) out[i] = uniform();
      return out;
    },
    choice(n, k) {
      const out = new Int32Array(k);
      for (let i = 0; i < k; i++) out[i] = int(n);
      return out;
    },
    permutation(n) {
      const out = new Int32Array(n);
      for (let i = 0; i < n; i++) out[i] = i;
      for (let i = n - 1; i > 0; i--) {
        const j = int(i + 1);
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
  };
}
