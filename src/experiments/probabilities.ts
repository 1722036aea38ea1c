// Chapter 3 §3.5 (softmax: temperature, a constant added, the float32 overflow and its fix) and
// chapter 4 §4.2 (SSE, MSE, cross-entropy, BCE, mini-batch sum vs mean). Every number is the
// engine's, computed in float32 on tfjs's CPU backend (onCpu: a handful of numbers), one readback
// per call. The softmax gradient comes from the engine's backward(), never from a formula here.
import {
  createRng,
  free,
  initEngine,
  mse,
  onCpu,
  readAll,
  scope,
  softmax,
  softmaxCrossEntropy,
  tensor,
  type DeviceTensor,
} from '../engine';
import { CURVE_YS, LOSS_CLASSES, LOSS_EPS, MAX_BATCH } from './probabilities-meta';

/**
 * Rows 1 … MAX_BATCH − 1 of the mini-batch: fixed seeded logits (N(0, 1.5²), the target's
 * logit raised by 2, like a half-trained network that is often but not always right).
 */
function batchExamples(): { logits: number[]; targets: number[] } {
  const rng = createRng(0);
  const targets: number[] = [];
  const logits: number[] = [];
  for (let r = 1; r < MAX_BATCH; r++) {
    const t = rng.int(LOSS_CLASSES);
    const row = [...rng.normalArray(LOSS_CLASSES, 1.5)];
    row[t] += 2;
    targets.push(t);
    logits.push(...row);
  }
  return { logits, targets };
}

function checkNumbers(name: string, xs: unknown, min: number, max: number): asserts xs is number[] {
  if (
    !Array.isArray(xs) ||
    xs.length < min ||
    xs.length > max ||
    !xs.every((v) => typeof v === 'number' && Number.isFinite(v))
  )
    throw new Error(`${name}는 유한한 수 ${min}~${max}개의 배열이어야 합니다.`);
}

export interface SoftmaxDemo {
  /** y = softmax((a + shift) / T) */
  y: number[];
  /** softmax(a), the book's plain softmax (T = 1, nothing added), for comparison */
  plain: number[];
  /** cross-entropy −log y_label, from the engine's fused softmax-with-loss */
  loss: number;
  /** ∂loss/∂a from backward(): (y − t) / T */
  grad: number[];
}

/** softmax((a + shift)/T) of 1–16 logits, the plain softmax(a), and the gradient of −log y_label. */
export async function softmaxDemo(o: {
  logits: number[];
  temperature?: number;
  shift?: number;
  label?: number;
}): Promise<SoftmaxDemo> {
  checkNumbers('logits', o.logits, 1, 16);
  const T = o.temperature ?? 1;
  const shift = o.shift ?? 0;
  const label = o.label ?? 0;
  if (!(T > 0) || !Number.isFinite(T)) throw new Error(`온도 T는 0보다 큰 수여야 합니다: ${T}`);
  if (!Number.isFinite(shift)) throw new Error(`더할 상수는 유한한 수여야 합니다: ${shift}`);
  if (!Number.isInteger(label) || label < 0 || label >= o.logits.length)
    throw new Error(`정답 위치는 0에서 ${o.logits.length - 1} 사이의 정수여야 합니다: ${label}`);
  await initEngine();
  const n = o.logits.length;
  const out = onCpu(() =>
    scope(() => {
      const a = tensor(o.logits, { requiresGrad: true });
      try {
        const z = a.add(shift).div(T);
        const y = softmax(z);
        const onehot = tensor(o.logits.map((_, i) => (i === label ? 1 : 0)));
        const loss = softmaxCrossEntropy(z, onehot);
        loss.backward();
        const grad = a.grad!;
        a.grad = null; // ownership moves to the result (kept by scope, freed below)
        return [y.value, softmax(tensor(o.logits)).value, loss.value, grad] as DeviceTensor[];
      } finally {
        a.zeroGrad();
      }
    }),
  );
  try {
    const [y, plain, loss, grad] = await readAll(out, { cpu: true });
    if (y.length !== n) throw new Error('softmax의 출력 길이가 입력과 다릅니다.');
    return { y: [...y], plain: [...plain], loss: loss[0], grad: [...grad] };
  } finally {
    free(out);
  }
}

