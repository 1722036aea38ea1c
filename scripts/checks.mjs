// `npm test`'s static checks — ESLint (with the layer rules), prettier and tsc — run side by side
// (each is single-threaded; one after another they took ~1 min of the 15 here). Each one's
// output is printed whole once it ends; the exit status is non-zero if any of them failed.
import { spawn } from 'node:child_process';

const CHECKS = [
  ['lint', 'eslint', ['.']],
  ['format', 'prettier', ['--check', '.']],
  ['types', 'tsc', ['-b', '--noEmit']],
];

const results = await Promise.all(
  CHECKS.map(
    ([name, bin, args]) =>
      new Promise((resolve) => {
        const started = Date.now();
        const child = spawn('npx', ['--no-install', bin, ...args], {
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let out = '';
        child.stdout.on('data', (d) => (out += d));
        child.stderr.on('data', (d) => (out += d));
        child.on('close', (code) => {
          const s = ((Date.now() - started) / 1000).toFixed(1);
          process.stdout.write(
            `\n── ${name} (${bin} ${args.join(' ')}): ${code === 0 ? 'ok' : `failed (${code})`}, ${s} s\n${out}`,
          );
          resolve(code === 0);
        });
      }),
  ),
);
process.exit(results.every(Boolean) ? 0 : 1);
