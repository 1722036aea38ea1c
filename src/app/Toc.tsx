// Table of contents from the chapter's ## and ### headings (ids shared with the rendered page).
// Closed in the HTML; opened where it stands beside the text (tocBesideText.ts).
import type { OutlineHeading } from '../notebook/remarkNotebook';

export function Toc({ headings, label }: { headings: OutlineHeading[]; label: string }) {
  const items = headings.filter((h) => h.depth === 2 || h.depth === 3);
  if (!items.length) return null;
  return (
    <nav className="toc" aria-label={label}>
      <details>
        <summary>{label}</summary>
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
