// The chapter pages' search box made live: the box written at build time (SearchBox's own
// markup) is hydrated in place, so the input the reader is already in keeps its focus and text.
import { StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { SearchBox } from './SearchBox';

export function hydrateSearch(container: HTMLElement): void {
  hydrateRoot(
    container,
    <StrictMode>
      <SearchBox />
    </StrictMode>,
  );
}
