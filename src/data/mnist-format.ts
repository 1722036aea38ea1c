// The prepared MNIST files (written by scripts/prepare-mnist.mjs, which documents the layout):
// public/data/mnist.json, the manifest, and gzip chunks of 10,000 digits each, every one a
// 24-byte header ('MNCK', version, set, index, count, start, rows, cols, set size) followed by
// uint8 pixels and uint8 labels.

export interface MnistData {
  /** training images, nTrain·rows·cols pixels 0..255, row-major */
  trainImages: Uint8Array;
  /** training labels 0..9 */
  trainLabels: Uint8Array;
  testImages: Uint8Array;
  testLabels: Uint8Array;
  nTrain: number;
  nTest: number;
  rows: number;
  cols: number;
  /** where it came from: 'bundled' (the prepared official MNIST) or 'idx' (files the reader picked) */
  source: 'bundled' | 'idx';
}

export type MnistSet = 'train' | 'test';

export interface MnistChunkEntry {
  /** file name, relative to the manifest (e.g. 'mnist-train-0.bin') */
  file: string;
  set: MnistSet;
  /** chunk index within its set */
  index: number;
  /** index of the chunk's first digit within its set */
  start: number;
  /** digits in the chunk */
  count: number;
  /** compressed size of the file in bytes */
  bytes: number;
}

export interface MnistManifest {
  format: 'MNCK';
  version: number;
  source: string;
  rows: number;
  cols: number;
  /** digits in the training / test set (60,000 / 10,000) */
  train: number;
  test: number;
  /** compressed bytes of all chunks */
  bytesTotal: number;
  /** in load order: the test chunk, then the training chunks in order */
  chunks: MnistChunkEntry[];
}

export const CHUNK_VERSION = 1;
export const CHUNK_HEADER_BYTES = 24;

export interface MnistChunk {
  set: MnistSet;
  index: number;
  start: number;
  count: number;
  rows: number;
  cols: number;
  /** digits in the whole set */
  total: number;
  /** count·rows·cols pixels (a view into the chunk's bytes) */
  images: Uint8Array;
  labels: Uint8Array;
}

const isInt = (v: unknown, min = 0): v is number => Number.isInteger(v) && (v as number) >= min;

/** Checks a parsed manifest (from JSON) and returns it typed; a clear Korean error otherwise. */
export function checkManifest(m: unknown): MnistManifest {
  const bad = (what: string) => new Error(`MNIST 목록 파일(mnist.json)이 올바르지 않아요: ${what}`);
  if (typeof m !== 'object' || m === null) throw bad('JSON 객체가 아니에요.');
  const o = m as Partial<MnistManifest>;
  if (o.format !== 'MNCK') throw bad(`형식이 MNCK가 아니에요 ('${String(o.format)}').`);
  if (o.version !== CHUNK_VERSION)
    throw bad(`읽을 수 없는 버전이에요: ${String(o.version)} (이 코드는 버전 ${CHUNK_VERSION}).`);
  if (!isInt(o.rows, 1) || !isInt(o.cols, 1) || !isInt(o.train, 1) || !isInt(o.test, 1))
    throw bad('rows, cols, train, test는 양의 정수여야 해요.');
  if (!Array.isArray(o.chunks) || o.chunks.length === 0) throw bad('chunks 목록이 없어요.');
  const seen = { train: 0, test: 0 };
  for (const c of o.chunks as Partial<MnistChunkEntry>[]) {
    if (typeof c.file !== 'string' || !/^[\w.-]+$/.test(c.file))
      throw bad(`파일 이름이 올바르지 않아요: '${String(c.file)}'.`);
    if (c.set !== 'train' && c.set !== 'test') throw bad(`${c.file}: set이 train/test가 아니에요.`);
    if (!isInt(c.index) || !isInt(c.count, 1) || !isInt(c.bytes, 1) || c.start !== seen[c.set])
      throw bad(`${c.file}: index, start, count, bytes가 맞지 않아요 (조각이 순서대로여야 해요).`);
    seen[c.set] += c.count;
  }
  if (seen.train !== o.train || seen.test !== o.test)
    throw bad(
      `조각들의 숫자 개수(훈련 ${seen.train}, 시험 ${seen.test})가 목록에 적힌 개수(훈련 ${o.train}, 시험 ${o.test})와 달라요.`,
    );
  const total = o.chunks.reduce((a, c) => a + c.bytes, 0);
  if (o.bytesTotal !== total)
    throw bad(`전체 크기(${o.bytesTotal} 바이트)가 조각 크기의 합(${total} 바이트)과 달라요.`);
  return o as MnistManifest;
}

/** Parses one decompressed chunk; with `entry`, also checks it is the chunk the manifest names. */
export function parseMnistChunk(b: Uint8Array, entry?: MnistChunkEntry): MnistChunk {
  const name = entry?.file ?? 'MNIST 조각';
  if (b.length < CHUNK_HEADER_BYTES || String.fromCharCode(...b.subarray(0, 4)) !== 'MNCK')
    throw new Error(`${name}: MNIST 조각 파일이 아니에요 (MNCK 머리글이 없어요).`);
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const version = v.getUint16(4, true);
  if (version !== CHUNK_VERSION)
    throw new Error(
      `${name}: 읽을 수 없는 조각 형식 버전이에요: ${version} (이 코드는 버전 ${CHUNK_VERSION}).`,
    );
  const setByte = v.getUint8(6);
  if (setByte > 1) throw new Error(`${name}: 알 수 없는 데이터 종류 ${setByte} (0 훈련, 1 시험).`);
  const c = {
    set: setByte === 0 ? 'train' : 'test',
    index: v.getUint8(7),
    count: v.getUint32(8, true),
    start: v.getUint32(12, true),
    rows: v.getUint16(16, true),
    cols: v.getUint16(18, true),
    total: v.getUint32(20, true),
  } as const;
  const px = c.count * c.rows * c.cols;
  if (b.length !== CHUNK_HEADER_BYTES + px + c.count)
    throw new Error(
      `${name}: 크기가 맞지 않아요 (머리글대로면 ${CHUNK_HEADER_BYTES + px + c.count} 바이트, 실제 ${b.length} 바이트). 파일이 잘렸을 수 있어요.`,
    );
  if (
    entry &&
    (entry.set !== c.set ||
      entry.index !== c.index ||
      entry.start !== c.start ||
      entry.count !== c.count)
  )
    throw new Error(
      `${name}: 목록과 다른 조각이에요 (목록 ${entry.set} ${entry.index}번 ${entry.start}부터 ${entry.count}개, 파일 ${c.set} ${c.index}번 ${c.start}부터 ${c.count}개).`,
    );
  const labels = b.subarray(CHUNK_HEADER_BYTES + px);
  if (labels.some((l) => l > 9)) throw new Error(`${name}: 레이블은 0에서 9 사이여야 해요.`);
  return { ...c, images: b.subarray(CHUNK_HEADER_BYTES, CHUNK_HEADER_BYTES + px), labels };
}