export interface SoftmaxOverflow {
  /** exp(a), Σ exp(a), exp(a)/Σ: the naive formula */
  naive: { exp: number[]; sum: number; y: number[] };
  /** c = max a; exp(a − c), Σ, exp(a − c)/Σ: the book's fix */
  stable: { c: number; shifted: number[]; exp: number[]; sum: number; y: number[] };
}

/** The book's overflow demo: naive exp(a)/Σexp(a) next to the max-subtracted one, in float32. */
export async function softmaxOverflow(o: { logits: number[] }): Promise<SoftmaxOverflow> {
  checkNumbers('logits', o.logits, 1, 16);
  await initEngine();
  const out = onCpu(() =>
    scope(() => {
      const a = tensor(o.logits);
      const e = a.exp();
      const s = e.sum();
      const c = a.max();
      const shifted = a.sub(c);
      const es = shifted.exp();
      const ss = es.sum();
      return [e, s, e.div(s), c, shifted, es, ss, es.div(ss)].map((t) => t.value);
    }),
  );
  try {
    const [e, s, y, c, shifted, es, ss, ys] = await readAll(out, { cpu: true });
    return {
      naive: { exp: [...e], sum: s[0], y: [...y] },
      stable: { c: c[0], shifted: [...shifted], exp: [...es], sum: ss[0], y: [...ys] },
    };
  } finally {
    free(out);
  }
}

export interface LossResult {
  /** the reader's y divided by its sum (the engine's), what the losses use */
  y: number[];
  /** ½ Σ (y − t)², the book's sum of squares for error */
  sse: number;
  /** (1/K) Σ (y − t)², the mean over the K outputs */
  mse: number;
  /** −Σ t log(y + ε) */
  ce: number;
  /** −log y on CURVE_YS (the curve of Fig. 4-3, flipped) */
  curve: number[];
  batch: {
    /** the rows' probabilities (row 0: the reader's y) and their targets */
    rows: number[][];
    targets: number[];
    ce: number[];
    sse: number[];
    /** over the first n rows */
    ceSum: number;
    ceMean: number;
    sseSum: number;
    sseMean: number;
    /** CE sum and mean for n = 1 … MAX_BATCH (cumulative), for the chart */
    ceSumByN: number[];
    ceMeanByN: number[];
  };
  /** two classes: the sigmoid output p = P(class 1) and its label */
  bce: { loss: number; ceTwoClass: number };
}

/**
 * The book's losses for one output y (LOSS_CLASSES probabilities; divided by their sum first) and
 * a one-hot target; a mini-batch whose row 0 is that output and rows 1… fixed seeded examples
 * (softmax of random logits, by the engine); binary cross-entropy of p against t ∈ {0, 1}.
 */
