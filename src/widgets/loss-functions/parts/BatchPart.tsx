// The mini-batch: N rows (row 1 is the output above, the others fixed examples), each row's
// cross-entropy and SSE, their sum and their mean (1/N)Σ, and sum vs mean for N = 1 … 8.
import type { ReactNode } from 'react';
import type { LossResult } from '../../../experiments/client';
import { ScrollRegion, Tex } from '../../kit';
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
      {!batch ? (
        <p className="loss-muted">엔진이 계산하는 중…</p>
      ) : (
        <>
          <ScrollRegion className="loss-scroll" label="데이터별 손실 표">
            <table
              className="loss-batch-table"
              data-n={n}
              data-ce-sum={String(batch.ceSum)}
              data-ce-mean={String(batch.ceMean)}
              data-sse-sum={String(batch.sseSum)}
              data-sse-mean={String(batch.sseMean)}
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
                {batch.ce.slice(0, n).map((ce, i) => (
                  <tr key={i} data-row={i + 1}>
                    <th scope="row">{i === 0 ? '1 (위)' : i + 1}</th>
                    <td>{batch.targets[i]}</td>
                    <td>{dec4(batch.rows[i][batch.targets[i]])}</td>
                    <td>{dec4(ce)}</td>
                    <td>{dec4(batch.sse[i])}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr className="loss-batch-sum">
                  <th scope="row" colSpan={3}>
                    합 Σ
                  </th>
                  <td>{dec4(batch.ceSum)}</td>
                  <td>{dec4(batch.sseSum)}</td>
                </tr>
                <tr className="loss-batch-mean">
                  <th scope="row" colSpan={3}>
                    평균 (1/{n}) Σ
                  </th>
                  <td>{dec4(batch.ceMean)}</td>
                  <td>{dec4(batch.sseMean)}</td>
                </tr>
              </tfoot>
            </table>
          </ScrollRegion>
          <BatchChart sums={batch.ceSumByN} means={batch.ceMeanByN} n={n} />
          <p className="loss-muted">
            N을 늘리면 합은 행 수만큼 커지지만 평균은 데이터 하나의 손실과 비슷한 크기에 머물러요.
            그래서 평균을 쓰면 배치 크기가 달라도 손실을 비교할 수 있고, 같은 학습률을 그대로 쓸 수
            있어요.
          </p>
        </>
      )}
    </section>
  );
}
