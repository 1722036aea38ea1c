// Whether the service worker has stored the site (set by offline.ts, read by the home page).
// Its own module so that reading it does not load the service-worker registration code.
const KEY = 'offline-ready';

export function markOfflineReady(): void {
  try {
    localStorage.setItem(KEY, new Date().toISOString());
  } catch {
    /* storage blocked: the note still shows */
  }
}

export function offlineReady(): boolean {
  try {
    return localStorage.getItem(KEY) !== null;
  } catch {
    return false;
  }
}
