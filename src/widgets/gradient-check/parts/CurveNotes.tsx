// The U-curve's legend and what it shows: truncation error on the right, round-off on the left,
// and each precision's best h, read off the curve ("…" until the curve is in).
import type { GradientCheckResult } from '../../../experiments/client';
import { Slot, Swatch, seriesColor } from '../../kit';
import { bestHs, fmtSci } from '../model';
import { SCI_SHAPE } from './shapes';

export function CurveNotes({ result }: { result: GradientCheckResult | null }) {
  const best = result ? bestHs(result) : null;
  return (
    <>
      <ul className="gradient-check-legend">
        <li>
          <Swatch color={seriesColor(0)} /> float32 중심 차분
        </li>
        <li>
          <Swatch color={seriesColor(1)} /> float64 중심 차분
        </li>
        <li>점선: 통과 기준 · 세로선과 ○: 지금의 h</li>
      </ul>
      <p
        className="gradient-check-note"
        data-best-h-float32={best?.float32}
        data-best-h-float64={best?.float64}
      >
        이 곡선은 수치 미분 자체의 오차예요: 정답으로는 책의 역전파 공식을 float64로 그대로 계산한
        기울기를 썼어요(그래서 버그를 심어도 이 곡선은 그대로예요). 오른쪽(h가 큼)은{' '}
        <b>절단 오차</b>: 중심 차분의 오차는 h²에 비례하고, h가 크면 ReLU의 꺾인 점을 건너뛰기도
        해요. 왼쪽(h가 작음)은 <b>반올림 오차</b>: f(p+h)와 f(p−h)가 거의 같아져 유효 숫자가
        사라지고, 그 오차가 1/h로 커져요. 그래서 곡선이 U자예요. 오차가 가장 작은 h: float32(ε ≈
        1.2e−7)에서는{' '}
        <b>
          <Slot text={best && fmtSci(best.float32)} shape={SCI_SHAPE} />
        </b>
        , float64(ε ≈ 2.2e−16)에서는{' '}
        <b>
          <Slot text={best && fmtSci(best.float64)} shape={SCI_SHAPE} />
        </b>
        . 책의 h = 1e−4는 float64에 맞춘 값이라, float32로 그대로 쓰면 반올림 오차에 묻혀요.
      </p>
    </>
  );
}
