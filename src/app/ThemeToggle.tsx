// The theme button's markup, for the React pages and for the chapters' HTML written at build
// time; its behaviour is plain DOM (themeToggle.ts), wired here on the React pages and by
// chapter-main.ts on the chapters.
import { useEffect, useRef } from 'react';
import { themeIcon, wireThemeToggle } from './themeToggle';

export function ThemeToggle() {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => (ref.current ? wireThemeToggle(ref.current) : undefined), []);
  return (
    <button
      ref={ref}
      type="button"
      className="theme-toggle"
      aria-pressed="false"
      title="어두운 화면 켜기/끄기"
    >
      <span className="theme-toggle-icon" aria-hidden="true">
        {themeIcon('light')}
      </span>
      <span className="theme-toggle-text">어두운 화면</span>
    </button>
  );
}
