// The perceptron learning rule, step by step or on autoplay, with a log of the last update.
import type { ReactNode } from 'react';
import type { Gate } from '../../../experiments';
import { fmtSigned, Tex } from '../../kit';
import { learningStatus, pointLabel, type Learning } from '../model';

function statusText(gate: Gate, live: Learning | null): string {
  const s = live?.state;
  if (live?.offRange) return '가중치가 범위를 벗어나려 해서 멈췄어요.';
  if (live?.cycled)
    return `에폭 ${live.cycled.at} 끝의 가중치가 에폭 ${live.cycled.from + 1} 시작 때와 똑같아졌어요. 학습 규칙에 무작위성이 없으니 이 순환을 끝없이 되풀이해요 — XOR의 네 점을 나누는 직선이 없으니 학습이 멈출 수 없어요.`;
  if (s?.status === 'converged')
    return s.steps === 0
      ? `이미 네 입력을 모두 맞히고 있어서 더 배울 게 없어요.`
      : `수렴했어요: ${s.steps}단계(갱신 ${s.updates}번) 만에 네 입력을 모두 맞혀요. 이제 가중치가 더는 바뀌지 않아요.`;
  if (s) return `학습 중… 네 입력을 연달아 맞히면(지금 ${s.streak}개째) 멈춰요.`;
  return gate === 'xor'
    ? 'XOR로 학습을 돌려 보세요: 가중치가 끝없이 돌고 돌아요.'
    : '‘한 단계’를 누르면 입력을 하나씩 보여 주고, 틀렸을 때만 가중치를 고쳐요.';
}

export function LearningPanel({
  gate,
  live,
  running,
  onStep,
  onToggle,
  onZero,
  lrControl,
}: {
  gate: Gate;
  live: Learning | null;
  running: boolean;
  onStep: () => void;
  onToggle: () => void;
  onZero: () => void;
  lrControl: ReactNode;
}) {
  const s = live?.state;
  const last = live?.offRange ?? s?.last;
  return (
    <section className="perceptron-gates-learn" aria-label="퍼셉트론 학습 규칙">
      <h4 className="perceptron-gates-subtitle">학습: 퍼셉트론 학습 규칙</h4>
      <p className="perceptron-gates-rule">
        틀린 입력마다 <Tex tex="w \leftarrow w + \eta\,(t - y)\,x," />{' '}
        <Tex tex="b \leftarrow b + \eta\,(t - y)" /> (t: 정답, y: 출력)
      </p>
      <div className="perceptron-gates-learn-controls">
        <button type="button" onClick={onStep} disabled={running}>
          한 단계
        </button>
        <button type="button" onClick={onToggle} aria-pressed={running}>
          {running ? '멈춤' : '자동 학습'}
        </button>
        <button type="button" onClick={onZero}>
          가중치 0에서 시작
        </button>
        {lrControl}
      </div>
      <div className="perceptron-gates-log" aria-live="polite" data-learning={learningStatus(live)}>
        {s && (
          <p>
            단계 {s.steps} · 에폭 {s.epoch} · 갱신 {s.updates}번
          </p>
        )}
        {last && (
          <p>
            입력 {pointLabel(last.x)}: 정답 t = {last.target}, 출력 y = {last.output} →{' '}
            {last.output === last.target
              ? '맞았으니 그대로'
              : `Δw = (${fmtSigned(last.delta.w[0])}, ${fmtSigned(last.delta.w[1])}), Δb = ${fmtSigned(last.delta.b)}`}
          </p>
        )}
        <p className="perceptron-gates-learn-status">{statusText(gate, live)}</p>
      </div>
    </section>
  );
}
