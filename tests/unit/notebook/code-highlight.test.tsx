// @vitest-environment jsdom
// Python listings are coloured by the shared pipeline (rehype-highlight, Python only): keywords,
// strings, numbers and comments in hljs-* spans, the code's text unchanged; a fence in another
// language, or none, stays plain text; a `$…$` inside a listing is code, not math.
import { afterEach, expect, test } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { Markdown } from '../../../src/notebook/Markdown';

afterEach(cleanup);

const code = (source: string) =>
  render(<Markdown source={source} />).container.querySelector('pre code')!;
const spans = (c: Element, cls: string) =>
  [...c.querySelectorAll(`.hljs-${cls}`)].map((s) => s.textContent);

test('a python fence: keywords, numbers, strings and comments in their own spans', () => {
  const text = 'def step(x):\n    return x * 0.5  # half\nprint("done", True)\n';
  const c = code('```python\n' + text + '```\n');
  expect(c.textContent).toBe(text);
  expect(spans(c, 'keyword')).toEqual(['def', 'return']);
  expect(spans(c, 'number')).toEqual(['0.5']);
  expect(spans(c, 'comment')).toEqual(['# half']);
  expect(spans(c, 'string')).toEqual(['"done"']);
  expect(spans(c, 'literal')).toEqual(['True']);
  expect(spans(c, 'title')).toEqual(['step']);
});

test('a fence in another language, or without one, stays plain', () => {
  for (const fence of ['```js', '```'])
    expect(code(`${fence}\nconst x = 1; // $a$\n\`\`\`\n`).querySelector('span')).toBeNull();
  expect(code('```python\nx = "$a + b$"\n```\n').querySelector('.katex')).toBeNull();
});
