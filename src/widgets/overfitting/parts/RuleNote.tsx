// What the engine does for each regulariser, in formulas: weight decay's extra gradient λW, and
// dropout in the book's (non-inverted) convention beside the inverted one most libraries use.
import { Tex } from '../../kit';

export function RuleNote({ weightDecay, dropout }: { weightDecay: number; dropout: number }) {
  const p = dropout > 0 ? String(Number(dropout.toPrecision(3))) : 'p';
  return (
    <div className="overfit__rules">
      {weightDecay > 0 || dropout === 0 ? (
        <p data-rule="weight-decay">
          가중치 감소: 손실에 <Tex tex="\tfrac12\lambda\sum W^2" />을 더하니 가중치마다 기울기에{' '}
          <Tex tex="\lambda W" />가 더해져요 (편향은 그대로).{' '}
          <Tex
            className="overfit__formula"
            tex="W \leftarrow W - \eta\,(\partial L/\partial W + \lambda W)"
          />
        </p>
      ) : null}
      {dropout > 0 ? (
        <div data-rule="dropout">
          <p>
            드롭아웃: 마스크 <Tex tex="m" />의 각 원소가 1일 확률은 <Tex tex={`1 - ${p}`} />, 0일
            확률은 <Tex tex={p} />
            이고 미니배치마다 새로 뽑아요. 아래 두 방식은 기댓값을 맞추는 배율을 어디에 두느냐만
            달라요.
          </p>
          <dl className="overfit__conventions">
            <div>
              <dt>이 엔진 (책의 방식)</dt>
              <dd>
                훈련 <Tex tex="y = x \odot m" />, 시험 <Tex tex={`y = (1 - ${p})\\,x`} />
              </dd>
            </div>
            <div>
              <dt>역 드롭아웃 (요즘 프레임워크)</dt>
              <dd>
                훈련 <Tex tex={`y = x \\odot m \\,/\\, (1 - ${p})`} />, 시험 <Tex tex="y = x" />
              </dd>
            </div>
          </dl>
        </div>
      ) : null}
    </div>
  );
}
