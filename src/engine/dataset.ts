// A labelled image set that lives on the device: uploaded once (grey levels 0..255 as float32
// and int32 labels), so each training step on WebGL gathers its mini-batch by index on the GPU
// instead of uploading 100×784 floats from the host. It keeps the host copies (uint8), so a
// WebGL context loss re-uploads it on the new backend like a Parameter. On wasm and cpu the
// "device" is this thread's memory: there a batch is copied from the host copies (≈ 0.1 ms for
// 100 images), because tfjs-wasm's gather costs ≈ 50 ns per element (≈ 4 ms a batch, a third
// of a TwoLayerNet step here).
import * as tf from '@tensorflow/tfjs-core';
import { trackRestorable } from './backend';
import { Tensor } from './tensor';

export class DeviceDataset {
  /** pixels per image (rows·cols) */
  readonly px: number;
  /** [n, px] grey levels 0..255 */
  private images: tf.Tensor2D;
  /** [n] class indices */
  private labels: tf.Tensor1D;
  /** host copies, in arrival order, for restoring after a backend switch */
  private readonly hostImages: Uint8Array[] = [];
  private readonly hostLabels: Uint8Array[] = [];
  private readonly untrack: () => void;

  constructor(px: number) {
    this.px = px;
    this.images = tf.keep(tf.zeros([0, px]));
    this.labels = tf.keep(tf.zeros([0], 'int32'));
    this.untrack = trackRestorable({ restore: () => this.upload() });
  }

  /** number of images on the device */
  get size(): number {
    return this.labels.shape[0];
  }

  /** Appends images (n·px grey levels, 0..255) and their labels (uploaded once, kept). */
  append(images: Uint8Array, labels: Uint8Array): void {
    if (images.length !== labels.length * this.px) {
      throw new Error(
        `이미지 ${images.length / this.px}장과 정답 ${labels.length}개의 수가 맞지 않습니다.`,
      );
    }
    this.hostImages.push(images);
    this.hostLabels.push(labels);
    const [x, t] = [this.images, this.labels];
    [this.images, this.labels] = tf.tidy(() => [
      tf.keep(tf.concat([x, tf.tensor2d(images, [labels.length, this.px], 'float32')])),
      tf.keep(tf.concat([t, tf.tensor1d(labels, 'int32')])),
    ]);
    tf.dispose([x, t]);
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
    const index = tf.tensor1d(rows, 'int32');
    const x = tf.div(tf.gather(this.images, index), 255);
    const t = tf.gather(this.labels, index) as tf.Tensor1D;
    index.dispose();
    return { x: new Tensor(shape ? tf.reshape(x, shape) : x), t };
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

  /** Re-creates the device copies from the host arrays (after a backend switch). */
  private upload(): void {
    try {
      tf.dispose([this.images, this.labels]);
    } catch {
      // the lost backend may refuse; its memory is gone anyway
    }
    const n = this.hostLabels.reduce((s, l) => s + l.length, 0);
    const images = new Uint8Array(n * this.px);
    const labels = new Uint8Array(n);
    let offset = 0;
    this.hostLabels.forEach((l, i) => {
      images.set(this.hostImages[i], offset * this.px);
      labels.set(l, offset);
      offset += l.length;
    });
    this.images = tf.keep(tf.tensor2d(images, [n, this.px], 'float32'));
    this.labels = tf.keep(tf.tensor1d(labels, 'int32'));
  }

  dispose(): void {
    this.untrack();
    tf.dispose([this.images, this.labels]);
  }
}
