// The notes' example: Softmax-with-Loss alone, fed log(0.2), log(0.1), log(0.7) so that its
// softmax output is exactly y = (0.2, 0.1, 0.7); the engine's gradient is y − t.
import { memo, type ReactNode } from 'react';
import type { SoftmaxWithLossResult } from '../../../experiments/client';
import { DEC4_SHAPE, fmt, Slot, Tex } from '../../kit';
import { MatrixTable, Op } from './MatrixTable';

type NotesResult = SoftmaxWithLossResult & { label: number };

export function NotesExample({
  result,
  label,
  labelControl,
}: {
  result: NotesResult | null;
  /** the correct class chosen (0–2): the result's once in, the control's while waiting */
  label: number;
  labelControl: ReactNode;
}) {
  return (
    <section
      className="layer-backprop-notes"
      aria-label="본문의 예: Softmax-with-Loss 계층 하나"
      aria-busy={!result}
    >
      <h4>본문의 예: Softmax-with-Loss 계층 하나 (데이터 1개)</h4>
      <p>
        소프트맥스 입력을 <Tex tex="(\log 0.2,\ \log 0.1,\ \log 0.7)" />로 두면 출력이 정확히{' '}
        <Tex tex="\mathbf{y} = (0.2,\ 0.1,\ 0.7)" />이 돼요. 정답을 골라 보세요.
      </p>
      {labelControl}
      <NotesGradient result={result} label={result?.label ?? label} />
    </section>
  );
}

/**
 * y − t = ∂L/∂a for one label: redrawn only when the engine's numbers for it arrive; before the
 * first answer, its tables and line wait ("…" where the engine's numbers go).
 */
const NotesGradient = memo(function NotesGradient({
  result,
  label,
}: {
  result: NotesResult | null;
  label: number;
}) {
  const t = [[0, 1, 2].map((k) => (k === label ? 1 : 0))];
  return (
    <>
      <div className="layer-backprop-row">
        <MatrixTable
          id="notes-y"
          room="input"
          tex="\mathbf{y}"
          m={result && result.y}
          size={[1, 3]}
          shape="(3,)"
        />
        <Op tex="-" />
        <MatrixTable id="notes-t" tex="\mathbf{t}" m={t} shape="(3,)" />
        <Op tex="=" />
        <MatrixTable
          id="notes-grad"
          room="input"
          tex="\frac{\partial L}{\partial \mathbf{a}}"
          m={result && result.grad}
          size={[1, 3]}
          shape="(3,)"
        />
      </div>
      <p className="layer-backprop-aside" data-loss={result?.loss}>
        정답 칸은 y − 1로 음수가 되어 "더 키워라", 나머지 칸은 y 그대로 "줄여라"라는 신호가 하류로
        가요. 손실은 <Tex tex="-\log" />{' '}
        <span className="layer-backprop-loss-value">
          <Slot text={result && fmt(result.y[0][result.label], 3)} shape="0.0" />
        </span>{' '}
        = <Slot text={result && fmt(result.loss, 4)} shape={DEC4_SHAPE} />. 배치로 묶으면 이 차이를
        N으로 나눠요: 위 역전파의 <Tex tex="\frac{\mathbf{Y} - \mathbf{T}}{N}" />가 그 모습이에요.
      </p>
    </>
  );
});
