// Pure logic of the train-mnist widget: the drawn digit prepared the way MNIST's digits were,
// the trainer's options from the parameters, times, chart series (downsampled, smoothed),
// divergence and the labels saying where each number comes from. No React, no engine:
// unit-tested in Node.
import { DIVERGENCE_LOSS } from '../../experiments/meta';
import type { Values } from '../schema';
import type { TrainerOptions } from './compute';
import type { TrainMnistSchema } from './schema';

/** MNIST's image side and the box the digit is scaled into (the rest is margin). */
export const SIDE = 28;
export const BOX = 20;
/** Official MNIST: training and test digits. */
export const TRAIN_TOTAL = 60_000;
export const TEST_TOTAL = 10_000;

/** The ink (0..1) of an RGBA image: its alpha channel (the pad draws on a transparent canvas). */
export function inkFromRgba(rgba: ArrayLike<number>, width: number, height: number): Float32Array {
  const ink = new Float32Array(width * height);
  for (let i = 0; i < ink.length; i++) ink[i] = rgba[4 * i + 3] / 255;
  return ink;
}

/** Centre of mass of an image in pixel-index coordinates [x, y] (null when it is empty). */
export function centerOfMass(
  img: ArrayLike<number>,
  width: number,
  height: number,
): [number, number] | null {
  let m = 0;
  let sx = 0;
  let sy = 0;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const v = img[y * width + x];
      m += v;
      sx += v * x;
      sy += v * y;
    }
  return m > 0 ? [sx / m, sy / m] : null;
}

/**
 * A drawing (ink 0..1, row-major `width` × `height`, e.g. a 280×280 canvas's alpha) prepared
 * like MNIST: the ink's bounding box is scaled to fit 20×20 keeping its aspect ratio, with grey
 * levels from area averaging (each output pixel is the share of it covered by ink), and placed
 * in 28×28 so that its centre of mass lands on pixel (14, 14). Returns 784 values in 0..1, or
 * null when there is no ink.
 */
export function preprocessDigit(
  ink: ArrayLike<number>,
  width: number,
  height: number,
): Float32Array | null {
  let [x0, y0, x1, y1] = [width, height, -1, -1];
  let m = 0;
  let sx = 0;
  let sy = 0;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const v = ink[y * width + x];
      if (!(v > 0)) continue;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
      m += v;
      sx += v * (x + 0.5);
      sy += v * (y + 0.5);
    }
  if (m === 0) return null;
  const s = BOX / Math.max(x1 - x0 + 1, y1 - y0 + 1);
  // Source point p maps to (p − centre of mass)·s + 14.5: the mass centre (in continuous
  // coordinates) lands on the middle of pixel 14.
  const [mx, my] = [sx / m, sy / m];
  const c = SIDE / 2 + 0.5;
  const out = new Float32Array(SIDE * SIDE);
  for (let y = y0; y <= y1; y++) {
    const v0 = (y - my) * s + c;
    const v1 = v0 + s;
    for (let x = x0; x <= x1; x++) {
      const v = ink[y * width + x];
      if (!(v > 0)) continue;
      const u0 = (x - mx) * s + c;
      const u1 = u0 + s;
      for (let j = Math.max(0, Math.floor(v0)); j < Math.min(SIDE, Math.ceil(v1)); j++) {
        const oy = Math.min(v1, j + 1) - Math.max(v0, j);
        for (let i = Math.max(0, Math.floor(u0)); i < Math.min(SIDE, Math.ceil(u1)); i++) {
          const ox = Math.min(u1, i + 1) - Math.max(u0, i);
          out[j * SIDE + i] += v * ox * oy;
        }
      }
    }
  }
  for (let i = 0; i < out.length; i++) out[i] = Math.min(1, out[i]);
  return out;
}

/** "mm:ss" (minutes may pass 59); "--:--" when unknown. */
export function formatClock(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms) || ms < 0) return '--:--';
  const total = Math.round(ms / 1000);
  const mm = Math.floor(total / 60);
  const ss = total % 60;
  return `${String(mm).padStart(2, '0')}:${String(ss).padStart(2, '0')}`;
}

/** Time left at the pace so far (null before the first iteration or after the last). */
export function remainingMs(elapsedMs: number, iteration: number, iterations: number) {
  if (iteration <= 0 || elapsedMs <= 0) return null;
  return (elapsedMs / iteration) * Math.max(0, iterations - iteration);
}

/**
 * At most `max` indices of 0..n−1, evenly spaced, the first and the last always included
 * (so a 10,000-point loss curve is drawn with ≤ 1,000).
 */
export function downsampleIndices(n: number, max: number): number[] {
  if (n <= 0) return [];
  if (n <= max) return Array.from({ length: n }, (_, i) => i);
  const stride = Math.ceil((n - 1) / Math.max(1, max - 1));
  const out: number[] = [];
  for (let i = 0; i < n; i += stride) out.push(i);
  if (out[out.length - 1] !== n - 1) out.push(n - 1);
  return out;
}

/** Exponential moving average with bias correction (TensorBoard's smoothing); NaN stays NaN. */
export function smooth(values: ArrayLike<number>, weight = 0.97): Float32Array {
  const out = new Float32Array(values.length);
  let last = 0;
  let w = 1;
  for (let i = 0; i < values.length; i++) {
    last = last * weight + (1 - weight) * values[i];
    w *= weight;
    out[i] = last / (1 - w);
  }
  return out;
}

export interface LossRow {
  iteration: number;
  raw: number | null;
  smooth: number | null;
}

