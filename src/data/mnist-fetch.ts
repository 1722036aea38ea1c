// Where the prepared MNIST files come from: a source gives the manifest and each chunk's bytes.
// In the browser they are fetched from public/data (relative to the site's base URL), counting
// bytes as they arrive; Node reads them from disk (mnist-node.ts).
import { fetchFile, readBody } from './fetch-file';
import type { MnistChunkEntry } from './mnist-format';

/** Where the prepared files come from: fetch in the browser, the disk in Node. */
export interface MnistSource {
  /** the parsed mnist.json (checked by the loader) */
  manifest(): Promise<unknown>;
  /** one chunk's bytes, gzip or already decompressed; onBytes(received so far) as they arrive */
  chunk(entry: MnistChunkEntry, onBytes: (loaded: number) => void): Promise<Uint8Array>;
}

const baseUrl = () => `${import.meta.env?.BASE_URL ?? '/'}data/`;

const get = (file: string) => fetchFile(baseUrl() + file, `MNIST 데이터(${file})를`);

/** In the browser: fetch relative to the site's base URL, counting bytes as they arrive. */
export const browserSource: MnistSource = {
  manifest: async () => (await get('mnist.json')).json(),
  async chunk(entry, onBytes) {
    return readBody(await get(entry.file), onBytes);
  },
};
