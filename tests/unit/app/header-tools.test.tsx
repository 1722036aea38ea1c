// @vitest-environment jsdom
// The header's theme toggle and engine badge as a chapter page has them: the markup written at
// build time (the React components rendered to HTML), made live by plain DOM code — no React in
// the browser until a widget or the search box needs it.
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { EngineBadge } from '../../../src/app/EngineBadge';
import { paintBadge } from '../../../src/app/engineBadge';
import { ThemeToggle } from '../../../src/app/ThemeToggle';
import { wireThemeToggle } from '../../../src/app/themeToggle';
import type { PageEngineStatus } from '../../../src/experiments/client';

/** A system theme the test can change, as `prefers-color-scheme` would. */
function fakeSystem(dark: boolean) {
  const listeners = new Set<() => void>();
  const mq = {
    get matches() {
      return dark;
    },
    addEventListener: (_: string, cb: () => void) => listeners.add(cb),
    removeEventListener: (_: string, cb: () => void) => listeners.delete(cb),
  };
  window.matchMedia = (() => mq) as unknown as typeof window.matchMedia;
  return (next: boolean) => {
    dark = next;
    listeners.forEach((cb) => cb());
  };
}

beforeEach(() => localStorage.clear());
afterEach(() => {
  document.body.innerHTML = '';
  delete document.documentElement.dataset.theme;
});

const mount = (html: string) => {
  document.body.innerHTML = html;
  return document.body.firstElementChild as HTMLElement;
};

test('the theme toggle follows the system until pressed; the choice is saved and wins', () => {
  const setSystem = fakeSystem(true);
  const button = mount(renderToStaticMarkup(<ThemeToggle />)) as HTMLButtonElement;
  const stop = wireThemeToggle(button);
  expect(button.getAttribute('aria-pressed')).toBe('true'); // the system is dark
  expect(button.textContent).toBe('☾ 어두운 화면');
  setSystem(false);
  expect(button.getAttribute('aria-pressed')).toBe('false');
  expect(button.textContent).toBe('☀︎ 어두운 화면');

  button.click();
  expect(button.getAttribute('aria-pressed')).toBe('true');
  expect(document.documentElement.dataset.theme).toBe('dark');
  expect(localStorage.getItem('theme')).toBe('dark');
  setSystem(false); // a saved choice is not overridden by the system
  expect(button.getAttribute('aria-pressed')).toBe('true');

  stop();
  button.click();
  expect(localStorage.getItem('theme')).toBe('dark'); // unwired: the click does nothing
});

test('a saved theme is shown at once', () => {
  fakeSystem(false);
  localStorage.setItem('theme', 'dark');
  const button = mount(renderToStaticMarkup(<ThemeToggle />)) as HTMLButtonElement;
  wireThemeToggle(button);
  expect(button.getAttribute('aria-pressed')).toBe('true');
});

const status = (over: Partial<PageEngineStatus> = {}): PageEngineStatus => ({
  backend: 'wasm',
  tensors: 12,
  bytes: 4096,
  decision: {
    source: 'probe',
    choice: 'wasm',
    timings: { webgl: 8.25, wasm: 1.5 },
    gpu: 'SwiftShader',
    reason: 'WebGL이 소프트웨어 렌더러라 WASM이 더 빨라요.',
    probeMs: 310,
  },
  ...over,
});

test('the engine badge: waiting, then the backend, its reason, the tensors, a notice', () => {
  const badge = mount(renderToStaticMarkup(<EngineBadge />));
  expect(badge.textContent).toBe('엔진 준비 중…');
  expect(badge.hasAttribute('data-backend')).toBe(false);
  expect(badge.querySelector('[role="status"]')!.textContent).toBe('');

  paintBadge(badge, status());
  expect(badge.getAttribute('data-backend')).toBe('wasm');
  expect(badge.getAttribute('data-tensors')).toBe('12');
  expect(badge.getAttribute('data-backend-source')).toBe('probe');
  expect(badge.getAttribute('data-probe-ms')).toBe('310');
  expect(badge.querySelector('.engine-badge-text')!.textContent).toBe('WASM · 텐서 12개');
  expect(badge.querySelector('.engine-badge-reason')!.textContent).toBe(
    ' — WebGL이 소프트웨어 렌더러라 WASM이 더 빨라요.',
  );
  expect(badge.title).toBe(
    'WebGL이 소프트웨어 렌더러라 WASM이 더 빨라요.\n방금 잰 시간: WebGL 8.3 ms · WASM 1.5 ms\nGPU: SwiftShader',
  );
  const region = badge.querySelector('[role="status"]');
  paintBadge(badge, status({ backend: 'cpu', notice: 'WebGL 컨텍스트를 잃어서 CPU로 바꿨어요.' }));
  // the same region, now holding the notice (a region inserted with its text is often not read)
  expect(badge.querySelector('[role="status"]')).toBe(region);
  expect(region!.textContent).toBe('WebGL 컨텍스트를 잃어서 CPU로 바꿨어요.');
  expect(badge.getAttribute('data-backend')).toBe('cpu');
  expect(badge.title.endsWith('WebGL 컨텍스트를 잃어서 CPU로 바꿨어요.')).toBe(true);
});

test('an engine that cannot start: the badge says so and why', () => {
  const badge = mount(renderToStaticMarkup(<EngineBadge />));
  paintBadge(badge, null, 'Worker를 만들 수 없습니다.');
  expect(badge.classList.contains('engine-badge-failed')).toBe(true);
  expect(badge.querySelector('.engine-badge-text')!.textContent).toBe('엔진을 시작하지 못했어요');
  expect(badge.title).toBe('Worker를 만들 수 없습니다.');
});
