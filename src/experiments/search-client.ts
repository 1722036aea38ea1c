// The page's side of the hyperparameter-search (ch6): random search over a pool of engine
// workers (re-exported by client.ts). The pool itself is search-pool.ts.
export * from './search-meta';
export { poolSize, runSearch } from './search-pool';
export type { SearchRunOptions, SearchTrialDone } from './search-pool';
export type { SearchTrialResult } from './search';
