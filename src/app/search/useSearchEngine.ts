// The search index, loaded once per page the first time the reader reaches for the search box
// (focus, a tap): MiniSearch and the JSON asset are in their own lazy chunk, never in the page's
// first JavaScript. A failed load can be retried by focusing the box again.
import { useCallback, useState } from 'react';
import type { SearchFn } from './loadIndex';

export type EngineStatus = 'idle' | 'loading' | 'ready' | 'error';

let loading: Promise<SearchFn> | undefined;

export function useSearchEngine() {
  const [state, setState] = useState<{ status: EngineStatus; search?: SearchFn }>({
    status: 'idle',
  });
  const start = useCallback(() => {
    if (state.status === 'loading' || state.status === 'ready') return;
    setState({ status: 'loading' });
    loading ??= import('./loadIndex').then((m) => m.loadSearch());
    // what the reader types may hold syllables (or an IME's half-built jamo) the site never
    // writes: the font's other subsets come now (failing, the browser's own font draws them)
    import('../fontsRest').catch(() => undefined);
    loading.then(
      (search) => setState({ status: 'ready', search }),
      (error: unknown) => {
        loading = undefined;
        console.warn('[search] index not loaded:', error);
        setState({ status: 'error' });
      },
    );
  }, [state.status]);
  return { ...state, start };
}
