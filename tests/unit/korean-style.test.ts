// Two of the site's writing conventions that slipped before (stop 51's audit): a count of epochs
// is written with its number (100에폭, as the chapters do), in prose and in the UI; and a figure's
// caption, when it is a sentence, speaks in 해요체 like the rest of the page (no "…없다").
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { FIGURES } from '../../src/figures';

/** Files under `dir` (relative to the root) whose names match `ext`. */
const filesUnder = (dir: string, ext: RegExp): string[] =>
  readdirSync(resolve(dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => ext.test(f))
    .map((f) => join(dir, f));

/** Lines where a number (or a `${…}` / `{…}` holding one) stands apart from 에폭. */
function spacedEpochs(text: string): string[] {
  return text.split('\n').filter((line) => /[0-9}] 에폭/.test(line));
}

test('the check finds a spaced count and passes an attached one', () => {
  expect(spacedEpochs('책은 ${int(full)} 에폭을\n20에폭 뒤에\n한 에폭이')).toEqual([
    '책은 ${int(full)} 에폭을',
  ]);
});

test('epochs are counted with their number attached, in the chapters and in the UI', () => {
  const files = [...filesUnder('content', /\.md$/), ...filesUnder('src', /\.(ts|tsx)$/)];
  const found = files.flatMap((f) =>
    spacedEpochs(readFileSync(f, 'utf8')).map((l) => `${f}: ${l.trim()}`),
  );
  expect(found).toEqual([]);
});

test('figure captions are noun phrases or 해요체 sentences', () => {
  const plain = Object.entries(FIGURES)
    .filter(([, f]) => /다[.!]?$/.test(f.title.trim()))
    .map(([name, f]) => `${name}: ${f.title}`);
  expect(plain).toEqual([]);
});
