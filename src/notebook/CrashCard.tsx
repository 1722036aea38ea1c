// What a widget frame (or a playground figure) shows when what it drew threw: the error and
// 다시 시도; or, when its code file could not be fetched (missingCode.ts), why, and 새로고침 — a
// retry would meet the same failed import again.
import { ErrorCard } from './ErrorCard';
import { isMissingCode, missingCodeHelp } from './missingCode';

export function CrashCard({
  thing,
  name,
  line,
  error,
  onRetry,
}: {
  thing: '위젯' | '그림';
  name: string;
  line?: number;
  error: Error;
  onRetry: () => void;
}) {
  const missing = isMissingCode(error);
  // the particle follows the word 위젯/그림, not the name (policy-gradient이 would be wrong)
  const failed = thing === '위젯' ? '이 멈췄어요' : '을 그리지 못했어요';
  return (
    <ErrorCard
      title={
        <>
          {thing}(<code>{name}</code>){missing ? '의 코드를 불러오지 못했어요' : failed}
        </>
      }
      line={line}
    >
      <p>{missing ? missingCodeHelp(thing) : error.message}</p>
      <button type="button" onClick={missing ? () => window.location.reload() : onRetry}>
        {missing ? '새로고침' : '다시 시도'}
      </button>
    </ErrorCard>
  );
}