/** The loss curve as chart rows (≤ `max` points), raw and smoothed, ∞/NaN as gaps. */
export function lossRows(loss: ArrayLike<number>, max = 1000): LossRow[] {
  const sm = smooth(loss);
  const f = (v: number) => (Number.isFinite(v) ? v : null);
  return downsampleIndices(loss.length, max).map((i) => ({
    iteration: i + 1,
    raw: f(loss[i]),
    smooth: f(sm[i]),
  }));
}

/** 1, 2, 2.5, 5 × 10ᵏ: the smallest such number ≥ v. */
export function niceCeil(v: number): number {
  if (!(v > 0) || !Number.isFinite(v)) return 1;
  const k = 10 ** Math.floor(Math.log10(v));
  for (const f of [1, 2, 2.5, 5, 10]) if (f * k >= v * (1 - 1e-9)) return f * k;
  return 10 * k;
}

/** Ticks of the loss axis [0, max]: about five round steps. */
export function lossTicks(max: number): number[] {
  const step = niceCeil(max / 5);
  const out: number[] = [];
  for (let k = 0; k * step <= max * (1 + 1e-9); k++) out.push(Number((k * step).toPrecision(6)));
  return out;
}

/** The loss axis: from 0 to a round number above the largest drawn value. */
export function lossDomain(rows: readonly LossRow[]): [number, number] {
  let m = 0;
  for (const r of rows) if (r.raw !== null && r.raw > m) m = r.raw;
  return [0, niceCeil(Math.max(0.5, m))];
}

/** The experiments' divergence threshold (see DIVERGENCE_LOSS in src/experiments/meta.ts). */
export const LOSS_LIMIT = DIVERGENCE_LOSS;

/** The first iteration (1-based) whose loss is ∞/NaN or above LOSS_LIMIT, or null. */
export function blowUpAt(loss: ArrayLike<number>): number | null {
  for (let i = 0; i < loss.length; i++) if (!(loss[i] <= LOSS_LIMIT)) return i + 1;
  return null;
}

/** The Korean explanation of a diverged run ('' when it did not diverge). */
export function divergedMessage(loss: ArrayLike<number>, lr: number): string {
  const at = blowUpAt(loss);
  if (at === null) return '';
  const v = loss[at - 1];
  const what = Number.isFinite(v)
    ? `손실이 ${Math.round(v).toLocaleString('en-US')}까지 치솟았어요`
    : `손실이 ${Number.isNaN(v) ? 'NaN이' : '무한대가'} 되었어요`;
  return `발산했어요: 반복 ${at}에서 ${what} (학습률 η = ${lr}). 학습률을 줄이고 초기화를 눌러 보세요.`;
}

/** The trainer's options from the widget's parameters. */
export function trainerOptions(v: Values<TrainMnistSchema>): TrainerOptions {
  return {
    hiddenSize: v['hidden-size'],
    activation: v.activation,
    weightInitStd: v['init-std'],
    optimizer: v.optimizer,
    lr: v.lr,
    batchSize: v['batch-size'],
    iterations: v.iterations,
    seed: v.seed,
    ...(v['eval-every'] > 0 ? { evalEvery: v['eval-every'] } : {}),
    ...(v['eval-size'] < TRAIN_TOTAL ? { evalSize: v['eval-size'] } : {}),
  };
}

/** Iterations between evaluations: the parameter, or one epoch (60,000 / batch). */
export const evalInterval = (evalEvery: number, batchSize: number, trainTotal = TRAIN_TOTAL) =>
  evalEvery > 0 ? evalEvery : Math.max(1, Math.floor(trainTotal / batchSize));

/** 20000 → "20,000" */
export const int = (n: number) => Math.round(n).toLocaleString('en-US');

/** The data a session trains on: the official MNIST or the reader's files, and their sizes. */
export interface DataSource {
  source: 'mnist' | 'files';
  trainDigits: number;
  testDigits: number;
}

/** Training and test set sizes: the official ones, or the reader's files'. */
export const dataTotals = (d: DataSource | null) =>
  d?.source === 'files'
    ? { train: d.trainDigits, test: d.testDigits }
    : { train: TRAIN_TOTAL, test: TEST_TOTAL };

/** The widget's data in one line: "공식 MNIST · …" or "내 파일 · 학습 12,000장 / 시험 2,000장". */
export function dataSourceLine(d: DataSource | null): string {
  const t = dataTotals(d);
  const what = d?.source === 'files' ? '내 파일' : '공식 MNIST';
  return `${what} · 훈련 ${int(t.train)}장 / 시험 ${int(t.test)}장`;
}

/** Where the accuracies come from, in Korean. */
export function evalSources(
  evalSize: number,
  d: DataSource | null = null,
): { train: string; test: string } {
  const own = d?.source === 'files';
  const t = dataTotals(d);
  const train = Math.min(evalSize, t.train);
  const test = Math.min(evalSize, t.test);
  const [a, b] = own ? ['내 훈련 데이터', '내 시험 데이터'] : ['훈련 데이터', '공식 시험 데이터'];
  return {
    train: train >= t.train ? `${a} ${int(train)}장` : `${a} 앞 ${int(train)}장`,
    test: test >= t.test ? `${b} ${int(test)}장` : `${b} 앞 ${int(test)}장`,
  };
}

/** 3_200_000 → "3.2" (megabytes, one decimal). */
export const megabytes = (bytes: number) => (bytes / 1e6).toFixed(1);

/** Index of the largest value (−1 for an empty list). */
export function argMax(xs: ArrayLike<number>): number {
  let best = -1;
  for (let i = 0; i < xs.length; i++) if (best < 0 || xs[i] > xs[best]) best = i;
  return best;
}
