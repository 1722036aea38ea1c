// The reader's progress, kept in this browser (localStorage): which chapters they opened and which
// self-check answers (:::quiz, a <details>) they opened. The home page shows it, with a reset.
const KEY = 'progress';

export interface ChapterProgress {
  /** When the chapter was last opened (ISO time). */
  openedAt: string;
  /** Indices (in page order) of the quiz answers opened. */
  quizzes: number[];
}
export type Progress = Record<string, ChapterProgress>;

const listeners = new Set<() => void>();
let cache: { raw: string | null; value: Progress } = { raw: null, value: {} };

function rawProgress(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** The stored progress (the same object until it changes, for useSyncExternalStore). */
export function readProgress(): Progress {
  const raw = rawProgress();
  if (raw !== cache.raw) {
    let value: Progress = {};
    try {
      const parsed: unknown = JSON.parse(raw ?? '{}');
      if (parsed && typeof parsed === 'object') value = parsed as Progress;
    } catch {
      /* a damaged record starts over */
    }
    cache = { raw, value };
  }
  return cache.value;
}

function update(change: (p: Progress) => void): void {
  const next = structuredClone(readProgress());
  change(next);
  try {
    localStorage.setItem(KEY, JSON.stringify(next));
  } catch {
    /* storage full or blocked: progress is not kept */
  }
  listeners.forEach((l) => l());
}

export function subscribeProgress(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => e.key === KEY && listener();
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function resetProgress(): void {
  update((p) => {
    for (const k of Object.keys(p)) delete p[k];
  });
}

/** Adds quiz answers `opened` to `slug`'s record; `openedAt` updates the chapter's time. */
function recordQuizzes(slug: string, opened: number[], openedAt?: string): void {
  update((p) => {
    const q = new Set([...(p[slug]?.quizzes ?? []), ...opened]);
    p[slug] = {
      openedAt: openedAt ?? p[slug]?.openedAt ?? new Date().toISOString(),
      quizzes: [...q].sort((a, b) => a - b),
    };
  });
}

/** Marks `slug` opened and records each quiz answer the reader opens. Returns the stopper. */
export function trackChapter(slug: string, article: Element): () => void {
  const quizzes = [...article.querySelectorAll<HTMLDetailsElement>('details.callout-quiz')];
  // the chapter is static HTML: a reader may open an answer before this script runs
  const openAlready = quizzes.flatMap((q, i) => (q.open ? [i] : []));
  recordQuizzes(slug, openAlready, new Date().toISOString());
  // `toggle` does not bubble: listen in the capture phase
  const onToggle = (e: Event) => {
    const i = quizzes.indexOf(e.target as HTMLDetailsElement);
    if (i >= 0 && quizzes[i].open) recordQuizzes(slug, [i]);
  };
  article.addEventListener('toggle', onToggle, true);
  return () => article.removeEventListener('toggle', onToggle, true);
}
