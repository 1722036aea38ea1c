// Chapter 8's closing note: a three-armed bandit learned by REINFORCE with OUR engine's
// backward(). The policy is π = softmax(w) with logits w (starting at w = log(0.2, 0.5, 0.3)).
// Per episode each run samples a ~ π on the host (seeded), gets a reward R ~ N(μ_a, σ²) and
// follows  w ← w + α · c · ∇_w log π(target), where backward() of J = Σ c · log π(target) gives
// c · (onehot(target) − π). Four update rules side by side, each repeated over `runs` seeds:
//   reinforce     target = a,         c = R           (the chapter's formula)
//   baseline      target = a,         c = R − b       (b = mean of the rewards so far)
//   imitate       target = a,         c = 1           (cross-entropy toward the sampled action,
//                                                       the reward ignored: a loss with no label)
//   teacher       target = best arm,  c = 1           (supervised: someone knows the answer)
// All rows are one (rows × 3) logit matrix: one graph, one backward() (seeded with ∂J/∂log π = C),
// one readback (π, to sample from) per episode;
// the gradients are read back together at the end.
// Small tensors: onSmall() — tfjs's CPU backend beside WebGL, wasm itself when it is active.
import {
  createRng,
  free,
  initEngine,
  onSmall,
  smallOnCpu,
  readAll,
  readback,
  scope,
  tensor,
  type DeviceTensor,
  type Rng,
  type Tensor,
} from '../engine';
import {
  BANDIT_ARMS,
  BANDIT_METHODS,
  BANDIT_START,
  type BanditMethod,
  type BanditOptions,
} from './bandit-meta';
import {
  newTrace,
  recordGradients,
  recordPolicies,
  type BanditResult,
  type BanditTrace,
} from './bandit-trace';
import { yieldToEvents } from './run-loop';

export type { BanditMethod, BanditOptions } from './bandit-meta';
export type { BanditResult, BanditTrace } from './bandit-trace';

const intIn = (v: number, lo: number, hi: number, name: string): number => {
  if (!Number.isInteger(v) || v < lo || v > hi)
    throw new Error(`${name}는 ${lo}에서 ${hi} 사이의 정수여야 합니다: ${v}`);
  return v;
};

/** The arm a uniform draw u picks under π = p[at … at + n) (inverse CDF). */
export function sampleArm(p: ArrayLike<number>, u: number, at = 0, n = p.length - at): number {
  let acc = 0;
  for (let k = 0; k < n - 1; k++) {
    acc += p[at + k];
    if (u < acc) return k;
  }
  return n - 1;
}

/** log π = w − log Σ exp w, row-wise: the engine's logSoftmax, so backward() differentiates it. */
function logPolicy(w: Tensor): Tensor {
  return w.logSoftmax();
}

/**
 * ∇_w log π(a) for π = softmax(w) at one point, by the engine's backward() (the tests check it
 * equals onehot(a) − π).
 */
export async function logPolicyGradient(o: { logits: number[]; action: number }): Promise<{
  probs: Float32Array;
  grad: Float32Array;
}> {
  const n = o.logits.length;
  intIn(o.action, 0, n - 1, 'action');
  await initEngine();
  const out = onSmall(() => {
    const w = tensor([o.logits], { requiresGrad: true });
    let out;
    try {
      out = scope((): DeviceTensor[] => {
        const logp = logPolicy(w);
        const pick = Array.from({ length: n }, (_, k) => (k === o.action ? 1 : 0));
        logp
          .mul(tensor([pick]))
          .sum()
          .backward();
        return [logp.exp().value, w.grad!];
      });
    } catch (e) {
      w.dispose();
      throw e;
    }
    w.grad = null; // handed over in `out`
    w.value.dispose();
    return out;
  });
  try {
    const [p, g] = await readAll(out, { cpu: smallOnCpu() });
    return { probs: p.slice(), grad: g.slice() };
  } finally {
    free(out);
  }
}

/**
 * One episode's engine step: ∂J/∂w of J = Σ c·log π(target) by backward(), then w + α·∂J/∂w and
 * its π. J is linear in log π (∂J/∂log π = C, the coefficients in their targets' cells), so the
 * backward pass starts at log π with C as its upstream gradient, as the book's layers start
 * theirs with dout: the log-softmax layer's backward turns it into C − π·ΣC, row by row. (Writing
 * out J = sum(log π ⊙ C) and starting from ∂J/∂J = 1 gives the same numbers with six more
 * kernels an episode: the multiply, the sum and their backward.)
 */
export function policyStep(w: Tensor, coef: Float32Array, rows: number, alpha: number | Tensor) {
  return onSmall(() => {
    let out;
    try {
      out = scope(() => {
        logPolicy(w).backward(tensor(coef, { shape: [rows, 3] }).value);
        const grad = w.grad!;
        const next = w.detach().add(tensor(grad).mul(alpha));
        const probs = next.softmax();
        return { w: tensor(next.value, { requiresGrad: true }), grad, probs: probs.value };
      });
    } catch (e) {
      w.zeroGrad();
      throw e;
    }
    w.grad = null; // handed to the caller as `grad` (read back, then freed)
    return out;
  });
}

