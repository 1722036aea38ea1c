// One search result in the list: the heading, where it is (page › section), and a snippet with
// the query marked. A real link (middle-click, open in a new tab), kept out of the Tab order:
// the input moves through the results with the arrow keys (combobox pattern).
import type { MouseEventHandler } from 'react';
import type { SearchResult } from './query';

export interface SearchOptionProps {
  id: string;
  href: string;
  result: SearchResult;
  selected: boolean;
  onClick: MouseEventHandler<HTMLAnchorElement>;
  onPointerMove: () => void;
}

export function SearchOption({
  id,
  href,
  result,
  selected,
  onClick,
  onPointerMove,
}: SearchOptionProps) {
  const where = result.path ? `${result.page} › ${result.path}` : result.page;
  return (
    <a
      id={id}
      role="option"
      aria-selected={selected}
      tabIndex={-1}
      href={href}
      className="search-option"
      onClick={onClick}
      onPointerMove={onPointerMove}
    >
      <span className="search-option-heading">{result.heading}</span>
      <span className="search-option-where">{where}</span>
      <span className="search-option-snippet">
        {result.snippet.map((part, i) =>
          part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
        )}
      </span>
    </a>
  );
}
