// What every page loads after its first paint: the offline support. (The site's Korean font's
// rules are in the page's first CSS, app/fonts.ts: added later, they made the browser restyle and
// lay out the whole page again, 40–66 ms of a phone's main thread on a long chapter.)
export function afterFirstPaint(): void {
  void import('./offline').then((m) => m.startOffline());
}
