// The worker's side of the hyperparameter-search (ch6): one trial of the random search, run in
// each worker of the page's pool (search-pool.ts): what worker-api.ts exposes.
import { disposeSearchData, searchTrial, type SearchTrialOptions } from './search';
import { withToken, type Call } from './worker-api-util';

export function searchApi(call: Call) {
  return {
    searchTrial: (o: Omit<SearchTrialOptions, 'signal'>, token?: number) =>
      withToken(token, (signal) => call(() => searchTrial({ ...o, signal }))),
    disposeSearchData: () => call(async () => disposeSearchData()),
  };
}
