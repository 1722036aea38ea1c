// Node only (unit tests, benchmarks): the prepared MNIST chunks read from public/data, built
// first with scripts/prepare-mnist.mjs when any file is missing or has the wrong size.
//   loadMnistNode()                  the whole official set (60,000 + 10,000), cached
//   loadMnistNode({ trainChunks: 1 }) the test set and only the first 10,000 training digits
//   useNodeMnist()                   makes loadMnist() / loadMnistStream() read the same files
// Memory: the uint8 pixels are 47 MB (train) + 7.8 MB (test); normalized() of all training
// images is a further 188 MB Float32Array — ask for fewer chunks where a test needs few digits.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import {
  checkManifest,
  parseMnistChunk,
  setMnistSource,
  type MnistData,
  type MnistManifest,
  type MnistSource,
} from './mnist';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** public/data: mnist.json and the chunks */
export const MNIST_DIR = resolve(root, 'public/data');
const manifestPath = resolve(MNIST_DIR, 'mnist.json');

function complete(): boolean {
  if (!existsSync(manifestPath)) return false;
  try {
    const m = checkManifest(JSON.parse(readFileSync(manifestPath, 'utf8')));
    return m.chunks.every((c) => {
      const f = resolve(MNIST_DIR, c.file);
      return existsSync(f) && statSync(f).size === c.bytes;
    });
  } catch {
    return false;
  }
}

/** The manifest, building the files first when they are missing. */
export function readMnistManifest(): MnistManifest {
  if (!complete()) {
    try {
      execFileSync(process.execPath, [resolve(root, 'scripts/prepare-mnist.mjs')], {
        stdio: 'pipe',
      });
    } catch (e) {
      const err = (e as { stderr?: Buffer }).stderr?.toString().trim();
      throw new Error(`MNIST 파일을 준비하지 못했습니다: ${err || (e as Error).message}`, {
        cause: e,
      });
    }
  }
  return checkManifest(JSON.parse(readFileSync(manifestPath, 'utf8')));
}

/** The loader's source on disk: the files as the browser would fetch them, gunzipped by zlib. */
export const nodeMnistSource: MnistSource = {
  manifest: async () => readMnistManifest(),
  async chunk(entry, onBytes) {
    const gz = readFileSync(resolve(MNIST_DIR, entry.file));
    onBytes(gz.length);
    return gunzipSync(gz);
  },
};

const cache = new Map<number, MnistData>();

/** The test set and the first `trainChunks` training chunks (default: all six), decoded once. */
export async function loadMnistNode(o: { trainChunks?: number } = {}): Promise<MnistData> {
  const m = readMnistManifest();
  const trains = m.chunks.filter((c) => c.set === 'train');
  const k = Math.max(1, Math.min(o.trainChunks ?? trains.length, trains.length));
  const hit = cache.get(k);
  if (hit) return hit;
  const read = (set: 'train' | 'test', entries: typeof trains) => {
    const n = entries.reduce((a, c) => a + c.count, 0);
    const px = m.rows * m.cols;
    const images = new Uint8Array(n * px);
    const labels = new Uint8Array(n);
    for (const e of entries) {
      const c = parseMnistChunk(gunzipSync(readFileSync(resolve(MNIST_DIR, e.file))), e);
      if (c.set !== set || c.rows !== m.rows || c.cols !== m.cols)
        throw new Error(`${e.file}: 목록과 다른 조각입니다.`);
      images.set(c.images, c.start * px);
      labels.set(c.labels, c.start);
    }
    return { images, labels, n };
  };
  const train = read('train', trains.slice(0, k));
  const test = read(
    'test',
    m.chunks.filter((c) => c.set === 'test'),
  );
  const d: MnistData = {
    trainImages: train.images,
    trainLabels: train.labels,
    testImages: test.images,
    testLabels: test.labels,
    nTrain: train.n,
    nTest: test.n,
    rows: m.rows,
    cols: m.cols,
    source: 'bundled',
  };
  cache.set(k, d);
  return d;
}

/** Makes loadMnist() / loadMnistStream() (and so trainNet) read the prepared files from disk. */
export function useNodeMnist(): void {
  setMnistSource(nodeMnistSource);
}
