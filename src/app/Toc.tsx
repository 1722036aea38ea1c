// Table of contents from the chapter's ## and ### headings (ids shared with the rendered page).
// Closed in the HTML; opened where it stands beside the text (tocBesideText.ts).
import type { OutlineHeading } from '../notebook/remarkNotebook';

export function Toc({ headings }: { headings: OutlineHeading[] }) {
  const items = headings.filter((h) => h.depth === 2 || h.depth === 3);
  if (!items.length) return null;
  return (
    <nav className="toc" aria-label="이 장의 차례">
      <details>
        <summary>이 장의 차례</summary>
        <ul>
          {items.map((h) => (
            <li key={h.id} className={`toc-depth-${h.depth}`}>
              <a href={`#${h.id}`}>{h.text}</a>
            </li>
          ))}
        </ul>
      </details>
    </nav>
  );
}