export async function lossFunctions(o: {
  y: number[];
  target: number;
  batch?: number;
  bce?: { p: number; t: 0 | 1 };
}): Promise<LossResult> {
  checkNumbers('y', o.y, LOSS_CLASSES, LOSS_CLASSES);
  if (o.y.some((v) => v < 0)) throw new Error('확률 y에는 음수가 올 수 없습니다.');
  if (!(o.y.reduce((s, v) => s + v, 0) > 0)) throw new Error('확률 y의 합이 0이에요.');
  const K = LOSS_CLASSES;
  const { target } = o;
  if (!Number.isInteger(target) || target < 0 || target >= K)
    throw new Error(`정답 클래스는 0에서 ${K - 1} 사이의 정수여야 합니다: ${target}`);
  const n = o.batch ?? 1;
  if (!Number.isInteger(n) || n < 1 || n > MAX_BATCH)
    throw new Error(`배치 크기는 1에서 ${MAX_BATCH} 사이의 정수여야 합니다: ${n}`);
  const p = o.bce?.p ?? 0.8;
  const bt = o.bce?.t ?? 1;
  if (!(p >= 0 && p <= 1)) throw new Error(`BCE의 출력 y는 0과 1 사이여야 합니다: ${p}`);
  const ex = batchExamples();
  const targets = [target, ...ex.targets];
  const oneHot = (k: number) => Array.from({ length: K }, (_, i) => (i === k ? 1 : 0));
  await initEngine();
  const out = onCpu(() =>
    scope(() => {
      const raw = tensor(o.y);
      const y = raw.div(raw.sum());
      const t = tensor(oneHot(target));
      const sse = mse(y, t); // the engine's ½ Σ (y − t)² (1-D: no batch division)
      const mean = y.sub(t).pow(2).mean();
      const ce = t.mul(y.add(LOSS_EPS).log()).sum().neg();
      const curve = tensor([...CURVE_YS])
        .log()
        .neg();
      // The mini-batch: row 0 is the reader's y, the rest softmax of the fixed logits.
      // Stacked with two placement matrices (engine ops only): rows = P₀·y + P₁·others.
      const others = softmax(tensor(ex.logits, { shape: [MAX_BATCH - 1, K] }));
      const place = (cols: number, at: (r: number, c: number) => boolean) =>
        tensor(
          Array.from({ length: MAX_BATCH * cols }, (_, k) =>
            at(Math.floor(k / cols), k % cols) ? 1 : 0,
          ),
          { shape: [MAX_BATCH, cols] },
        );
      const rows = place(1, (r) => r === 0)
        .matmul(y.reshape([1, K]))
        .add(place(MAX_BATCH - 1, (r, c) => r === c + 1).matmul(others));
      const T = tensor(targets.flatMap(oneHot), { shape: [MAX_BATCH, K] });
      const rowCe = T.mul(rows.add(LOSS_EPS).log()).sum(1).neg();
      const rowSse = rows.sub(T).pow(2).sum(1).mul(0.5);
      const mask = tensor(Array.from({ length: MAX_BATCH }, (_, i) => (i < n ? 1 : 0)));
      const ceSum = rowCe.mul(mask).sum();
      const sseSum = rowSse.mul(mask).sum();
      // Cumulative sums through an upper-triangular matrix of ones: [1, B] · U = sums for n = 1 … B.
      const cum = rowCe.reshape([1, MAX_BATCH]).matmul(place(MAX_BATCH, (r, c) => r <= c));
      const ns = tensor(Array.from({ length: MAX_BATCH }, (_, i) => i + 1));
      // Binary cross-entropy of the sigmoid output p, and the same as a two-class cross-entropy.
      const pb = tensor([p]);
      const bce = pb
        .add(LOSS_EPS)
        .log()
        .mul(bt)
        .add(
          pb
            .neg()
            .add(1 + LOSS_EPS)
            .log()
            .mul(1 - bt),
        )
        .sum()
        .neg();
      const y2 = tensor([1 - p, p]);
      const ce2 = tensor(bt === 1 ? [0, 1] : [1, 0])
        .mul(y2.add(LOSS_EPS).log())
        .sum()
        .neg();
      return [
        y,
        sse,
        mean,
        ce,
        curve,
        rows,
        rowCe,
        rowSse,
        ceSum,
        ceSum.div(n),
        sseSum,
        sseSum.div(n),
        cum,
        cum.reshape([MAX_BATCH]).div(ns),
        bce,
        ce2,
      ].map((x) => x.value);
    }),
  );
  try {
    const d = await readAll(out, { cpu: true });
    const [y, sse, mean, ce, curve, rows, rowCe, rowSse, cs, cm, ss, sm, cum, cumMean, bce, ce2] =
      d;
    return {
      y: [...y],
      sse: sse[0],
      mse: mean[0],
      ce: ce[0],
      curve: [...curve],
      batch: {
        rows: Array.from({ length: MAX_BATCH }, (_, i) => [...rows.subarray(i * K, (i + 1) * K)]),
        targets,
        ce: [...rowCe],
        sse: [...rowSse],
        ceSum: cs[0],
        ceMean: cm[0],
        sseSum: ss[0],
        sseMean: sm[0],
        ceSumByN: [...cum],
        ceMeanByN: [...cumMean],
      },
      bce: { loss: bce[0], ceTwoClass: ce2[0] },
    };
  } finally {
    free(out);
  }
}
