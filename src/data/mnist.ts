// MNIST for the browser and for Node: the bundled 10,000 digits (public/data/mnist.bin, made by
// scripts/prepare-mnist.mjs: a fixed, stratified, seeded 8,000/2,000 split) and, from a file
// picker, the original idx(.gz) files of MNIST or Fashion-MNIST (60,000 + 10,000).

export interface MnistData {
  /** training images, n·rows·cols pixels 0..255, row-major */
  trainImages: Uint8Array;
  /** training labels 0..9 */
  trainLabels: Uint8Array;
  testImages: Uint8Array;
  testLabels: Uint8Array;
  nTrain: number;
  nTest: number;
  rows: number;
  cols: number;
  /** where it came from: 'bundled' (the mnist package) or 'idx' (files the reader picked) */
  source: 'bundled' | 'idx';
}

/** gunzip with the platform's DecompressionStream (browsers and Node ≥ 18). */
export async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const isGzip = (b: Uint8Array) => b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;

/** Parses the bundled file (gzip of 'MNB1' + header + pixels + labels; see the build script). */
export async function parseMnistBin(raw: Uint8Array): Promise<MnistData> {
  const b = isGzip(raw) ? await gunzip(raw) : raw;
  const magic = String.fromCharCode(...b.subarray(0, 4));
  if (magic !== 'MNB1')
    throw new Error('MNIST 데이터 파일 형식이 아닙니다 (MNB1 머리글이 없습니다).');
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const [nTrain, nTest, rows, cols] = [4, 8, 12, 16].map((o) => view.getUint32(o, true));
  const px = rows * cols;
  if (b.length !== 20 + (nTrain + nTest) * (px + 1))
    throw new Error('MNIST 데이터 파일이 잘렸거나 크기가 맞지 않습니다.');
  let o = 20;
  const take = (n: number) => b.subarray(o, (o += n));
  return {
    trainImages: take(nTrain * px),
    trainLabels: take(nTrain),
    testImages: take(nTest * px),
    testLabels: take(nTest),
    nTrain,
    nTest,
    rows,
    cols,
    source: 'bundled',
  };
}

type Loader = () => Promise<MnistData>;

/** In the browser: fetch the prepared file once (relative to the site's base URL). */
const browserLoader: Loader = async () => {
  const base = import.meta.env?.BASE_URL ?? '/';
  const res = await fetch(`${base}data/mnist.bin`);
  if (!res.ok)
    throw new Error(`MNIST 데이터를 불러오지 못했습니다 (${res.status} ${res.statusText}).`);
  return parseMnistBin(new Uint8Array(await res.arrayBuffer()));
};

let loader: Loader = browserLoader;
let loaded: Promise<MnistData> | null = null;

/** Replaces where loadMnist() reads from (Node: see mnist-node.ts). */
export function setMnistLoader(l: Loader): void {
  loader = l;
  loaded = null;
}

/** The bundled 8,000/2,000 MNIST split; loaded once and shared. */
export function loadMnist(): Promise<MnistData> {
  loaded ??= loader().catch((e) => {
    loaded = null;
    throw e;
  });
  return loaded;
}

const floats = new WeakMap<Uint8Array, Float32Array>();

/** Pixels scaled to [0, 1] (the book's normalize=True), computed once per image array. */
export function normalized(images: Uint8Array): Float32Array {
  let f = floats.get(images);
  if (!f) {
    f = new Float32Array(images.length);
    for (let i = 0; i < images.length; i++) f[i] = images[i] / 255;
    floats.set(images, f);
  }
  return f;
}

// --- the original idx files (file picker) ----------------------------------------------------

export interface IdxArray {
  /** sizes of each dimension, e.g. [60000, 28, 28] or [60000] */
  dims: number[];
  /** the unsigned bytes */
  data: Uint8Array;
}

async function toBytes(x: ArrayBuffer | Uint8Array | Blob): Promise<Uint8Array> {
  if (x instanceof Uint8Array) return x;
  if (x instanceof ArrayBuffer) return new Uint8Array(x);
  return new Uint8Array(await x.arrayBuffer());
}

