// loadMnistStream: the test set and the first training chunk first, then the rest in order, with
// progress in bytes and digits; on the real files (from disk) and on a fake source for failures.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  loadMnist,
  loadMnistStream,
  setMnistSource,
  type MnistChunkEntry,
  type MnistProgress,
  type MnistSource,
} from '../../../src/data/mnist';
import { MNIST_DIR, readMnistManifest, useNodeMnist } from '../../../src/data/mnist-node';

describe('loadMnistStream on the prepared files', () => {
  it('first: test + 10,000 training digits; then snapshots grow to 60,000; progress adds up', async () => {
    useNodeMnist();
    const m = readMnistManifest();
    const progress: MnistProgress[] = [];
    const sizes: number[] = [];
    const s = loadMnistStream({
      onProgress: (p) => progress.push(p),
      onData: (d) => sizes.push(d.nTrain),
    });
    const first = await s.first;
    expect([first.nTrain, first.nTest, first.trainImages.length]).toEqual([
      10000,
      10000,
      10000 * 784,
    ]);
    expect([first.trainLabels[0], first.testLabels[0], first.testLabels[9999]]).toEqual([5, 7, 6]);
    const all = await s.all;
    expect([all.nTrain, all.trainImages.length, all.trainLabels[59999]]).toEqual([
      60000,
      60000 * 784,
      8,
    ]);
    expect(sizes).toEqual([10000, 20000, 30000, 40000, 50000, 60000]);
    expect(s.latest()).toBe(all);
    // snapshots share one buffer: the first one's digits are the first 10,000 of the whole set
    expect(first.trainImages.buffer).toBe(all.trainImages.buffer);
    expect(progress.at(-1)).toEqual({
      bytesLoaded: m.bytesTotal,
      bytesTotal: m.bytesTotal,
      digitsLoaded: 70000,
      digitsTotal: 70000,
    });
    for (let i = 1; i < progress.length; i++) {
      expect(progress[i].bytesLoaded).toBeGreaterThanOrEqual(progress[i - 1].bytesLoaded);
      expect(progress[i].digitsLoaded).toBeGreaterThanOrEqual(progress[i - 1].digitsLoaded);
    }
    // one download, shared: loadMnist() and a later stream get the same data at once
    expect(await loadMnist()).toBe(all);
    const late: MnistProgress[] = [];
    const again = loadMnistStream({ onProgress: (p) => late.push(p) });
    expect(await again.all).toBe(all);
    expect(late[0]).toEqual(progress.at(-1));
    again.off();
    s.off();
  }, 60_000);
});

/** A source over the real files that records requests and can break one chunk. */
function fakeSource(o: { breakFile?: string; broken?: Uint8Array; plain?: boolean } = {}) {
  const m = readMnistManifest();
  const asked: string[] = [];
  const src: MnistSource = {
    manifest: async () => structuredClone(m),
    async chunk(e: MnistChunkEntry, onBytes) {
      asked.push(e.file);
      await new Promise((r) => setTimeout(r, 1));
      if (e.file === o.breakFile) {
        if (!o.broken) throw new Error('네트워크 끊김');
        return o.broken;
      }
      const gz = readFileSync(resolve(MNIST_DIR, e.file));
      onBytes(gz.length);
      return o.plain ? gunzipNode(gz) : new Uint8Array(gz);
    },
  };
  return { src, asked };
}
const gunzipNode = (b: Uint8Array) => new Uint8Array(gunzipSync(b));

describe('loadMnistStream failures and fallbacks', () => {
  it('asks for the test chunk and the first training chunk first, then in order', async () => {
    const { src, asked } = fakeSource({ plain: true }); // e.g. a server that already gunzipped
    setMnistSource(src);
    const d = await loadMnistStream().all;
    expect(d.nTrain).toBe(60000);
    expect(asked.slice(0, 2).sort()).toEqual(['mnist-test-0.bin', 'mnist-train-0.bin']);
    expect(asked.slice(2)).toEqual([1, 2, 3, 4, 5].map((k) => `mnist-train-${k}.bin`));
  }, 60_000);

  it('a chunk that fails later: first still resolves, all rejects, the next call retries', async () => {
    const { src } = fakeSource({ breakFile: 'mnist-train-3.bin' });
    setMnistSource(src);
    const s = loadMnistStream();
    expect((await s.first).nTrain).toBe(10000);
    await expect(s.all).rejects.toThrow(/네트워크 끊김/);
    expect(s.latest()?.nTrain).toBe(30000);
    const { src: good, asked } = fakeSource();
    setMnistSource(good);
    expect((await loadMnist()).nTrain).toBe(60000);
    expect(asked).toHaveLength(7);
  }, 60_000);

  it('corrupt chunks are reported by file name', async () => {
    const truncated = new Uint8Array(readFileSync(resolve(MNIST_DIR, 'mnist-test-0.bin'))).subarray(
      0,
      1000,
    );
    setMnistSource(fakeSource({ breakFile: 'mnist-test-0.bin', broken: truncated }).src);
    await expect(loadMnistStream().first).rejects.toThrow(
      /mnist-test-0\.bin: gzip 압축을 풀 수 없어요/,
    );
    const other = new Uint8Array(readFileSync(resolve(MNIST_DIR, 'mnist-train-1.bin')));
    setMnistSource(fakeSource({ breakFile: 'mnist-train-0.bin', broken: other }).src);
    await expect(loadMnist()).rejects.toThrow(/mnist-train-0\.bin: 목록과 다른 조각/);
    setMnistSource(
      fakeSource({ breakFile: 'mnist-train-2.bin', broken: gzipSync(Uint8Array.of(1, 2, 3)) }).src,
    );
    await expect(loadMnist()).rejects.toThrow(/MNCK/);
  }, 60_000);

  it('a bad manifest is rejected with what is wrong', async () => {
    const bad = (patch: object) => {
      const m = readMnistManifest();
      setMnistSource({
        manifest: async () => ({ ...m, ...patch }),
        chunk: async () => new Uint8Array(),
      });
      return loadMnist();
    };
    await expect(bad({ format: 'XYZ' })).rejects.toThrow(/mnist\.json.*형식/);
    await expect(bad({ version: 9 })).rejects.toThrow(/버전이에요: 9/);
    await expect(bad({ bytesTotal: 1 })).rejects.toThrow(/전체 크기\(1 바이트\)/);
    await expect(bad({ train: 50000 })).rejects.toThrow(
      /훈련 60000, 시험 10000\)가 목록에 적힌 개수\(훈련 50000/,
    );
  });
});
