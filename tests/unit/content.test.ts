// Content lint: every chapter parses; every directive names a registered widget (with valid
// parameters), a drawn figure or a known callout; every formula typesets; every link between
// chapters lands on a real heading; every bold run closes; no image points to a missing file; the chapter rhythm holds.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import katex from 'katex';
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { FIGURES } from '../../src/figures';
import { chapterMeta, splitFrontMatter } from '../../src/notebook/frontMatter';
import { outline, remarkPlugins } from '../../src/notebook/pipeline';
import { CALLOUT_KINDS } from '../../src/notebook/remarkNotebook';
import { RESERVED_ATTRS } from '../../src/notebook/WidgetFrame';
import { WIDGETS } from '../../src/widgets/registry';
import { parseParams } from '../../src/widgets/schema';

const dir = resolve('content');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .sort();
const sources = Object.fromEntries(files.map((f) => [f, readFileSync(resolve(dir, f), 'utf8')]));
const ids = Object.fromEntries(
  files.map((f) => [f, new Set(outline(sources[f]).headings.map((h) => h.id))]),
);

function tree(source: string): Root {
  const { body } = splitFrontMatter(source);
  const p = unified().use(remarkParse).use(remarkPlugins(0));
  return p.runSync(p.parse(body)) as Root;
}

test('there are chapters 2 to 8 and a glossary', () => {
  const numbers = files.map((f) => chapterMeta(f, sources[f]).number).filter((n) => n !== null);
  expect(numbers).toEqual([2, 3, 4, 5, 6, 7, 8]);
  expect(files).toContain('glossary.md');
});

describe.each(files)('%s', (file) => {
  const source = sources[file];
  const meta = chapterMeta(file, source);
  const doc = outline(source);

  test('has a title, a one-line summary and exactly one h1', () => {
    expect(splitFrontMatter(source).data.title, 'front matter title').toBeTruthy();
    expect(meta.summary, 'front matter summary').toBeTruthy();
    expect(doc.headings.filter((h) => h.depth === 1)).toHaveLength(1);
  });

  test('follows the rhythm 배울 것 → 본문 → 정리 → 확인 문제', () => {
    if (meta.number === null) return;
    const h2 = doc.headings.filter((h) => h.depth === 2).map((h) => h.text);
    expect(h2[0]).toMatch(/배울 것/);
    expect(h2.at(-2)).toBe('정리');
    expect(h2.at(-1)).toBe('확인 문제');
    const quizzes = doc.directives.filter((d) => d.kind === 'callout' && d.name === 'quiz');
    expect(quizzes.length).toBeGreaterThanOrEqual(2);
  });

  test('every directive is a registered widget with valid parameters, a drawn figure or a callout', () => {
    const problems: string[] = [];
    for (const d of doc.directives) {
      const at = `${file}:${d.line}`;
      if (d.kind === 'figure' && !FIGURES[d.name])
        problems.push(`${at} unknown figure "${d.name}"`);
      if (d.kind === 'callout' && !(d.name in CALLOUT_KINDS))
        problems.push(`${at} unknown callout ":::${d.name}"`);
      if (d.kind === 'widget') {
        const def = WIDGETS[d.name];
        if (!def) problems.push(`${at} unknown widget "${d.name}"`);
        else
          for (const i of parseParams(def.schema, d.attrs, RESERVED_ATTRS).issues)
            problems.push(`${at} ${d.name} ${i.param}=${i.raw}: ${i.message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('every formula typesets without a KaTeX error', () => {
    const bad: string[] = [];
    visit(tree(source), (node) => {
      if (node.type !== 'math' && node.type !== 'inlineMath') return;
      try {
        katex.renderToString(node.value, {
          throwOnError: true,
          displayMode: node.type === 'math',
          strict: 'ignore',
        });
      } catch (e) {
        bad.push(`${node.value} → ${(e as Error).message}`);
      }
    });
    expect(bad).toEqual([]);
  });

  test('every ** and __ closes, and no pair of ~ strikes text through', () => {
    // e.g. `**출력이 $y$, 정답이 $t$**라서` shows its asterisks: the closer follows `$` and
    // precedes a letter, so it is not right-flanking enough to close
    const literal: string[] = [];
    visit(tree(source), 'text', (node) => {
      if (/\*\*|__/.test(node.value)) literal.push(node.value.trim().slice(0, 60));
    });
    expect(literal).toEqual([]);
    // no chapter strikes anything out (`0~255를 255로 나눠 0~1` did, before the pipeline took
    // strikethrough from ~~ only)
    const struck: string[] = [];
    visit(tree(source), 'delete', (node) => {
      struck.push(JSON.stringify(node.children).slice(0, 80));
    });
    expect(struck).toEqual([]);
  });

  test('links between chapters resolve to a file and a heading; images exist', () => {
    const bad: string[] = [];
    visit(tree(source), (node) => {
      if (node.type === 'link') {
        const m = /^(?:\.\/)?([\w-]+\.md)(?:#(.*))?$/.exec(node.url);
        if (!m) {
          if (node.url.startsWith('#') && !ids[file].has(decodeURIComponent(node.url.slice(1))))
            bad.push(`anchor ${node.url}`);
          else if (!/^(https?:|mailto:|#)/.test(node.url))
            bad.push(`link ${node.url} (use NN-name.md#id or https://)`);
          return;
        }
        const [, target, hash] = m;
        if (!ids[target]) bad.push(`link to missing file ${node.url}`);
        else if (hash && !ids[target].has(decodeURIComponent(hash)))
          bad.push(`link to missing heading ${node.url}`);
      }
      if (
        node.type === 'image' &&
        !/^https?:/.test(node.url) &&
        !existsSync(resolve('public', node.url.replace(/^\//, '')))
      ) {
        bad.push(`image ${node.url}`);
      }
      if (node.type === 'html') bad.push(`raw HTML is not rendered: ${node.value.slice(0, 40)}`);
    });
    expect(bad).toEqual([]);
  });
});
