// The site offline (vite-plugin-pwa, Workbox): after one visit, every page (the pre-rendered
// chapters, home, playground), the scripts (widgets, the engine's worker), styles, KaTeX's fonts
// and tfjs's wasm binaries are precached by the service worker. What is large and needed only by
// some widgets is cached the first time it is used, not on the first visit: the MNIST chunks and
// the book's trained weights (`data-and-weights`, ≈ 11.5 + 2.4 MB), and the Korean web font's
// subsets (`fonts`, used only where no Korean system font exists), and the search index (`search`). The page registers the worker
// itself (src/app/offline.ts; no inline script, for the pages' CSP).
import { VitePWA } from 'vite-plugin-pwa';

export function offlinePlugin(base: string) {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifest: {
      name: '밑바닥 노트북 — 밑바닥부터 시작하는 딥러닝 1, 손으로 만져 보기',
      short_name: '밑바닥 노트북',
      description:
        '밑바닥부터 시작하는 딥러닝 1, 2–8장을 직접 만든 자동미분 엔진과 살아 있는 위젯으로 배우는 노트북',
      lang: 'ko',
      start_url: base,
      scope: base,
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#1d4ed8',
      icons: [
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icon-512-maskable.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: [
        '**/*.{html,js,css,svg,wasm,png}',
        'assets/KaTeX_*.woff2',
        'data/*.json',
        'models/*.json',
      ],
      // the engine test page is not part of the site
      globIgnores: ['lab.html', 'assets/lab-*.js'],
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      // every route has its own HTML file: no single-page fallback
      navigateFallback: null,
      // a page's query is read by its scripts, never by the server (widget state, ?backend=), so
      // a link with one is served the stored page offline (Workbox's default ignores only utm_*
      // and fbclid: a widget's link failed offline with ERR_INTERNET_DISCONNECTED)
      ignoreURLParametersMatching: [/./],
      cleanupOutdatedCaches: true,
      runtimeCaching: [
        {
          urlPattern: /\/(data|models)\/[^/]+\.bin$/,
          handler: 'CacheFirst',
          options: { cacheName: 'data-and-weights' },
        },
        {
          // the search index (≈ 200 KB gz) once the reader has searched
          urlPattern: /\/assets\/search-index-[^/]+\.json$/,
          handler: 'CacheFirst',
          options: { cacheName: 'search', expiration: { maxEntries: 2 } },
        },
        {
          urlPattern: /\/assets\/noto-sans-kr-[^/]+\.woff2$/,
          handler: 'CacheFirst',
          options: { cacheName: 'fonts', expiration: { maxEntries: 400 } },
        },
      ],
    },
  });
}