export async function banditRun(o: BanditOptions): Promise<BanditResult> {
  const episodes = intIn(o.episodes, 1, 2000, 'episodes');
  const runs = intIn(o.runs ?? 32, 1, 64, 'runs');
  const seed = intIn(o.seed, 0, 99999, 'seed');
  if (!(Number.isFinite(o.alpha) && o.alpha > 0 && o.alpha <= 10))
    throw new Error(`alpha는 0보다 크고 10 이하인 수여야 합니다: ${o.alpha}`);
  const alpha = o.alpha;
  const noise = o.noise ?? BANDIT_ARMS.sigma;
  if (!(Number.isFinite(noise) && noise >= 0 && noise <= 5))
    throw new Error(`noise는 0에서 5 사이여야 합니다: ${noise}`);
  const means = BANDIT_ARMS.means;
  const best = means.indexOf(Math.max(...means));
  const M = BANDIT_METHODS.length;
  const rows = M * runs; // row = m * runs + k; run k of every method shares the seed stream
  await initEngine();

  const start = Array.from({ length: rows }, () => BANDIT_START.map(Math.log));
  let w = onSmall(() => tensor(start, { requiresGrad: true }));
  // the start's π through the engine too
  let p = await (async () => {
    const p0 = onSmall(() => scope(() => w.softmax().value));
    try {
      return (await readAll([p0], { cpu: smallOnCpu() }))[0].slice();
    } finally {
      free(p0);
    }
  })();
  // Run k of every rule draws from the same stream (seed·1000 + k), one uniform and one normal an
  // episode: drawn once per run and shared by the rules' rows (the same numbers each row's own
  // generator would give it, at a quarter of the cost).
  const rngs: Rng[] = Array.from({ length: runs }, (_, k) => createRng(seed * 1000 + k));
  const uniforms = new Float64Array(runs);
  const normals = new Float64Array(runs);
  /** each row's rewards so far (its baseline's numerator) */
  const rewardSums = new Float64Array(rows);
  const traces = BANDIT_METHODS.map((method) => newTrace(method, episodes));
  recordPolicies(traces, p, 0, runs, best);

  const coef = new Float32Array(rows * 3);
  const kept: DeviceTensor[] = [];
  // α as a tensor once (a number would be made into one in each of the 300 steps)
  const alphaT = onSmall(() => tensor(alpha));
  try {
    for (let t = 0; t < episodes; t++) {
      // CPU readbacks resolve as microtasks: let other messages (an abort) in now and then
      if (t % 50 === 49) await yieldToEvents();
      if (o.signal?.aborted) throw new DOMException('멈췄습니다.', 'AbortError');
      for (let k = 0; k < runs; k++) {
        uniforms[k] = rngs[k].uniform();
        normals[k] = rngs[k].normal();
      }
      coef.fill(0);
      for (let m = 0; m < M; m++) {
        const method = BANDIT_METHODS[m];
        const [byReward, withBaseline] = [method === 'reinforce', method === 'baseline'];
        const tr = traces[m];
        let rewardSum = 0;
        for (let k = 0, r = m * runs; k < runs; k++, r++) {
          const a = sampleArm(p, uniforms[k], r * 3, 3); // row r's π, read in place
          const R = means[a] + noise * normals[k];
          const b = withBaseline && t > 0 ? rewardSums[r] / t : 0;
          rewardSums[r] += R;
          rewardSum += R;
          const target = method === 'teacher' ? best : a;
          coef[r * 3 + target] = byReward ? R : withBaseline ? R - b : 1;
          if (k === 0) {
            tr.actions[t] = a;
            tr.rewards[t] = R;
            tr.baselines[t] = b;
          }
        }
        tr.meanReward += rewardSum;
      }
      const step = policyStep(w, coef, rows, alphaT);
      free(w);
      w = step.w;
      kept.push(step.grad); // read back together after the last episode
      try {
        p = (await readback(step.probs)).slice(); // π only: the next episode samples from it
      } finally {
        free(step.probs);
      }
      recordPolicies(traces, p, t + 1, runs, best);
    }
    const grads = await readAll(kept, { cpu: smallOnCpu() });
    grads.forEach((g, t) => recordGradients(traces, g, t, runs));
  } finally {
    free(w);
    free(kept);
    free(alphaT);
  }
  for (const tr of traces) {
    tr.gradVariance /= episodes;
    tr.meanReward /= episodes * runs;
  }
  return {
    episodes,
    runs,
    best,
    traces: Object.fromEntries(traces.map((tr) => [tr.method, tr])) as Record<
      BanditMethod,
      BanditTrace
    >,
  };
}
