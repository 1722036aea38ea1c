// The prepared chunk format (parseMnistChunk) and its manifest (checkManifest): round trip with
// the build script's encoder, and the messages for damaged files.
import { describe, expect, it } from 'vitest';
import { checkManifest, parseMnistChunk, type MnistChunkEntry } from '../../../src/data/mnist';
// @ts-expect-error: a plain .mjs build script without types
import { encodeChunk } from '../../../scripts/prepare-mnist.mjs';

const px = Uint8Array.from({ length: 3 * 2 * 2 }, (_, i) => i * 20);
const lb = Uint8Array.of(4, 0, 9);
const chunk = (o: object = {}): Uint8Array =>
  encodeChunk({
    set: 'train',
    index: 1,
    start: 1,
    count: 2,
    total: 3,
    rows: 2,
    cols: 2,
    px,
    lb,
    ...o,
  });
const entry: MnistChunkEntry = {
  file: 'mnist-train-1.bin',
  set: 'train',
  index: 1,
  start: 1,
  count: 2,
  bytes: 99,
};

describe('MNIST chunks', () => {
  it("decodes the build script's encoding", () => {
    const c = parseMnistChunk(chunk(), entry);
    expect([c.set, c.index, c.start, c.count, c.rows, c.cols, c.total]).toEqual([
      'train',
      1,
      1,
      2,
      2,
      2,
      3,
    ]);
    expect(Array.from(c.images)).toEqual(Array.from(px.subarray(4)));
    expect(Array.from(c.labels)).toEqual([0, 9]);
  });

  it('rejects what is not a chunk, a cut chunk, another chunk, bad labels', () => {
    expect(() => parseMnistChunk(Uint8Array.of(1, 2, 3))).toThrow(/MNCK 머리글이 없어요/);
    const b = chunk();
    expect(() => parseMnistChunk(b.subarray(0, b.length - 1), entry)).toThrow(
      /mnist-train-1\.bin: 크기가 맞지 않아요/,
    );
    expect(() => parseMnistChunk(chunk({ index: 2 }), entry)).toThrow(/목록과 다른 조각/);
    const v2 = chunk();
    v2[4] = 2;
    expect(() => parseMnistChunk(v2)).toThrow(/조각 형식 버전이에요: 2/);
    const badLabel = chunk();
    badLabel[badLabel.length - 1] = 10;
    expect(() => parseMnistChunk(badLabel)).toThrow(/0에서 9/);
  });
});

describe('MNIST manifest', () => {
  const good = {
    format: 'MNCK',
    version: 1,
    source: 'test',
    rows: 28,
    cols: 28,
    train: 3,
    test: 1,
    bytesTotal: 30,
    chunks: [
      { file: 't.bin', set: 'test', index: 0, start: 0, count: 1, bytes: 10 },
      { file: 'a.bin', set: 'train', index: 0, start: 0, count: 2, bytes: 10 },
      { file: 'b.bin', set: 'train', index: 1, start: 2, count: 1, bytes: 10 },
    ],
  };
  it('accepts a consistent one, rejects the rest', () => {
    expect(checkManifest(good).chunks).toHaveLength(3);
    expect(() => checkManifest(null)).toThrow(/JSON 객체가 아니에요/);
    expect(() => checkManifest({ ...good, chunks: [] })).toThrow(/chunks 목록이 없어요/);
    const swapped = { ...good, chunks: [good.chunks[0], good.chunks[2], good.chunks[1]] };
    expect(() => checkManifest(swapped)).toThrow(/b\.bin: .*순서대로/);
    const escape = {
      ...good,
      chunks: [{ ...good.chunks[0], file: '../x' }, ...good.chunks.slice(1)],
    };
    expect(() => checkManifest(escape)).toThrow(/파일 이름이 올바르지 않아요/);
  });
});
