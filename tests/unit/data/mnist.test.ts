// The bundled MNIST file and the idx(.gz) reader for the file picker, with its error messages.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadIdxDataset, loadIdxPair, parseIdx, parseMnistBin } from '../../../src/data/mnist';
import { loadMnistNode } from '../../../src/data/mnist-node';
import { createRng } from '../../../src/data/rng';

/** An idx file: 0 0 0x08 ndims, big-endian sizes, bytes. */
function idx(dims: number[], data: number[]): Uint8Array {
  const head = new Uint8Array(4 + 4 * dims.length);
  const view = new DataView(head.buffer);
  head.set([0, 0, 8, dims.length]);
  dims.forEach((d, i) => view.setUint32(4 + 4 * i, d, false));
  return Uint8Array.from([...head, ...data]);
}

describe('bundled MNIST', () => {
  it('8,000 train + 2,000 test real digits, stratified, pixels 0..255', async () => {
    const d = await loadMnistNode();
    expect([d.nTrain, d.nTest, d.rows, d.cols, d.source]).toEqual([8000, 2000, 28, 28, 'bundled']);
    const perClass = Array(10).fill(0);
    d.testLabels.forEach((l) => perClass[l]++);
    expect(Math.min(...perClass)).toBeGreaterThan(150); // ~20 % of every class
    expect(d.trainImages.reduce((m, v) => Math.max(m, v), 0)).toBe(255);
    const mean = d.trainImages.reduce((a, b) => a + b, 0) / d.trainImages.length / 255;
    expect(mean).toBeGreaterThan(0.1); // MNIST's mean pixel is ≈ 0.13
    expect(mean).toBeLessThan(0.16);
  });

  it('rejects a file that is not ours', async () => {
    await expect(parseMnistBin(Uint8Array.from([1, 2, 3, 4, 5]))).rejects.toThrow(/MNB1/);
  });
});

describe('idx files (file picker)', () => {
  const images = idx([2, 2, 3], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 255]);
  const labels = idx([2], [7, 3]);

  it('parses plain and gzip-compressed files', async () => {
    const plain = await parseIdx(images);
    expect(plain.dims).toEqual([2, 2, 3]);
    const gz = await parseIdx(gzipSync(images));
    expect(Array.from(gz.data)).toEqual(Array.from(plain.data));
    const pair = await loadIdxPair(new Blob([images as Uint8Array<ArrayBuffer>]), gzipSync(labels));
    expect([pair.n, pair.rows, pair.cols, Array.from(pair.labels)]).toEqual([2, 2, 3, [7, 3]]);
    const ds = await loadIdxDataset({
      trainImages: images,
      trainLabels: labels,
      testImages: images,
      testLabels: labels,
    });
    expect([ds.nTrain, ds.nTest, ds.source]).toEqual([2, 2, 'idx']);
  });

  it('rejects malformed files with a clear (Korean) message', async () => {
    await expect(parseIdx(Uint8Array.from([1, 2, 8, 1]))).rejects.toThrow(/idx 형식이 아닙니다/);
    await expect(parseIdx(Uint8Array.from([0, 0, 0x0d, 1, 0, 0, 0, 0]))).rejects.toThrow(/0x8|0xd/);
    await expect(parseIdx(images.subarray(0, images.length - 1))).rejects.toThrow(
      /바이트가 다릅니다/,
    );
    await expect(parseIdx(Uint8Array.from([0x1f, 0x8b, 1, 2, 3]))).rejects.toThrow(/gzip/);
    await expect(loadIdxPair(images, idx([3], [1, 2, 3]))).rejects.toThrow(/개수가 다릅니다/);
    await expect(loadIdxPair(images, idx([2], [1, 12]))).rejects.toThrow(/0에서 9/);
    await expect(loadIdxPair(labels, labels)).rejects.toThrow(/3차원/);
  });
});

describe('seeded randomness', () => {
  it('same seed → same numbers; normals have mean 0, std 1', () => {
    expect(Array.from(createRng(1).normalArray(5))).toEqual(
      Array.from(createRng(1).normalArray(5)),
    );
    expect(Array.from(createRng(1).normalArray(5))).not.toEqual(
      Array.from(createRng(2).normalArray(5)),
    );
    const v = createRng(3).normalArray(20000);
    const mean = v.reduce((a, b) => a + b, 0) / v.length;
    const sd = Math.sqrt(v.reduce((a, b) => a + (b - mean) ** 2, 0) / v.length);
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(sd - 1)).toBeLessThan(0.03);
    const p = createRng(4).permutation(10);
    expect(Array.from(p).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