/**
 * Parses one idx file (gzip-compressed or not): magic 0x00 0x00 0x08 ndims, then ndims
 * big-endian uint32 sizes, then the unsigned bytes. Malformed files get a Korean message.
 */
export async function parseIdx(
  buffer: ArrayBuffer | Uint8Array | Blob,
  name = '파일',
): Promise<IdxArray> {
  let b = await toBytes(buffer);
  if (isGzip(b)) {
    try {
      b = await gunzip(b);
    } catch {
      throw new Error(`${name}: gzip 압축을 풀 수 없습니다 (파일이 손상되었습니다).`);
    }
  }
  if (b.length < 4 || b[0] !== 0 || b[1] !== 0)
    throw new Error(`${name}: idx 형식이 아닙니다 (처음 두 바이트가 0이어야 합니다).`);
  if (b[2] !== 0x08)
    throw new Error(
      `${name}: 부호 없는 바이트(0x08) 자료만 읽을 수 있습니다 (받은 형식 0x${b[2].toString(16)}).`,
    );
  const ndims = b[3];
  if (ndims < 1 || ndims > 3 || b.length < 4 + 4 * ndims)
    throw new Error(`${name}: 차원 수(${ndims})가 올바르지 않습니다.`);
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const dims = Array.from({ length: ndims }, (_, i) => view.getUint32(4 + 4 * i, false));
  const size = dims.reduce((a, d) => a * d, 1);
  const start = 4 + 4 * ndims;
  if (b.length - start !== size) {
    throw new Error(
      `${name}: 머리글의 크기 [${dims.join('×')}] = ${size} 바이트와 실제 ${b.length - start} 바이트가 다릅니다.`,
    );
  }
  return { dims, data: b.subarray(start) };
}

/** An images file and its labels file: checks they match (same count, labels 0..9, 2-D images). */
export async function loadIdxPair(
  imagesFile: ArrayBuffer | Uint8Array | Blob,
  labelsFile: ArrayBuffer | Uint8Array | Blob,
): Promise<{ images: Uint8Array; labels: Uint8Array; n: number; rows: number; cols: number }> {
  const images = await parseIdx(imagesFile, '이미지 파일');
  const labels = await parseIdx(labelsFile, '레이블 파일');
  if (images.dims.length !== 3)
    throw new Error(`이미지 파일은 3차원(개수×행×열)이어야 합니다: [${images.dims.join('×')}]`);
  if (labels.dims.length !== 1)
    throw new Error(`레이블 파일은 1차원이어야 합니다: [${labels.dims.join('×')}]`);
  const [n, rows, cols] = images.dims;
  if (labels.dims[0] !== n)
    throw new Error(`이미지 ${n}개와 레이블 ${labels.dims[0]}개: 개수가 다릅니다.`);
  if (labels.data.some((l) => l > 9)) throw new Error('레이블은 0에서 9 사이여야 합니다.');
  return { images: images.data, labels: labels.data, n, rows, cols };
}

/** A full dataset from the four idx files of MNIST or Fashion-MNIST. */
export async function loadIdxDataset(files: {
  trainImages: ArrayBuffer | Uint8Array | Blob;
  trainLabels: ArrayBuffer | Uint8Array | Blob;
  testImages: ArrayBuffer | Uint8Array | Blob;
  testLabels: ArrayBuffer | Uint8Array | Blob;
}): Promise<MnistData> {
  const train = await loadIdxPair(files.trainImages, files.trainLabels);
  const test = await loadIdxPair(files.testImages, files.testLabels);
  if (train.rows !== test.rows || train.cols !== test.cols) {
    throw new Error(
      `학습 이미지(${train.rows}×${train.cols})와 시험 이미지(${test.rows}×${test.cols})의 크기가 다릅니다.`,
    );
  }
  return {
    trainImages: train.images,
    trainLabels: train.labels,
    testImages: test.images,
    testLabels: test.labels,
    nTrain: train.n,
    nTest: test.n,
    rows: train.rows,
    cols: train.cols,
    source: 'idx',
  };
}
