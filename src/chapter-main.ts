// The browser entry of a pre-rendered chapter page. The chapter's text, math and figures are
// already in the HTML, and so is the header's search box, engine badge and theme toggle; this
// script only brings the live parts: the badge and the toggle wired (plain DOM), the search box
// hydrated when the reader first reaches for it (a tap, a focus, the / key), the table of
// contents opened where it stands beside the text, the widgets (each loaded when it comes near
// the viewport), the reader's place in the chapter, progress (opened, quiz answers), keyboard
// access to wide formulas, a copy button on each code listing, an End key that reaches the end,
// and, after the first paint, offline support. The site's Korean font's rules come with the
// page's first CSS (app/fonts.ts).
// No React here: it loads with the first widget or the search box (a page that is only read
// runs none of it).
import 'katex/dist/katex.min.css';
import './app/styles.css';
import './app/fonts';
import { afterFirstPaint } from './app/afterFirstPaint';
import { addCodeCopyButtons } from './app/codeCopy';
import { redrawAfterFontLoads } from './app/redrawAfterFontLoads';
import { wireEngineBadge } from './app/engineBadge';
import { endKeyReachesEnd } from './app/endKeyReachesEnd';
import { trackChapter } from './app/progress';
import { markFocusableOverflow } from './app/focusableOverflow';
import { rememberScroll } from './app/scrollMemory';
import { searchOnDemand } from './app/search/searchOnDemand';
import { slashToSearch } from './app/search/slashToSearch';
import { roomBelowHeader } from './app/roomBelowHeader';
import { drawAboveLinkedSpots, settleSectionHeights } from './app/settleSectionHeights';
import { wireThemeToggle } from './app/themeToggle';
import { openTocBesideText } from './app/tocBesideText';
import { mountIslands } from './notebook/islands';
import { carryForcedBackend } from './notebook/links';

const theme = document.querySelector<HTMLButtonElement>('#site-tools .theme-toggle');
if (theme) wireThemeToggle(theme);
const badge = document.querySelector<HTMLElement>('#site-tools [data-engine-status]');
if (badge) wireEngineBadge(badge);
// first the reader's place (a #heading, or where they left off), so the islands near it mount
const article = document.querySelector('article.chapter');
const slug = window.location.pathname.split('/').filter(Boolean).pop() ?? '';
openTocBesideText();
roomBelowHeader(document.querySelector('.site-header'));
if (article) {
  rememberScroll(slug, article);
  drawAboveLinkedSpots(article);
  trackChapter(slug, article);
  markFocusableOverflow(article);
  addCodeCopyButtons(article);
  endKeyReachesEnd();
}
const search = document.getElementById('site-search');
if (search) searchOnDemand(search);
slashToSearch();
mountIslands();
carryForcedBackend();

redrawAfterFontLoads();
afterFirstPaint();
// then, whenever the page comes to rest, the never-drawn sections above the screen drawn once
if (article) window.addEventListener('load', () => settleSectionHeights(article), { once: true });
