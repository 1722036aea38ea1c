// The book's own trained networks as the site ships them (public/models/, copied from the book's
// repository with its MIT notice): `<name>.bin` holds little-endian float32 numbers, `<name>.json`
// lists the tensors in it (name, shape as in the book, offset in bytes, length in floats) and
// the file's sha256. This module reads and checks that pair; it knows nothing of the engine.
//
//   const w = await loadBookWeights('ch3-sample-weight', { onBytes: (n, total) => … });
//   w.get('W1')  // { name: 'W1', shape: [784, 50], data: Float32Array(39200) }
import { fetchFile, readBody } from './fetch-file';

export interface BookTensorEntry {
  name: string;
  shape: number[];
  /** byte offset in the .bin */
  offset: number;
  /** number of floats */
  length: number;
}

export interface BookWeightsManifest {
  source: string;
  dtype: string;
  /** size of the .bin in bytes */
  bytes: number;
  /** hex sha256 of the .bin */
  sha256: string;
  tensors: BookTensorEntry[];
}

export interface BookTensor {
  name: string;
  shape: number[];
  data: Float32Array;
}

/** Where the pair of files comes from: fetch in the browser; tests read them from disk. */
export interface BookWeightsSource {
  manifest(name: string): Promise<unknown>;
  /** the .bin's bytes; onBytes(received, total) as they arrive (total 0 when unknown) */
  bin(name: string, onBytes?: (received: number, total: number) => void): Promise<Uint8Array>;
}

const isCount = (v: unknown, min = 0): v is number => Number.isInteger(v) && (v as number) >= min;

/** Checks a parsed manifest (from JSON) and returns it typed; a clear Korean error otherwise. */
export function checkWeightsManifest(m: unknown, file = '가중치 목록'): BookWeightsManifest {
  const bad = (what: string) => new Error(`${file}이 올바르지 않아요: ${what}`);
  if (typeof m !== 'object' || m === null) throw bad('JSON 객체가 아니에요.');
  const o = m as Partial<BookWeightsManifest>;
  if (o.dtype !== 'float32 little-endian')
    throw bad(`자료형이 float32 little-endian이 아니에요 ('${String(o.dtype)}').`);
  if (!isCount(o.bytes, 1) || o.bytes % 4 !== 0)
    throw bad('bytes는 4의 배수인 양의 정수여야 해요.');
  if (typeof o.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(o.sha256))
    throw bad('sha256이 64자리 16진수가 아니에요.');
  if (!Array.isArray(o.tensors) || o.tensors.length === 0) throw bad('tensors 목록이 없어요.');
  for (const t of o.tensors as Partial<BookTensorEntry>[]) {
    const name = String(t.name);
    if (typeof t.name !== 'string' || t.name === '') throw bad('이름 없는 텐서가 있어요.');
    if (!Array.isArray(t.shape) || !t.shape.every((d) => isCount(d, 1)))
      throw bad(`${name}: 모양이 올바르지 않아요.`);
    if (!isCount(t.offset) || t.offset % 4 !== 0 || !isCount(t.length, 1))
      throw bad(`${name}: offset 또는 length가 올바르지 않아요.`);
    if (t.shape.reduce((a, b) => a * b, 1) !== t.length)
      throw bad(`${name}: 모양 (${t.shape.join(', ')})과 길이 ${t.length}가 맞지 않아요.`);
    if (t.offset + t.length * 4 > o.bytes) throw bad(`${name}: 파일 끝을 넘어가요.`);
  }
  return o as BookWeightsManifest;
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The tensors of a checked manifest, read from the .bin's bytes (little-endian on any host);
 * the size and the sha256 must match the manifest.
 */
export async function parseBookWeights(
  manifest: BookWeightsManifest,
  bin: Uint8Array,
  file = '가중치 파일',
): Promise<Map<string, BookTensor>> {
  if (bin.length !== manifest.bytes)
    throw new Error(
      `${file}의 크기가 ${bin.length} 바이트예요 (${manifest.bytes} 바이트여야 해요). 파일이 잘렸을 수 있어요.`,
    );
  if ((await sha256Hex(bin)) !== manifest.sha256)
    throw new Error(`${file}의 sha256이 목록과 달라요: 손상되었거나 다른 파일이에요.`);
  const view = new DataView(bin.buffer, bin.byteOffset, bin.byteLength);
  const out = new Map<string, BookTensor>();
  for (const t of manifest.tensors) {
    const data = new Float32Array(t.length);
    for (let i = 0; i < t.length; i++) data[i] = view.getFloat32(t.offset + 4 * i, true);
    out.set(t.name, { name: t.name, shape: [...t.shape], data });
  }
  return out;
}

const modelsUrl = () => `${import.meta.env?.BASE_URL ?? '/'}models/`;

const get = (file: string) => fetchFile(modelsUrl() + file, `가중치 파일(${file})을`);

/** In the browser: public/models/ relative to the site's base URL, counting bytes as they arrive. */
export const browserWeightsSource: BookWeightsSource = {
  async manifest(name) {
    const res = await get(`${name}.json`);
    try {
      return await res.json();
    } catch {
      throw new Error(`가중치 목록(${name}.json)이 JSON이 아니에요.`);
    }
  },
  async bin(name, onBytes) {
    const res = await get(`${name}.bin`);
    const total = Number(res.headers.get('content-length') ?? 0) || 0;
    return readBody(res, (n) => onBytes?.(n, total));
  },
};

/** Loads and checks `<name>.json` + `<name>.bin` from `source` (default: the site's public/models). */
export async function loadBookWeights(
  name: string,
  o: {
    source?: BookWeightsSource;
    onBytes?: (received: number, total: number) => void;
  } = {},
): Promise<Map<string, BookTensor>> {
  const source = o.source ?? browserWeightsSource;
  const manifest = checkWeightsManifest(await source.manifest(name), `가중치 목록(${name}.json)`);
  const bin = await source.bin(name, (n, total) => o.onBytes?.(n, total || manifest.bytes));
  return parseBookWeights(manifest, bin, `가중치 파일(${name}.bin)`);
}
