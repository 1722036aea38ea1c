// The browser entry of a pre-rendered chapter page. The chapter's text, math and figures are
// already in the HTML; this script only brings the live parts: the header's search box, engine
// badge and theme toggle, the table of contents opened where it stands beside the text, the
// widgets (each loaded when it comes near the viewport), the reader's place in the chapter,
// progress (opened, quiz answers), keyboard access to wide formulas, an End key that reaches the
// end, and, after the first paint, the site's Korean font and offline support.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'katex/dist/katex.min.css';
import './app/styles.css';
import { afterFirstPaint } from './app/afterFirstPaint';
import { EngineBadge } from './app/EngineBadge';
import { endKeyReachesEnd } from './app/endKeyReachesEnd';
import { trackChapter } from './app/progress';
import { markFocusableOverflow } from './app/focusableOverflow';
import { rememberScroll } from './app/scrollMemory';
import { settleSectionHeights } from './app/settleSectionHeights';
import { openTocBesideText } from './app/tocBesideText';
import { SearchBox } from './app/search/SearchBox';
import { ThemeToggle } from './app/ThemeToggle';
import { mountIslands } from './notebook/islands';
import { carryForcedBackend } from './notebook/links';

const tools = document.getElementById('site-tools');
if (tools)
  createRoot(tools).render(
    <StrictMode>
      <EngineBadge />
      <ThemeToggle />
    </StrictMode>,
  );
// first the reader's place (a #heading, or where they left off), so the islands near it mount
const article = document.querySelector('article.chapter');
const slug = window.location.pathname.split('/').filter(Boolean).pop() ?? '';
openTocBesideText();
if (article) {
  rememberScroll(slug, article);
  trackChapter(slug, article);
  markFocusableOverflow(article);
  endKeyReachesEnd();
}
const search = document.getElementById('site-search');
if (search)
  createRoot(search).render(
    <StrictMode>
      <SearchBox />
    </StrictMode>,
  );
mountIslands();
carryForcedBackend();

afterFirstPaint();
// then, whenever the page comes to rest, the never-drawn sections above the screen drawn once
if (article) window.addEventListener('load', () => settleSectionHeights(article), { once: true });
