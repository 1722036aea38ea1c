// The site's search box, in the header of every page: a combobox over the chapters and the
// glossary. Typing shows the best sections (heading, page › section, snippet); ↑/↓ move through
// them, Enter (or a click) goes to `/<slug>/#<heading>`, Escape closes the list (again: clears
// the text). The index loads on first focus (useSearchEngine); Korean IME composition is
// respected (Enter that finishes a syllable does not navigate). On a chapter page it is written
// at build time and hydrated when the reader first reaches for it (searchOnDemand.ts): what was
// typed before that is taken up when it hydrates.
import { useEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { chapterHref } from '../router';
import type { SearchResult } from './query';
import { SearchOption } from './SearchOption';
import { SEARCH_INPUT_ID as INPUT_ID } from './slashToSearch';
import { useSearchEngine } from './useSearchEngine';

const LIST_ID = 'site-search-results';
const optionId = (i: number) => `site-search-option-${i}`;
const hrefOf = (r: SearchResult) => chapterHref(r.slug, encodeURIComponent(r.anchor));

/** After a jump within the same page: focus the heading, so Tab goes on from there. */
function focusHeading(anchor: string) {
  const el = document.getElementById(anchor);
  if (!el) return;
  if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  el.focus({ preventScroll: true });
}

export function SearchBox() {
  const engine = useSearchEngine();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const { search, start } = engine;
  const input = useRef<HTMLInputElement>(null);

  // hydrated after the reader reached for the box: the focus (and any text) came before React
  useEffect(() => {
    const el = input.current;
    if (!el || document.activeElement !== el) return;
    start();
    if (el.value) {
      setQuery(el.value);
      setOpen(true);
    }
    // once, on mount: `start` changes with the index's state
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const results = useMemo(() => (search && query.trim() ? search(query) : []), [search, query]);
  const shown = open && query.trim() !== '';

  useEffect(() => {
    if (active >= 0)
      document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const status = !shown
    ? ''
    : engine.status === 'error'
      ? '검색 색인을 불러오지 못했어요. 검색창을 다시 누르면 다시 시도해요.'
      : engine.status !== 'ready'
        ? '검색 색인을 불러오는 중…'
        : results.length === 0
          ? '검색 결과 없음'
          : `검색 결과 ${results.length}개`;

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing) return;
    const n = results.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      if (!n) return;
      if (e.key === 'ArrowDown') setActive((a) => (a + 1) % n);
      else setActive((a) => (a <= 0 ? n - 1 : a - 1));
    } else if (e.key === 'Enter' && shown && n) {
      e.preventDefault();
      document.getElementById(optionId(active >= 0 ? active : 0))?.click();
    } else if (e.key === 'Escape') {
      // (a search field's own Escape clears it: only once the list is closed)
      if (shown) {
        e.preventDefault();
        setOpen(false);
      } else setQuery('');
      setActive(-1);
    }
  };

  const onBlur = (e: FocusEvent<HTMLDivElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget)) setOpen(false);
  };

  const onChoose = (r: SearchResult) => {
    setOpen(false);
    setActive(-1);
    const target = new URL(hrefOf(r), window.location.href);
    if (target.pathname === window.location.pathname)
      requestAnimationFrame(() => focusHeading(r.anchor));
  };

  return (
    <div className="search-box" onBlur={onBlur}>
      <label htmlFor={INPUT_ID} className="visually-hidden">
        검색
      </label>
      <svg className="search-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <circle cx="10.5" cy="10.5" r="6.5" />
        <path d="m15.5 15.5 5 5" />
      </svg>
      <input
        ref={input}
        id={INPUT_ID}
        className="search-input"
        type="search"
        role="combobox"
        aria-expanded={shown}
        aria-controls={LIST_ID}
        aria-autocomplete="list"
        aria-activedescendant={shown && active >= 0 ? optionId(active) : undefined}
        placeholder="검색 (예: 역전파)"
        aria-keyshortcuts="/"
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="go"
        value={query}
        onFocus={engine.start}
        onPointerDown={engine.start}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
      />
      {/* the "/" shortcut (slashToSearch.ts), shown where there is a keyboard */}
      <kbd className="search-key" aria-hidden="true">
        /
      </kbd>
      <p className="visually-hidden" role="status">
        {status}
      </p>
      <div className="search-popup" hidden={!shown}>
        <p className="search-status" aria-hidden="true">
          {status}
        </p>
        <div
          id={LIST_ID}
          role="listbox"
          aria-label="검색 결과"
          className="search-results"
          hidden={!results.length}
          // keep the focus in the input while a result is clicked
          onMouseDown={(e) => e.preventDefault()}
        >
          {results.map((r, i) => (
            <SearchOption
              key={`${i}:${r.slug}#${r.anchor}`}
              id={optionId(i)}
              href={hrefOf(r)}
              result={r}
              selected={i === active}
              onClick={() => onChoose(r)}
              onPointerMove={() => setActive(i)}
            />
          ))}
        </div>
      </div>
    </div>
  );
}
