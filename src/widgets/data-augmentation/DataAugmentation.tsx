// `::data-augmentation` (ch8): a real MNIST test digit under small random rotations, shifts and
// scalings (bilinear resampling of an affine transform, gathered and weighted by the ENGINE in
// the worker), shown as a grid of variants, and how many training examples the ranges make.
import { memo } from 'react';
import { DigitCanvas, fmt, fmtSigned, ParamControls, useLiveResult, useReport } from '../kit';
import type { Values } from '../schema';
import type { WidgetProps } from '../types';
import { computeAugment } from './compute';
import { VariantCount } from './parts/VariantCount';
import type { DataAugmentationSchema } from './schema';
import './data-augmentation.css';

type Props = WidgetProps<DataAugmentationSchema>;

/** The engine call's input for these values (pure: useLiveResult makes the next drag's with it too). */
const toInput = (v: Values<DataAugmentationSchema>) => ({
  digit: v.digit,
  rotate: v.rotate,
  shift: v.shift,
  scale: v.scale,
  seed: v.seed,
});

function DataAugmentation(props: Props) {
  const { values, report } = props;
  const run = useLiveResult(props, toInput, computeAugment);
  const out = run.output;
  const finite = !out || out.result.images.every((v) => Number.isFinite(v));
  const { rootRef } = useReport({
    report,
    result: run,
    errorLabel: '숫자를 변형하지 못했어요',
    diverged: finite ? '' : '변형한 이미지에 NaN이 생겼어요.',
  });

  return (
    <div className="data-augmentation" ref={rootRef}>
      <ParamControls of={props} names={['rotate', 'shift', 'scale']} />
      <ParamControls of={props} names={['digit', 'seed']} />
      {!out ? (
        <p className="data-augmentation-muted">시험 데이터에서 숫자를 불러오는 중…</p>
      ) : (
        <div className="data-augmentation-body">
          <figure className="data-augmentation-original" data-label={out.result.label}>
            <DigitCanvas
              pixels={out.result.original}
              label={`원본: 시험 데이터 ${out.input.digit}번, 정답 ${out.result.label}`}
              className="data-augmentation-digit"
            />
            <figcaption>원본 (정답 {out.result.label})</figcaption>
          </figure>
          <ul className="data-augmentation-grid" aria-label="무작위로 변형한 숫자들">
            {out.transforms.map((t, k) => {
              const angle = `${fmtSigned(Number(t.angle.toFixed(1)), 3)}°`;
              const scale = `×${t.scale.toFixed(2)}`;
              const turn = `${angle} · ${scale}`;
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
                  <span>{turn}</span>
                  <span>{move}</span>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {out && (
        <p className="data-augmentation-muted">
          각 칸에는 범위 안에서 시드로 뽑은 회전(양수: 시계 반대 방향)·이동·배율을 적용했어요.
          엔진이 변형된 그림의 픽셀마다 원본의 이웃 네 픽셀을 모아 가중합(쌍선형 보간)으로 다시
          그렸어요. 모두 여전히 정답 {out.result.label}인 숫자예요: 레이블은 그대로 두고 그림의 수만
          늘려요.
        </p>
      )}
      <VariantCount rotate={values.rotate} shift={values.shift} scale={values.scale} />
    </div>
  );
}

// The frame re-renders on every report(); with the same props there is nothing to redo here.
export default memo(DataAugmentation);
