// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { Markdown } from '../../../src/notebook/Markdown';
import { outline } from '../../../src/notebook/pipeline';
import { WIDGETS } from '../../../src/widgets/registry';
import type { Schema } from '../../../src/widgets/schema';
import { expectReloadOnly, withReload } from './reload-card';

afterEach(cleanup);

// one more figure, whose code file is gone (a new deploy, or offline before it was stored)
vi.mock('../../../src/figures', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/figures')>();
  const gone = new TypeError('Failed to fetch dynamically imported module: http://x/Fig-1a2b.js');
  return {
    FIGURES: {
      ...real.FIGURES,
      'test-gone-figure': { title: '코드가 사라진 그림', load: () => Promise.reject(gone) },
    },
  };
});

function md(source: string) {
  return render(<Markdown source={source} />).container;
}

describe('Markdown pipeline', () => {
  test('inline and display math render with KaTeX', () => {
    const c = md(
      '넓이는 $\\pi r^2$ 입니다.\n\n$$\n\\frac{\\partial L}{\\partial \\mathbf{W}}\n$$\n',
    );
    expect(c.querySelectorAll('.katex').length).toBe(2);
    expect(c.querySelector('.katex-display')).not.toBeNull();
    expect(c.querySelector('annotation')?.textContent).toBe('\\pi r^2');
  });

  test('a range written with one ~ stays text; ~~ still strikes through', () => {
    const c = md('픽셀 값 0~255를 255로 나눠 0~1로 바꿔요. ~~지운 말~~\n');
    expect(c.querySelectorAll('del').length).toBe(1);
    expect(c.querySelector('del')?.textContent).toBe('지운 말');
    expect(c.textContent).toContain('0~255를 255로 나눠 0~1로');
  });

  test('a bad formula shows KaTeX inline error text, and the rest renders', () => {
    const c = md('앞 문장 $\\frac{1}{$ 그리고 뒤 문장.\n\n다음 문단.');
    expect(c.querySelector('.katex-error')).not.toBeNull();
    expect(c.textContent).toContain('다음 문단.');
  });

  test('raw HTML is never turned into elements', () => {
    const c = md(
      '<script>window.__pwned = 1</script>\n\n<img src=x onerror="window.__pwned=2">\n\n[링크](javascript:alert(1))\n',
    );
    expect(c.querySelector('script')).toBeNull();
    expect(c.querySelector('img')).toBeNull();
    expect(c.querySelector('[onerror]')).toBeNull();
    expect(c.querySelector('a')?.getAttribute('href') ?? '').not.toContain('javascript');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  test('headings get stable GitHub-style ids, duplicates numbered', () => {
    const c = md('## 배치 정규화\n\n## 손실 함수 (Loss)\n\n## 배치 정규화\n');
    expect([...c.querySelectorAll('h2')].map((h) => h.id)).toEqual([
      '배치-정규화',
      '손실-함수-loss',
      '배치-정규화-1',
    ]);
  });

  test('outline lists headings and directives with file line numbers', () => {
    const src = '---\ntitle: t\n---\n# 제목\n\n## 하나\n\n::foo{a=1}\n\n:::note[메모]\n본문\n:::\n';
    const o = outline(src);
    expect(o.headings.map((h) => h.id)).toEqual(['제목', '하나']);
    expect(o.directives[0]).toMatchObject({
      kind: 'widget',
      name: 'foo',
      attrs: { a: '1' },
      line: 8,
      instanceKey: 'foo',
    });
    expect(o.directives[1]).toMatchObject({ kind: 'callout', name: 'note', line: 10 });
  });

  test('text that merely looks like a text directive stays text', () => {
    const c = md('비율은 3:2 이고 예:abc 와 시각 10:30 그대로.');
    expect(c.textContent).toBe('비율은 3:2 이고 예:abc 와 시각 10:30 그대로.');
  });

  test('callouts render with their label; quiz answers are hidden in <details>', () => {
    const c = md(
      ':::question[출력층에도 활성화 함수가?]\n네, 항등 함수나 소프트맥스를 써요.\n:::\n\n:::quiz[$\\eta$가 너무 크면?]\n발산해요.\n:::\n',
    );
    const aside = c.querySelector('aside.callout-question');
    expect(aside?.textContent).toContain('출력층에도 활성화 함수가?');
    const details = c.querySelector('details.callout-quiz') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary .katex')).not.toBeNull();
    expect(details.querySelector('.callout-body')?.textContent).toContain('발산해요.');
  });

  test('unknown widget → error card naming it; the rest of the chapter renders', () => {
    md('앞 문단\n\n::no-such-widget{x=1}\n\n뒤 문단\n');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('no-such-widget');
    expect(alert.textContent).toContain('3번째 줄');
    expect(screen.getByText('뒤 문단')).toBeTruthy();
  });

  test('unknown figure and unknown callout kind → error cards', () => {
    md('::figure{name=nope}\n\n:::warning[x]\n안쪽 글\n:::\n');
    const alerts = screen.getAllByRole('alert');
    expect(alerts[0].textContent).toContain('nope');
    expect(alerts[1].textContent).toContain(':::warning');
    expect(screen.getByText('안쪽 글')).toBeTruthy();
  });

  test('a figure whose code cannot be fetched says so in Korean and offers a reload', () =>
    withReload(async (reload) => {
      md('앞 문단\n\n::figure{name=test-gone-figure}\n\n뒤 문단\n');
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toContain('그림(test-gone-figure)의 코드를 불러오지 못했어요');
      expect(alert.textContent).toContain('이 그림의 코드 파일');
      expect(alert.textContent).not.toContain('Failed to fetch');
      expectReloadOnly(reload);
      expect(screen.getByText('코드가 사라진 그림')).toBeTruthy();
      expect(screen.getByText('뒤 문단')).toBeTruthy();
    }));

  test('a registered widget with a bad parameter → error card naming widget, parameter and what is allowed', () => {
    const [name, def] = Object.entries(WIDGETS)[0] ?? [];
    if (!name || !def) return expect.unreachable('no widget is registered');
    const [param, spec] = Object.entries(def.schema as Schema).find(
      ([, s]) => s.kind === 'number' || s.kind === 'enum',
    )!;
    md(`::${name}{${param}=999999 bogus=1}\n`);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(name);
    expect(alert.textContent).toContain(`${param}=999999`);
    expect(alert.textContent).toContain(spec.kind === 'number' ? '범위' : '중 하나');
    expect(alert.textContent).toContain('bogus');
  });

  test('links between chapter files become chapter URLs', () => {
    const c = md('[손실 함수](04-neural-network-learning.md#손실-함수)');
    expect(decodeURIComponent(c.querySelector('a')?.getAttribute('href') ?? '')).toBe(
      '/04-neural-network-learning/#손실-함수',
    );
  });
});
