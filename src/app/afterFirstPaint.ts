// What every page loads after its first paint: the site's own Korean font (its @font-face rules
// are ~50 KB gzipped, a unicode-range list per subset) and the offline support.
export function afterFirstPaint(): void {
  void import('./fonts');
  void import('./offline').then((m) => m.startOffline());
}
