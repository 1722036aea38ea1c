// Node only (unit tests, benchmarks): loadMnist() reads public/data/mnist.bin, building it
// first with the build script when it is missing.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseMnistBin, setMnistLoader, type MnistData } from './mnist';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export async function loadMnistNode(): Promise<MnistData> {
  const file = resolve(root, 'public/data/mnist.bin');
  if (!existsSync(file))
    execFileSync(process.execPath, [resolve(root, 'scripts/prepare-mnist.mjs')], {
      stdio: 'ignore',
    });
  return parseMnistBin(new Uint8Array(readFileSync(file)));
}

/** Makes loadMnist() (and trainNet) read the bundled file from disk. */
export function useNodeMnist(): void {
  setMnistLoader(loadMnistNode);
}
