// The card a reader sees in place of a widget that could not be shown: what was wrong and where.
import type { ReactNode } from 'react';

export interface ErrorCardProps {
  /** Korean headline, e.g. "위젯 `optimizer-trajectories`의 매개변수가 잘못되었어요". */
  title: ReactNode;
  /** Where in the chapter source (1-based line), when known. */
  line?: number;
  children?: ReactNode;
}

export function ErrorCard({ title, line, children }: ErrorCardProps) {
  return (
    <div role="alert" className="error-card">
      <p className="error-card-title">
        <span aria-hidden="true">⚠︎ </span>
        {title}
        {line !== undefined && <span className="error-card-where"> (원고 {line}번째 줄)</span>}
      </p>
      {children}
    </div>
  );
}
