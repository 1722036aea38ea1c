// The original digit and the grid of its variants, each captioned with its transform. Before the
// engine's images are in, the same boxes stand empty and each caption waits as "…", so nothing
// under the grid moves when the digits come.
import { DigitCanvas, fmt, fmtSigned, Pending } from '../../kit';
import { VARIANTS, type AugmentOutput } from '../compute';

const WAITING = Array.from({ length: VARIANTS }, (_, k) => k);

/** An empty digit box while the engine draws it (unseen by a screen reader: the caption speaks). */
const EmptyDigit = () => (
  <span className="data-augmentation-digit" data-waiting="" aria-hidden="true" />
);

export function AugmentBody({ out }: { out: AugmentOutput | null }) {
  const label = out ? String(out.result.label) : null;
  return (
    <>
      <div className="data-augmentation-body" data-waiting={out ? undefined : ''}>
        <figure className="data-augmentation-original" data-label={label ?? undefined}>
          {out ? (
            <DigitCanvas
              pixels={out.result.original}
              label={`원본: 시험 데이터 ${out.input.digit}번, 정답 ${out.result.label}`}
              className="data-augmentation-digit"
            />
          ) : (
            <EmptyDigit />
          )}
          <figcaption>원본 (정답 {label ?? <Pending label="불러오는 중" />})</figcaption>
        </figure>
        <ul className="data-augmentation-grid" aria-label="무작위로 변형한 숫자들">
          {out
            ? out.transforms.map((t, k) => {
                const angle = `${fmtSigned(Number(t.angle.toFixed(1)), 3)}°`;
                const scale = `×${t.scale.toFixed(2)}`;
                const move = `(${fmt(t.dx)}, ${fmt(t.dy)}) px`;
                return (
                  <li
                    key={k}
                    data-angle={t.angle.toFixed(3)}
                    data-dx={t.dx}
                    data-dy={t.dy}
                    data-scale={t.scale.toFixed(3)}
                  >
                    <DigitCanvas
                      pixels={out.result.images}
                      offset={k * 784}
                      label={`변형 ${k + 1}: 회전 ${angle}, 배율 ${scale}, 이동 ${move}`}
                      className="data-augmentation-digit"
                    />
                    <span>{`${angle} · ${scale}`}</span>
                    <span>{move}</span>
                  </li>
                );
              })
            : WAITING.map((k) => (
                <li key={k}>
                  <EmptyDigit />
                  <span>
                    <Pending label="불러오는 중" />
                  </span>
                  <span aria-hidden="true">…</span>
                </li>
              ))}
        </ul>
      </div>
      <p className="data-augmentation-muted">
        각 칸에는 범위 안에서 시드로 뽑은 회전(양수: 시계 반대 방향)·이동·배율을 적용했어요. 엔진이
        변형된 그림의 픽셀마다 원본의 이웃 네 픽셀을 모아 가중합(쌍선형 보간)으로 다시 그렸어요.
        모두 여전히 원본과 정답이 같은 숫자예요: 레이블은 그대로 두고 그림의 수만 늘려요.
      </p>
    </>
  );
}
