// Where the prepared MNIST files come from: a source gives the manifest and each chunk's bytes.
// In the browser they are fetched from public/data (relative to the site's base URL), counting
// bytes as they arrive; Node reads them from disk (mnist-node.ts).
import type { MnistChunkEntry } from './mnist-format';

/** Where the prepared files come from: fetch in the browser, the disk in Node. */
export interface MnistSource {
  /** the parsed mnist.json (checked by the loader) */
  manifest(): Promise<unknown>;
  /** one chunk's bytes, gzip or already decompressed; onBytes(received so far) as they arrive */
  chunk(entry: MnistChunkEntry, onBytes: (loaded: number) => void): Promise<Uint8Array>;
}

const baseUrl = () => `${import.meta.env?.BASE_URL ?? '/'}data/`;

async function get(file: string): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(baseUrl() + file);
  } catch (e) {
    throw new Error(
      `MNIST 데이터(${file})를 받지 못했어요: ${e instanceof Error ? e.message : String(e)}`,
      { cause: e },
    );
  }
  if (!res.ok)
    throw new Error(`MNIST 데이터(${file})를 불러오지 못했어요 (${res.status} ${res.statusText}).`);
  return res;
}

/** In the browser: fetch relative to the site's base URL, counting bytes as they arrive. */
export const browserSource: MnistSource = {
  manifest: async () => (await get('mnist.json')).json(),
  async chunk(entry, onBytes) {
    const res = await get(entry.file);
    if (!res.body) return new Uint8Array(await res.arrayBuffer());
    const reader = res.body.getReader();
    const parts: Uint8Array[] = [];
    let n = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parts.push(value);
      n += value.length;
      onBytes(n);
    }
    const out = new Uint8Array(n);
    let o = 0;
    for (const p of parts) {
      out.set(p, o);
      o += p.length;
    }
    return out;
  },
};
