// Light / dark theme: follows the system until the reader picks one; the choice persists.
// Plain DOM, no React: a chapter page wires the button written at build time, before any
// widget (and React) is loaded; the React pages render the same button (ThemeToggle.tsx).
// (public/theme-init.js applies a saved choice before the first paint.)

export type Theme = 'light' | 'dark';

const DARK = '(prefers-color-scheme: dark)';

function systemTheme(): Theme {
  return window.matchMedia?.(DARK).matches ? 'dark' : 'light';
}

function savedTheme(): Theme | null {
  try {
    const t = localStorage.getItem('theme');
    return t === 'light' || t === 'dark' ? t : null;
  } catch {
    return null;
  }
}

/** The icon shown for a theme (the button's name stays "어두운 화면"; aria-pressed says which). */
export const themeIcon = (theme: Theme) => (theme === 'dark' ? '☾ ' : '☀︎ ');

/** Makes `button` (ThemeToggle's markup) toggle the theme; returns what undoes it. */
export function wireThemeToggle(button: HTMLButtonElement): () => void {
  let theme: Theme = savedTheme() ?? systemTheme();
  const show = () => {
    button.setAttribute('aria-pressed', String(theme === 'dark'));
    const icon = button.querySelector('.theme-toggle-icon');
    if (icon) icon.textContent = themeIcon(theme);
  };
  const toggle = () => {
    theme = theme === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset.theme = theme;
    try {
      localStorage.setItem('theme', theme);
    } catch {
      /* private mode: the choice lasts for this page only */
    }
    show();
  };
  const follow = () => {
    if (savedTheme()) return;
    theme = systemTheme();
    show();
  };
  const mq = window.matchMedia?.(DARK);
  show();
  button.addEventListener('click', toggle);
  mq?.addEventListener('change', follow);
  return () => {
    button.removeEventListener('click', toggle);
    mq?.removeEventListener('change', follow);
  };
}
