// `::figure{name=…}`: one of our drawn SVG figures, lazily loaded, with its caption (the Markdown
// playground's path: chapters have their figures in the HTML, drawn at build time).
import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { FIGURES } from '../figures';
import { ErrorBoundary } from './ErrorBoundary';
import { CrashCard } from './CrashCard';
import { ErrorCard } from './ErrorCard';

const LAZY: Record<string, LazyExoticComponent<ComponentType>> = Object.fromEntries(
  Object.entries(FIGURES).map(([name, f]) => [name, lazy(f.load)]),
);

export function FigureMount({ name, line }: { name: string; line?: number }) {
  const entry = Object.prototype.hasOwnProperty.call(FIGURES, name) ? FIGURES[name] : undefined;
  if (!entry) {
    return (
      <ErrorCard
        title={
          <>
            알 수 없는 그림 <code>{name || '(이름 없음)'}</code>
          </>
        }
        line={line}
      >
        <p>
          <code>
            ::figure{'{'}name=…{'}'}
          </code>
          에 쓸 수 있는 이름: {Object.keys(FIGURES).sort().join(', ') || '없음'}
        </p>
      </ErrorCard>
    );
  }
  const Figure = LAZY[name];
  return (
    <figure className="nb-figure" data-figure={name}>
      <ErrorBoundary
        fallback={(e, retry) => <CrashCard thing="그림" name={name} error={e} onRetry={retry} />}
      >
        <Suspense fallback={<div className="nb-figure-loading">그림을 불러오는 중…</div>}>
          <Figure />
        </Suspense>
      </ErrorBoundary>
      <figcaption>{entry.title}</figcaption>
    </figure>
  );
}
