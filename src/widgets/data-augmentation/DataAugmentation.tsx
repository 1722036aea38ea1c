// `::data-augmentation` (ch8): a real MNIST test digit under small random rotations, shifts and
// scalings (bilinear resampling of an affine transform, gathered and weighted by the ENGINE in
// the worker), shown as a grid of variants, and how many training examples the ranges make.
import { memo } from 'react';
import { ParamControls, useLiveResult, useReport } from '../kit';
import type { Values } from '../schema';
import type { WidgetProps } from '../types';
import { computeAugment } from './compute';
import { AugmentBody } from './parts/AugmentBody';
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
      <AugmentBody out={out} />
      <VariantCount rotate={values.rotate} shift={values.shift} scale={values.scale} />
    </div>
  );
}

// The frame re-renders on every report(); with the same props there is nothing to redo here.
export default memo(DataAugmentation);
