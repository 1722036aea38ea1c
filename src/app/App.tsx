// The client app for the pages that are not chapters: home, the Markdown playground, not found.
// (Chapters are pre-rendered at build time: see prerender.tsx and chapter-main.ts.)
import { lazy, Suspense, useEffect } from 'react';
import { Home } from './Home';
import { NotFound } from './NotFound';
import { parseRoute } from './router';
import { SiteFooter, SiteHeader } from './SiteShell';

// the playground renders Markdown in the browser (react-markdown, KaTeX): only its page loads them
const Playground = lazy(() => import('./Playground').then((m) => ({ default: m.Playground })));

export function App() {
  const route = parseRoute(window.location.pathname);
  useEffect(() => {
    if (route.kind === 'home')
      document.title = '밑바닥 노트북 — 밑바닥부터 시작하는 딥러닝 1, 손으로 만져 보기';
  }, [route.kind]);
  return (
    <>
      <SiteHeader />
      <main id="main" tabIndex={-1}>
        {route.kind === 'home' && <Home />}
        {route.kind === 'playground' && (
          <Suspense fallback={<p className="chapter-loading">불러오는 중…</p>}>
            <Playground />
          </Suspense>
        )}
        {route.kind === 'notFound' && <NotFound />}
      </main>
      <SiteFooter />
    </>
  );
}
