// A labelled image set that lives on the device: uploaded once (grey levels 0..255 as float32
// and int32 labels), so each training step on WebGL gathers its mini-batch by index on the GPU
// instead of uploading 100×784 floats from the host. It keeps the host copies (uint8), so a
// WebGL context loss re-uploads it on the new backend like a Parameter. On wasm and cpu the
// "device" is this thread's memory: there a batch is copied from the host copies (≈ 0.1 ms for
// 100 images), because tfjs-wasm's gather costs ≈ 50 ns per element (≈ 4 ms a batch, a third
// of a TwoLayerNet step here) — so there no device copy is made at all (MNIST's would be 220 MB
// of float32 in the wasm heap). On WebGL the copy is made at the first batch, in one upload;
// chunks arriving later are appended then (each concat leaves its old texture in tfjs's pool).
import * as tf from '@tensorflow/tfjs-core';
import { trackRestorable } from './backend';
import { Tensor } from './tensor';

interface DeviceCopy {
  /** [rows, px] grey levels 0..255 */
  images: tf.Tensor2D;
  /** [rows] class indices */
  labels: tf.Tensor1D;
  /** how many of the host rows it holds */
  rows: number;
  /** how many host chunks it holds */
  chunks: number;
}

/**
 * Runs `fn` with tfjs-webgl's texture pool off: textures freed meanwhile are deleted, not kept for
 * reuse. A one-off upload's staging textures (MNIST's: several of 188 MB) would otherwise stay
 * allocated for the page's life — nothing else has their shape.
 */
function unpooled<T>(fn: () => T): T {
  const flag = 'WEBGL_DELETE_TEXTURE_THRESHOLD';
  if (tf.getBackend() !== 'webgl') return fn();
  const saved = tf.env().getNumber(flag);
  tf.env().set(flag, 0);
  try {
    return fn();
  } finally {
    tf.env().set(flag, saved);
  }
}

export class DeviceDataset {
  /** pixels per image (rows·cols) */
  readonly px: number;
  /** host copies, in arrival order (the batches' source off WebGL, and the device copy's) */
  private readonly hostImages: Uint8Array[] = [];
  private readonly hostLabels: Uint8Array[] = [];
  private rows = 0;
  /** the WebGL copy, made at the first device batch (null until then, and after a switch) */
  private device: DeviceCopy | null = null;
  private readonly untrack: () => void;

  constructor(px: number) {
    this.px = px;
    this.untrack = trackRestorable({ restore: () => this.dropDevice() });
  }

  /** number of images */
  get size(): number {
    return this.rows;
  }

  /** Appends images (n·px grey levels, 0..255) and their labels (kept; uploaded when needed). */
  append(images: Uint8Array, labels: Uint8Array): void {
    if (images.length !== labels.length * this.px) {
      throw new Error(
        `이미지 ${images.length / this.px}장과 정답 ${labels.length}개의 수가 맞지 않습니다.`,
      );
    }
    this.hostImages.push(images);
    this.hostLabels.push(labels);
    this.rows += labels.length;
  }

  /** The device copy with every host row: made in one upload, or the new chunks appended. */
  private onDevice(): DeviceCopy {
    const d = this.device;
    if (d && d.rows === this.rows) return d;
    const from = d?.chunks ?? 0;
    const n = this.rows - (d?.rows ?? 0);
    const images = new Uint8Array(n * this.px);
    const labels = new Uint8Array(n);
    let offset = 0;
    for (let c = from; c < this.hostLabels.length; c++) {
      images.set(this.hostImages[c], offset * this.px);
      labels.set(this.hostLabels[c], offset);
      offset += this.hostLabels[c].length;
    }
    const next = tf.tidy(() => {
      const x = tf.tensor2d(images, [n, this.px], 'float32');
      const t = tf.tensor1d(labels, 'int32');
      return d ? [tf.concat([d.images, x]), tf.concat([d.labels, t])] : [x, t];
    });
    this.dropDevice();
    this.device = {
      images: tf.keep(next[0] as tf.Tensor2D),
      labels: tf.keep(next[1] as tf.Tensor1D),
      rows: this.rows,
      chunks: this.hostLabels.length,
    };
    return this.device;
  }

  private dropDevice(): void {
    const d = this.device;
    this.device = null;
    try {
      if (d) tf.dispose([d.images, d.labels]);
    } catch {
      // a lost backend may refuse; its memory is gone anyway
    }
  }

  /**
   * The rows `rows` as a batch (the book's x_train[batch_mask] / 255, t_train[batch_mask]),
   * gathered on the device; `shape` reshapes the images (e.g. [n, 1, 28, 28] for a conv net).
   * Only the indices cross from the host. The caller owns both results (use inside scope()).
   */
  batch(rows: Int32Array, shape?: number[]): { x: Tensor; t: tf.Tensor1D } {
    return tf.getBackend() === 'webgl' ? this.deviceBatch(rows, shape) : this.hostBatch(rows, shape); // prettier-ignore
  }

  /** batch() gathered on the device (WebGL's way). */
  deviceBatch(rows: Int32Array, shape?: number[]): { x: Tensor; t: tf.Tensor1D } {
    const gather = () => {
      const d = this.onDevice();
      const index = tf.tensor1d(rows, 'int32');
      const x = tf.div(tf.gather(d.images, index), 255);
      const t = tf.gather(d.labels, index) as tf.Tensor1D;
      index.dispose();
      return { x: new Tensor(shape ? tf.reshape(x, shape) : x), t };
    };
    // WebGL uploads the copy at its first use, through staging textures as big as the copy
    return this.device?.rows === this.rows ? gather() : unpooled(gather);
  }

  /** batch() from the host copies: the rows' grey levels / 255, copied into fresh tensors. */
  hostBatch(rows: Int32Array, shape?: number[]): { x: Tensor; t: tf.Tensor1D } {
    const px = this.px;
    const x = new Float32Array(rows.length * px);
    const t = new Int32Array(rows.length);
    rows.forEach((row, i) => {
      let r = row;
      let c = 0;
      while (c < this.hostLabels.length && r >= this.hostLabels[c].length) r -= this.hostLabels[c++].length; // prettier-ignore
      if (c === this.hostLabels.length || r < 0) throw new RangeError(`행 ${row} 이 데이터(${this.size}장) 밖입니다.`); // prettier-ignore
      const image = this.hostImages[c].subarray(r * px, (r + 1) * px);
      for (let j = 0; j < px; j++) x[i * px + j] = image[j] / 255;
      t[i] = this.hostLabels[c][r];
    });
    return {
      x: new Tensor(tf.tensor(x, shape ?? [rows.length, px], 'float32')),
      t: tf.tensor1d(t, 'int32'),
    };
  }

  /**
   * Rows start … start + count − 1 (an evaluation slice), like batch(). Gathered by index, not
   * tf.slice: the wasm backend's slice of a [60000, 784] tensor took ~230 ms per 500 rows here,
   * its gather well under a millisecond.
   */
  slice(start: number, count: number, shape?: number[]): { x: Tensor; t: tf.Tensor1D } {
    return this.batch(
      Int32Array.from({ length: count }, (_, i) => start + i),
      shape,
    );
  }

  dispose(): void {
    this.untrack();
    this.dropDevice();
  }
}
