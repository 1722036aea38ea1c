// The runs measured so far on this page, one row per batch size (the newest of each): the same
// accuracy every time, the time falling as B grows.
import { ScrollRegion } from '../../kit';
import { accuracy, duration, int, perImage } from '../model';

export interface LogEntry {
  batch: number;
  ms: number;
  done: number;
  correct: number;
  backend: string;
}

export function RunLog({ entries }: { entries: LogEntry[] }) {
  if (entries.length === 0) return null;
  const slowest = Math.max(...entries.map((e) => e.ms / e.done));
  // (scrolls in its own box where even the narrow layout is too wide: a phone with enlarged text)
  return (
    <ScrollRegion className="scroll-x" label="추론 시간 기록 표">
      <table className="mnist-inference-log">
        <caption>지금까지 잰 기록 (같은 10,000장, 배치 크기별 가장 최근 실행)</caption>
        <thead>
          <tr>
            <th scope="col">B</th>
            <th scope="col">정확도</th>
            <th scope="col">시간</th>
            <th scope="col">장당</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr
              key={e.batch}
              data-batch={e.batch}
              data-ms={e.ms.toFixed(1)}
              data-correct={e.correct}
            >
              {/* (a no-break space: on a narrow screen it wraps before the bracket only) */}
              <th scope="row">{e.batch === 1 ? '1 (한\u00a0장씩)' : int(e.batch)}</th>
              <td>{accuracy(e.correct, e.done)}</td>
              <td>
                {duration(e.ms)} <span className="mnist-inference-log-backend">{e.backend}</span>
              </td>
              <td>
                <span
                  className="mnist-inference-log-bar"
                  style={{ width: `${Math.max(2, (e.ms / e.done / slowest) * 100)}%` }}
                  aria-hidden="true"
                />
                {perImage(e.ms, e.done)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
