// Callouts from container directives: :::note, :::question, :::pitfall, :::quiz (answer hidden
// until the reader opens it). An unknown kind becomes an error card; its text still shows.
import type { ReactNode } from 'react';
import { CALLOUT_KINDS, type CalloutKind } from './remarkNotebook';
import { ErrorCard } from './ErrorCard';

export function Callout({ kind, label, line, children }: { kind: string; label: string; line?: number; children?: ReactNode }) {
  if (!Object.prototype.hasOwnProperty.call(CALLOUT_KINDS, kind)) {
    return (
      <>
        <ErrorCard title={<>알 수 없는 상자 <code>:::{kind}</code></>} line={line}>
          <p>쓸 수 있는 상자: {Object.keys(CALLOUT_KINDS).map((k) => `:::${k}`).join(', ')}</p>
        </ErrorCard>
        {children}
      </>
    );
  }
  const badge = CALLOUT_KINDS[kind as CalloutKind];
  if (kind === 'quiz') {
    return (
      <details className="callout callout-quiz">
        <summary>
          <span className="callout-badge">{badge}</span> {label}
          <span className="callout-reveal"> — 눌러서 답 보기</span>
        </summary>
        <div className="callout-body">{children}</div>
      </details>
    );
  }
  return (
    <aside className={`callout callout-${kind}`} aria-label={label ? `${badge}: ${label}` : badge}>
      <p className="callout-title">
        <span className="callout-badge">{badge}</span>
        {label && <> {label}</>}
      </p>
      <div className="callout-body">{children}</div>
    </aside>
  );
}
