// The book's ch. 3 network on the device for the inference experiments (inference.ts): its
// weights as Parameters (restored after a WebGL context loss), the test images / 255 on the
// host, the book's predict(), and who is using it (freed on a widget's unmount, never under a
// run still in flight).
import {
  ContextLostError,
  engineSettled,
  free,
  initEngine,
  Parameter,
  tensor,
  type Tensor,
} from '../engine';
import { loadHostData, type HostData } from './inference-data';

/** The layers' shapes in order: W (in, out) and b (out) of each Affine. */
export type LayerShapes = Array<{ W: [number, number]; b: [number] }>;

export interface DeviceModel {
  layers: Array<{ W: Parameter; b: Parameter }>;
  /** the test images / 255 as float32, n × px (the book's normalize=True, flatten=True) */
  x: Float32Array;
  labels: Uint8Array;
  n: number;
  /** pixels per image (784) */
  px: number;
}

let device: DeviceModel | null = null;
let users = 0;
let disposeAfterUse = false;

/** W1, b1, W2, … of the weights file, checked to chain from the image size to the last layer. */
export function layerShapes(host: HostData): LayerShapes {
  const out: LayerShapes = [];
  for (let i = 1; host.weights.has(`W${i}`); i++) {
    const W = host.weights.get(`W${i}`)!;
    const b = host.weights.get(`b${i}`);
    const inputs = i === 1 ? host.test.rows * host.test.cols : out[i - 2].W[1];
    if (W.shape.length !== 2 || W.shape[0] !== inputs || !b || b.shape.join() !== `${W.shape[1]}`)
      throw new Error(`가중치 W${i}, b${i}의 모양이 ${inputs}개 입력의 층에 맞지 않습니다.`);
    out.push({ W: [W.shape[0], W.shape[1]], b: [W.shape[1]] });
  }
  if (out.length === 0) throw new Error('가중치 파일에 W1이 없습니다.');
  return out;
}

function acquire(host: HostData): DeviceModel {
  users++;
  disposeAfterUse = false;
  if (device) return device;
  const param = (name: string, shape: number[]) =>
    new Parameter(name, host.weights.get(name)!.data, shape, { requiresGrad: false });
  const layers: DeviceModel['layers'] = [];
  try {
    layerShapes(host).forEach((s, i) =>
      layers.push({ W: param(`W${i + 1}`, s.W), b: param(`b${i + 1}`, s.b) }),
    );
  } catch (e) {
    free(layers.flatMap((l) => [l.W, l.b]));
    users--;
    throw e;
  }
  const { images, labels, n, rows, cols } = host.test;
  const x = new Float32Array(images.length);
  for (let i = 0; i < images.length; i++) x[i] = images[i] / 255;
  device = { layers, x, labels, n, px: rows * cols };
  return device;
}

/**
 * Frees the network's device copies (a widget's unmount): the tensor count returns to its
 * baseline. A run still in flight keeps them until it ends. The host files stay loaded.
 */
export function disposeInference(): void {
  if (users > 0) {
    disposeAfterUse = true;
    return;
  }
  disposeAfterUse = false;
  if (device) free(device.layers.flatMap((l) => [l.W, l.b]));
  device = null;
}

/**
 * Runs `fn` with the network on the device (loading the files and the engine first). A WebGL
 * context loss on the way: once the engine has moved on (the weights restored there), again.
 */
export async function withModel<T>(fn: (m: DeviceModel) => Promise<T>): Promise<T> {
  const [host] = await Promise.all([loadHostData(), initEngine()]);
  const m = acquire(host);
  try {
    try {
      return await fn(m);
    } catch (e) {
      if (!(e instanceof ContextLostError)) throw e;
      await engineSettled();
      return await fn(m);
    }
  } finally {
    users = Math.max(0, users - 1);
    if (users === 0 && disposeAfterUse) disposeInference();
  }
}

/** The book's predict(): sigmoid(x·W1 + b1) → sigmoid(·W2 + b2) → softmax(·W3 + b3). */
export function predict(m: DeviceModel, x: Tensor): Tensor {
  let h = x;
  m.layers.forEach((l, i) => {
    const a = h.matmul(l.W).add(l.b);
    h = i < m.layers.length - 1 ? a.sigmoid() : a.softmax();
  });
  return h;
}

/** Rows start … start + rows − 1 as a [size, px] input (zero rows pad a short last batch). */
export function input(m: DeviceModel, start: number, rows: number, size: number): Tensor {
  let values = m.x.subarray(start * m.px, (start + rows) * m.px);
  if (rows < size) {
    const padded = new Float32Array(size * m.px);
    padded.set(values);
    values = padded;
  }
  return tensor(values, { shape: [size, m.px] });
}
