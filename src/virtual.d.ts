/// <reference types="vite-plugin-pwa/client" />
declare module 'virtual:chapter-index' {
  import type { ChapterMeta } from './notebook/frontMatter';
  export const chapters: ChapterMeta[];
}
