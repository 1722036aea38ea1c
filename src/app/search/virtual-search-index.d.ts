declare module 'virtual:search-index' {
  /** Where the build wrote the search index (scripts/vite-search-index.ts). */
  export const searchIndexUrl: string;
}
