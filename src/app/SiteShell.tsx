// The frame of every page: skip link, header (home link; the search box in `.site-search`; the
// engine badge and theme toggle in `.site-tools`), and footer. Shared by the client app (home,
// playground) and the chapters pre-rendered at build time, whose search box and tools are in
// the HTML and made live by chapter-main.ts (the search box hydrated, the others plain DOM).
import { EngineBadge } from './EngineBadge';
import { BASE } from './router';
import { SearchBox } from './search/SearchBox';
import { ThemeToggle } from './ThemeToggle';

export function SiteHeader() {
  return (
    <>
      <a className="skip-link" href="#main">
        본문으로 건너뛰기
      </a>
      <header className="site-header">
        <a className="site-title" href={BASE}>
          <img src={`${BASE}favicon.svg`} alt="" width="24" height="24" />
          <span className="site-title-text">밑바닥 노트북</span>
        </a>
        <div className="site-search" id="site-search">
          <SearchBox />
        </div>
        <div className="site-tools" id="site-tools">
          <EngineBadge />
          <ThemeToggle />
        </div>
      </header>
    </>
  );
}

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        『밑바닥부터 시작하는 딥러닝 1』(사이토 고키)을 공부하며 만든 노트북 · 숫자는 모두 이
        페이지의 엔진이 계산해요.
      </p>
    </footer>
  );
}
