// The rest of the site's Korean font: the unicode-range subsets that hold no character of the
// site's own text (fonts.ts has those). Loaded where a reader writes text of their own — the
// search box, the Markdown playground — so a syllable the site never uses (or a jamo mid-way
// through the IME's composition) is drawn in the same font.
import '@fontsource/noto-sans-kr/400.css?rest';
import '@fontsource/noto-sans-kr/700.css?rest';
