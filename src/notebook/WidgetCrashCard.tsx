// What a widget frame shows when its widget threw: the error and 다시 시도; or, when the widget's
// code file could not be fetched (missingCode.ts), why, and 새로고침 — a retry would meet the same
// failed import again.
import { ErrorCard } from './ErrorCard';
import { isMissingCode, MISSING_CODE_HELP } from './missingCode';

export function WidgetCrashCard({
  name,
  line,
  error,
  onRetry,
}: {
  name: string;
  line?: number;
  error: Error;
  onRetry: () => void;
}) {
  const missing = isMissingCode(error);
  return (
    <ErrorCard
      title={
        <>
          위젯 <code>{name}</code>
          {missing ? '의 코드를 불러오지 못했어요' : '이 멈췄어요'}
        </>
      }
      line={line}
    >
      <p>{missing ? MISSING_CODE_HELP : error.message}</p>
      <button type="button" onClick={missing ? () => window.location.reload() : onRetry}>
        {missing ? '새로고침' : '다시 시도'}
      </button>
    </ErrorCard>
  );
}
