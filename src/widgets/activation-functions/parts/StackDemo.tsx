// Why a non-linearity: three layers 1 → 4 → 4 → 1 with the same weights, once with identity
// between them (they collapse to one line w·x + b′) and once with ReLU (a kinked line). Until the
// engine's numbers are in, every part stands in its shape: the matrices, the two cases' words
// with "…" where the numbers go, the chart's empty box.
import { useMemo, type ReactNode } from 'react';
import { fmt, Slot } from '../../kit';
import type { StackResult } from '../compute';
import { linearFitError, STACK_SHAPES, STACK_XS } from '../model';
import { Matrix } from './Matrix';
import { StackChart } from './StackChart';

const line = (w: number, b: number, digits = 4) =>
  `${fmt(w, digits)}·x ${b < 0 ? '−' : '+'} ${fmt(Math.abs(b), digits)}`;

export function StackDemo({
  result,
  busy,
  seedControl,
}: {
  result: StackResult | null;
  busy: boolean;
  seedControl: ReactNode;
}) {
  const reluFit = useMemo(
    () => (result ? linearFitError(STACK_XS, result.relu.y) : null),
    [result],
  );
  const collapseError = useMemo(() => {
    const c = result?.linear.collapsed;
    if (!result || !c) return null;
    return Math.max(...STACK_XS.map((x, i) => Math.abs(result.linear.y[i] - (c.w * x + c.b))));
  }, [result]);
  const c = result?.linear.collapsed;
  const weights = result?.linear.weights;
  return (
    <section
      className="activation-functions-stack"
      aria-label="층 3개 쌓기: 선형 대 ReLU"
      aria-busy={busy}
    >
      <p>
        입력 x 하나 → 노드 4개 → 노드 4개 → 출력 y 하나. 층마다 y = xW + b를 계산하고, 층 사이에
        활성화 함수를 둬요. 가중치는 같은 시드로 뽑아 두 경우에 똑같이 써요.
      </p>
      {seedControl}
      <div className="activation-functions-matrices">
        {(weights ?? STACK_SHAPES).map((_, i) => (
          <Matrix
            key={i}
            name={`W${'₁₂₃'[i] ?? i + 1}`}
            m={weights?.[i] ?? null}
            shape={STACK_SHAPES[i] ?? [1, 1]}
          />
        ))}
      </div>
      <div className="activation-functions-stack-grid">
        <div className="activation-functions-stack-case" data-case="linear">
          <h4>층 사이가 항등 함수(선형)일 때</h4>
          {(c || !result) && (
            <p className="activation-functions-collapse" data-w={c?.w} data-b={c?.b}>
              y = ((xW₁ + b₁)W₂ + b₂)W₃ + b₃ = x·(W₁W₂W₃) + b′ ={' '}
              <strong>
                <Slot text={c ? line(c.w, c.b) : null} shape="0.0000·x + 0.0000" />
              </strong>
              <br />세 행렬이 1×1 행렬 하나(W₁W₂W₃ = [
              <Slot text={c ? fmt(c.w, 4) : null} shape="0.0000" />
              ])로 접혀요: 층을 몇 개 쌓아도 층 하나와 같아요.
              {(collapseError !== null || !result) && (
                <span className="activation-functions-check">
                  {' '}
                  (세 층의 출력과 접은 식의 최대 차이{' '}
                  <Slot
                    text={collapseError === null ? null : fmt(collapseError, 2)}
                    shape="0.00e−0"
                  />
                  )
                </span>
              )}
            </p>
          )}
        </div>
        <div className="activation-functions-stack-case" data-case="relu">
          <h4>층 사이가 ReLU일 때</h4>
          {/* while waiting, the usual case's words (a kinked line) with "…" for its numbers */}
          <p
            className="activation-functions-nocollapse"
            data-max-error={reluFit ? reluFit.maxError : undefined}
          >
            {reluFit && reluFit.maxError < 1e-3 ? (
              <>
                이 시드에서는 출력이 우연히 거의 직선이에요: 가장 가까운 직선(
                {line(reluFit.w, reluFit.b, 3)})과의 차이가 최대 {fmt(reluFit.maxError)}
                뿐이에요. 시드를 바꾸면 꺾인 선이 나와요.
              </>
            ) : (
              <>
                출력이 꺾인 선이 돼요. 가장 가까운 직선(
                <Slot
                  text={reluFit ? line(reluFit.w, reluFit.b, 3) : null}
                  shape="0.000·x + 0.000"
                />
                )에서도 최대 <Slot text={reluFit ? fmt(reluFit.maxError) : null} shape="0.000" />
                만큼 벗어나서, 어떤 행렬 하나로도 나타낼 수 없어요.
              </>
            )}
          </p>
        </div>
      </div>
      <StackChart result={result} />
    </section>
  );
}
