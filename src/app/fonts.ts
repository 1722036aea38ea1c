// The site's own Korean font (Noto Sans KR, SIL OFL; notice in public/fonts), split by
// unicode-range: a page downloads only the subsets its characters fall in, and only where no
// Korean system font listed before it in body's font-family exists (a fresh Linux box, CI's
// Chromium). Loaded by src/main.tsx after the first render; `font-display: swap`. 600 → 700.
import '@fontsource/noto-sans-kr/400.css';
import '@fontsource/noto-sans-kr/700.css';
