// The runs measured so far on this page, one row per batch size (the newest of each): the same
// accuracy every time, the time falling as B grows. The runs on their way have their rows already
// ("…" for the numbers): the table does not grow under the reader as each one ends.
import { Pending, ScrollRegion } from '../../kit';
import { accuracy, duration, int, perImage } from '../model';

export interface LogEntry {
  batch: number;
  ms: number;
  done: number;
  correct: number;
  backend: string;
}

export function RunLog({
  entries,
  pending,
}: {
  entries: LogEntry[];
  /** batch sizes whose runs are coming (the one at a time, the chosen B) */
  pending: number[];
}) {
  const byBatch = new Map<number, LogEntry | null>(pending.map((b) => [b, null]));
  for (const e of entries) byBatch.set(e.batch, e);
  const rows = [...byBatch].sort(([a], [b]) => a - b);
  if (rows.length === 0) return null;
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
          {rows.map(([batch, e]) =>
            e ? (
              <MeasuredRow key={batch} e={e} slowest={slowest} />
            ) : (
              <tr key={batch} data-waiting="">
                <th scope="row">{batchLabel(batch)}</th>
                <td>
                  <Pending label="기다리는 중" />
                </td>
                <td>
                  <Pending label="기다리는 중" />{' '}
                  {/* the backend's room (a line of its own on a phone) */}
                  <span className="mnist-inference-log-backend">{'\u00a0'}</span>
                </td>
                <td>
                  <Pending label="기다리는 중" />
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** B as the table writes it (a no-break space: on a narrow screen it wraps before the bracket only). */
const batchLabel = (b: number) => (b === 1 ? '1 (한\u00a0장씩)' : int(b));

function MeasuredRow({ e, slowest }: { e: LogEntry; slowest: number }) {
  return (
    <tr data-batch={e.batch} data-ms={e.ms.toFixed(1)} data-correct={e.correct}>
      <th scope="row">{batchLabel(e.batch)}</th>
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
  );
}
