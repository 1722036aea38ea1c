// The original idx(.gz) files of MNIST or Fashion-MNIST that a reader picks (60,000 + 10,000):
// parsed and checked, with a clear Korean message for every way a file can be wrong.
import type { MnistData } from './mnist-format';

/** gunzip with the platform's DecompressionStream (browsers and Node ≥ 18). */
export async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Starts with gzip's magic bytes 1f 8b. */
export const isGzip = (b: Uint8Array): boolean => b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;

/** The magic numbers of MNIST's idx files: 0x00000803 (uint8, 3-D) and 0x00000801 (uint8, 1-D). */
export const IDX_IMAGES_MAGIC = 2051;
export const IDX_LABELS_MAGIC = 2049;

export interface IdxArray {
  /** sizes of each dimension, e.g. [60000, 28, 28] or [60000] */
  dims: number[];
  /** the unsigned bytes */
  data: Uint8Array;
}

type FileLike = ArrayBuffer | Uint8Array | Blob;

async function toBytes(x: FileLike): Promise<Uint8Array> {
  if (x instanceof Uint8Array) return x;
  if (x instanceof ArrayBuffer) return new Uint8Array(x);
  return new Uint8Array(await x.arrayBuffer());
}

const hex8 = (n: number) => `0x${n.toString(16).padStart(8, '0')}`;
const magicName = (m: number) =>
  m === IDX_IMAGES_MAGIC ? '이미지' : m === IDX_LABELS_MAGIC ? '레이블' : 'idx';

/**
 * Parses one idx file (gzip-compressed or not): magic 0x00 0x00 0x08 ndims, then ndims
 * big-endian uint32 sizes, then the unsigned bytes. With `magic` (2051 images, 2049 labels) the
 * file must have exactly that magic number. Malformed files get a Korean message.
 */
export async function parseIdx(buffer: FileLike, name = '파일', magic?: number): Promise<IdxArray> {
  let b = await toBytes(buffer);
  if (isGzip(b)) {
    try {
      b = await gunzip(b);
    } catch {
      throw new Error(`${name}: gzip 압축을 풀 수 없어요 (파일이 잘렸거나 손상됐어요).`);
    }
  }
  if (b.length < 4)
    throw new Error(
      `${name}: 파일이 ${b.length}바이트뿐이라 idx 머리글(매직 넘버 4바이트)도 없어요.`,
    );
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const got = view.getUint32(0, false);
  const expected = (m: number) => `${magicName(m)} 파일의 매직 넘버는 ${m}(${hex8(m)})이어야 해요`;
  if (b[0] !== 0 || b[1] !== 0)
    throw new Error(
      `${name}: idx 파일이 아니에요. 첫 네 바이트(매직 넘버)가 ${hex8(got)}인데, idx 파일은 0x0000…으로 시작하고 이 파일은 gzip 파일(1f 8b로 시작)도 아니에요.${magic === undefined ? '' : ` ${expected(magic)}.`}`,
    );
  if (b[2] !== 0x08)
    throw new Error(
      `${name}: 부호 없는 바이트(0x08) 자료만 읽을 수 있어요 (받은 형식 0x${b[2].toString(16)}, 매직 넘버 ${hex8(got)}).`,
    );
  if (magic !== undefined && got !== magic)
    throw new Error(
      `${name}: 매직 넘버가 ${got}(${hex8(got)})인데, ${expected(magic)}. 이미지 파일과 레이블 파일을 바꿔 고르지 않았는지 확인해 보세요.`,
    );
  const ndims = b[3];
  if (ndims < 1 || ndims > 3 || b.length < 4 + 4 * ndims)
    throw new Error(`${name}: 차원 수(${ndims})가 올바르지 않거나 머리글이 잘렸어요.`);
  const dims = Array.from({ length: ndims }, (_, i) => view.getUint32(4 + 4 * i, false));
  const size = dims.reduce((a, d) => a * d, 1);
  const start = 4 + 4 * ndims;
  const actual = b.length - start;
  if (actual !== size) {
    throw new Error(
      `${name}: 크기가 맞지 않아요. 머리글대로면 [${dims.join('×')}] = ${size} 바이트인데 실제로는 ${actual} 바이트예요 (${actual < size ? '파일이 잘렸어요' : '남는 바이트가 있어요'}).`,
    );
  }
  return { dims, data: b.subarray(start) };
}

/** An images file and its labels file: checks magic numbers, sizes, matching counts, labels 0..9. */
export async function loadIdxPair(
  imagesFile: FileLike,
  labelsFile: FileLike,
): Promise<{ images: Uint8Array; labels: Uint8Array; n: number; rows: number; cols: number }> {
  const images = await parseIdx(imagesFile, '이미지 파일', IDX_IMAGES_MAGIC);
  const labels = await parseIdx(labelsFile, '레이블 파일', IDX_LABELS_MAGIC);
  const [n, rows, cols] = images.dims;
  if (labels.dims[0] !== n)
    throw new Error(
      `이미지 ${n}개와 레이블 ${labels.dims[0]}개: 개수가 달라요 (같은 묶음의 두 파일인지 확인해 보세요).`,
    );
  const bad = labels.data.findIndex((l) => l > 9);
  if (bad >= 0)
    throw new Error(`레이블은 0에서 9 사이여야 해요 (${bad}번째 레이블이 ${labels.data[bad]}).`);
  return { images: images.data, labels: labels.data, n, rows, cols };
}

/** A full dataset from the four idx files of MNIST or Fashion-MNIST. */
export async function loadIdxDataset(files: {
  trainImages: FileLike;
  trainLabels: FileLike;
  testImages: FileLike;
  testLabels: FileLike;
}): Promise<MnistData> {
  const train = await loadIdxPair(files.trainImages, files.trainLabels);
  const test = await loadIdxPair(files.testImages, files.testLabels);
  if (train.rows !== test.rows || train.cols !== test.cols) {
    throw new Error(
      `훈련 이미지(${train.rows}×${train.cols})와 시험 이미지(${test.rows}×${test.cols})의 크기가 달라요.`,
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
