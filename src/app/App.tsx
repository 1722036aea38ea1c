// The shell: header (home link, engine badge, theme), the routed page, footer.
import { ChapterPage } from './ChapterPage';
import { EngineBadge } from './EngineBadge';
import { Home } from './Home';
import { NotFound } from './NotFound';
import { Playground } from './Playground';
import { BASE, onLinkClick, parseRoute, usePathname } from './router';
import { ThemeToggle } from './ThemeToggle';
import { useEffect } from 'react';

export function App() {
  const route = parseRoute(usePathname());
  useEffect(() => {
    if (route.kind === 'home')
      document.title = '밑바닥 노트북 — 밑바닥부터 시작하는 딥러닝 1, 손으로 만져 보기';
  }, [route.kind]);
  return (
    <>
      <a className="skip-link" href="#main">
        본문으로 건너뛰기
      </a>
      <header className="site-header">
        <a className="site-title" href={BASE} onClick={(e) => onLinkClick(e, BASE)}>
          <img src={`${BASE}favicon.svg`} alt="" width="24" height="24" />
          밑바닥 노트북
        </a>
        <div className="site-tools">
          <EngineBadge />
          <ThemeToggle />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {route.kind === 'home' && <Home />}
        {route.kind === 'chapter' && <ChapterPage key={route.slug} slug={route.slug} />}
        {route.kind === 'playground' && <Playground />}
        {route.kind === 'notFound' && <NotFound />}
      </main>
      <footer className="site-footer">
        <p>
          『밑바닥부터 시작하는 딥러닝 1』(사이토 고키)을 공부하며 만든 노트북 · 숫자는 모두 이
          페이지의 엔진이 계산합니다.
        </p>
      </footer>
    </>
  );
}
