// One episode of the shown REINFORCE run laid open: π before, the sampled arm, the reward, the
// baseline, the engine's gradient (R − b)·∇log π(a) from backward(), the step α·that and π after.
// Before the run is in (`trace` null) every number waits in its room (Slot), so the paragraphs
// wrap as they will; the numbers are written to fixed decimals for the same reason.
import { Fragment } from 'react';
import type { BanditTrace } from '../../../experiments/client';
import { Slot, Tex } from '../../kit';
import { ARM_NAMES, dec3, probsAt, SHAPE, signed3 } from '../model';

/** "(a, b, c)", each number in its own room while not in: the line breaks where the numbers' will. */
function Vec({ v, signed = false }: { v: readonly number[] | null; signed?: boolean }) {
  return (
    <>
      (
      {[0, 1, 2].map((k) => (
        <Fragment key={k}>
          {k > 0 && ', '}
          <Slot
            text={v && (signed ? signed3 : dec3)(v[k])}
            shape={signed ? SHAPE.signed : SHAPE.prob}
          />
        </Fragment>
      ))}
      )
    </>
  );
}

export function EpisodeStep({
  trace,
  t,
  alpha,
  baseline,
}: {
  trace: BanditTrace | null;
  t: number;
  alpha: number;
  baseline: boolean;
}) {
  const busy = trace ? undefined : true;
  if (t === 0)
    return (
      <div className="policy-gradient-step" data-episode={0} aria-busy={busy}>
        <p>
          시작: π = <Vec v={trace && probsAt(trace, 0)} />, 점수 w = log π. 아직 아무것도 뽑지
          않았어요. 위 슬라이더로 에피소드를 골라 보세요.
        </p>
      </div>
    );
  const i = t - 1;
  const a = trace?.actions[i];
  const R = trace?.rewards[i];
  const b = trace?.baselines[i];
  const g = trace && [0, 1, 2].map((k) => trace.grads[i * 3 + k]);
  const num = (v: number | undefined, f: (x: number) => string, shape: string) => (
    <Slot text={v === undefined ? null : f(v)} shape={shape} />
  );
  return (
    <div
      className="policy-gradient-step"
      data-episode={t}
      data-action={a}
      data-reward={R}
      aria-busy={busy}
    >
      <p>
        에피소드 {t}: π = <Vec v={trace && probsAt(trace, i)} />
        에서 뽑은 것은{' '}
        <strong>
          <Slot text={a === undefined ? null : ARM_NAMES[a]} shape={SHAPE.arm} />
        </strong>
        , 받은 보상 R = {num(R, dec3, SHAPE.prob)}.
        {baseline && (
          <>
            {' '}
            기준선 b = {num(b, dec3, SHAPE.prob)}이니 R − b ={' '}
            {num(R === undefined ? undefined : R - b!, signed3, SHAPE.signed)}.
          </>
        )}
      </p>
      <p>
        엔진의 backward()가 구한{' '}
        <Tex tex={baseline ? '(R-b)\\,\\nabla_w \\log\\pi(a)' : 'R\\,\\nabla_w \\log\\pi(a)'} /> ={' '}
        <Vec v={g} signed />{' '}
        <span className="policy-gradient-muted">
          = {baseline ? '(R − b)' : 'R'} × (원-핫(
          <Slot text={a === undefined ? null : String(a)} shape="0" />) − π)
        </span>
      </p>
      <p>
        갱신 Δw = α × 그 기울기 = <Vec v={g && g.map((x) => alpha * x)} signed /> → 새 π ={' '}
        <Vec v={trace && probsAt(trace, t)} />
      </p>
    </div>
  );
}
