// The site's own Korean font (Noto Sans KR, SIL OFL; notice in public/fonts), split by
// unicode-range: a page downloads only the subsets its characters fall in, and only where no
// Korean system font listed before it in body's font-family exists (a fresh Linux box, CI's
// Chromium). In the first CSS of every page (the entries import it); `font-display: swap`. 600 → 700.
// `?site`: only the subsets that hold a character of the site's text (scripts/vite-site-font.ts);
// the others come with fontsRest.ts where a reader writes text of their own.
import '@fontsource/noto-sans-kr/400.css?site';
import '@fontsource/noto-sans-kr/700.css?site';
