// Callouts from container directives: :::note, :::question, :::pitfall, :::quiz (answer hidden
// until the reader opens it). An unknown kind becomes an error card; its text still shows.
import { Children, isValidElement, type ReactNode } from 'react';
import { CALLOUT_KINDS, type CalloutKind } from './remarkNotebook';
import { ErrorCard } from './ErrorCard';

/** The `[label]` of a callout, rendered inline (it may hold math). */
export function CalloutLabel({ children }: { children?: ReactNode }) {
  return <>{children}</>;
}

function splitLabel(children: ReactNode): { label: ReactNode; body: ReactNode[] } {
  let label: ReactNode = null;
  const body: ReactNode[] = [];
  for (const c of Children.toArray(children)) {
    if (label === null && isValidElement(c) && c.type === CalloutLabel) label = c;
    else body.push(c);
  }
  return { label, body };
}

export function Callout({
  kind,
  label: labelText,
  line,
  children: all,
}: {
  kind: string;
  label: string;
  line?: number;
  children?: ReactNode;
}) {
  const { label, body: children } = splitLabel(all);
  if (!Object.prototype.hasOwnProperty.call(CALLOUT_KINDS, kind)) {
    return (
      <>
        <ErrorCard
          title={
            <>
              알 수 없는 상자 <code>:::{kind}</code>
            </>
          }
          line={line}
        >
          <p>
            쓸 수 있는 상자:{' '}
            {Object.keys(CALLOUT_KINDS)
              .map((k) => `:::${k}`)
              .join(', ')}
          </p>
        </ErrorCard>
        {label && <p>{label}</p>}
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
    <aside
      className={`callout callout-${kind}`}
      aria-label={labelText ? `${badge}: ${labelText}` : badge}
    >
      <p className="callout-title">
        <span className="callout-badge">{badge}</span>
        {label && <> {label}</>}
      </p>
      <div className="callout-body">{children}</div>
    </aside>
  );
}
