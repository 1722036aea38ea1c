// The mini-batch: N rows (row 1 is the output above, the others fixed examples), each row's
// cross-entropy and SSE, their sum and their mean (1/N)Σ, and sum vs mean for N = 1 … 8. While
// the engine computes, the same table with "…" in each number's room and the chart's axes.
import type { ReactNode } from 'react';
import type { LossResult } from '../../../experiments/client';
import { DEC4_SHAPE, ScrollRegion, Slot, Tex } from '../../kit';
import { dec4 } from '../model';
import { BatchChart } from './BatchChart';

export function BatchPart({
  batch,
  n,
  control,
}: {
  batch: LossResult['batch'] | null;
  n: number;
  control: ReactNode;
}) {
  return (
    <section className="loss-batch" aria-label="미니배치: 합과 평균">
      <h4>미니배치: 합과 평균</h4>
      <p>
        데이터 N개를 한 번에 쓸 때는 데이터마다 손실을 구해 평균을 내요:{' '}
        <Tex tex="E = -\frac{1}{N}\sum_n \sum_k t_{nk} \log y_{nk}" />. 첫 행은 위에서 만든
        출력이고, 나머지는 고정된 예시 출력이에요.
      </p>
      {control}
      <ScrollRegion className="loss-scroll" label="데이터별 손실 표">
        <table
          className="loss-batch-table"
          data-n={n}
          data-ce-sum={batch ? String(batch.ceSum) : undefined}
          data-ce-mean={batch ? String(batch.ceMean) : undefined}
          data-sse-sum={batch ? String(batch.sseSum) : undefined}
          data-sse-mean={batch ? String(batch.sseMean) : undefined}
        >
          <caption>데이터별 손실 (엔진 계산)</caption>
          <thead>
            <tr>
              <th scope="col">행</th>
              <th scope="col">정답</th>
              <th scope="col">
                y<sub>정답</sub>
              </th>
              <th scope="col">CE</th>
              <th scope="col">SSE</th>
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: n }, (_, i) => (
              <tr key={i} data-row={i + 1}>
                <th scope="row">{i === 0 ? '1 (위)' : i + 1}</th>
                <td>
                  <Slot text={batch && String(batch.targets[i])} shape="0" />
                </td>
                <Cell v={batch && batch.rows[i][batch.targets[i]]} />
                <Cell v={batch && batch.ce[i]} />
                <Cell v={batch && batch.sse[i]} />
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="loss-batch-sum">
              <th scope="row" colSpan={3}>
                합 Σ
              </th>
              <Cell v={batch && batch.ceSum} />
              <Cell v={batch && batch.sseSum} />
            </tr>
            <tr className="loss-batch-mean">
              <th scope="row" colSpan={3}>
                평균 (1/{n}) Σ
              </th>
              <Cell v={batch && batch.ceMean} />
              <Cell v={batch && batch.sseMean} />
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>
      <BatchChart sums={batch?.ceSumByN ?? null} means={batch?.ceMeanByN ?? null} n={n} />
      <p className="loss-muted">
        N을 늘리면 합은 행 수만큼 커지지만 평균은 데이터 하나의 손실과 비슷한 크기에 머물러요.
        그래서 평균을 쓰면 배치 크기가 달라도 손실을 비교할 수 있고, 같은 학습률을 그대로 쓸 수
        있어요.
      </p>
    </section>
  );
}

/** One number of the table (null: not in yet). */
function Cell({ v }: { v: number | null }) {
  return (
    <td>
      <Slot text={v === null ? null : dec4(v)} shape={DEC4_SHAPE} />
    </td>
  );
}
