// One episode of the shown REINFORCE run laid open: π before, the sampled arm, the reward, the
// baseline, the engine's gradient (R − b)·∇log π(a) from backward(), the step α·that and π after.
import type { BanditTrace } from '../../../experiments/client';
import { fmt, fmtSigned, Tex } from '../../kit';
import { ARM_NAMES, probsAt } from '../model';

const vec = (v: number[], f: (x: number) => string = (x) => fmt(x, 3)) =>
  `(${v.map(f).join(', ')})`;

export function EpisodeStep({
  trace,
  t,
  alpha,
  baseline,
}: {
  trace: BanditTrace;
  t: number;
  alpha: number;
  baseline: boolean;
}) {
  if (t === 0)
    return (
      <div className="policy-gradient-step" data-episode={0}>
        <p>
          시작: π = {vec(probsAt(trace, 0))}, 점수 w = log π. 아직 아무것도 뽑지 않았어요. 위
          슬라이더로 에피소드를 골라 보세요.
        </p>
      </div>
    );
  const i = t - 1;
  const a = trace.actions[i];
  const R = trace.rewards[i];
  const b = trace.baselines[i];
  const g = [0, 1, 2].map((k) => trace.grads[i * 3 + k]);
  return (
    <div className="policy-gradient-step" data-episode={t} data-action={a} data-reward={R}>
      <p>
        에피소드 {t}: π = {vec(probsAt(trace, i))}에서 뽑은 것은 <strong>{ARM_NAMES[a]}</strong>,
        받은 보상 R = {fmt(R, 3)}.
        {baseline ? ` 기준선 b = ${fmt(b, 3)}이니 R − b = ${fmtSigned(R - b, 3)}.` : ''}
      </p>
      <p>
        엔진의 backward()가 구한{' '}
        <Tex tex={baseline ? '(R-b)\\,\\nabla_w \\log\\pi(a)' : 'R\\,\\nabla_w \\log\\pi(a)'} /> ={' '}
        {vec(g)}{' '}
        <span className="policy-gradient-muted">
          = {baseline ? '(R − b)' : 'R'} × (원-핫({a}) − π)
        </span>
      </p>
      <p>
        갱신 Δw = α × 그 기울기 ={' '}
        {vec(
          g.map((x) => alpha * x),
          (x) => fmtSigned(x, 2),
        )}{' '}
        → 새 π = {vec(probsAt(trace, t))}
      </p>
    </div>
  );
}
