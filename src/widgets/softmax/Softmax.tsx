// `::softmax` (ch3 §3.5): 3–6 inputs, a temperature T and a constant C → the engine's
// softmax((a + C)/T) as bars; the arg-max never moves; why training still needs the
// probabilities (the loss and its gradient from backward()); the book's float32 overflow demo.
// Every part stands in its final shape from the first render: until the engine's numbers are in,
// "…" where they go (the reader's inputs show at once).
import { memo } from 'react';
import {
  ParamControl,
  ParamControls,
  Tex,
  useLatestResult,
  useLiveResult,
  useReport,
} from '../kit';
import type { WidgetProps } from '../types';
import { computeMain, computeOverflow } from './compute';
import { bigLogits, LOGIT_KEYS, mainInput } from './model';
import { ArgmaxNote } from './parts/ArgmaxNote';
import { OverflowDemo } from './parts/OverflowDemo';
import { ProbabilityBars } from './parts/ProbabilityBars';
import { TrainingNote } from './parts/TrainingNote';
import type { SoftmaxSchema } from './schema';
import './softmax.css';

type Props = WidgetProps<SoftmaxSchema>;

const FORMULA =
  'y_k = \\frac{\\exp\\big((a_k + C)/T\\big)}{\\sum_{i=1}^{n} \\exp\\big((a_i + C)/T\\big)}';

function Softmax(props: Props) {
  const { values, report } = props;
  const main = useLiveResult(props, mainInput, computeMain);
  const { input } = main;
  const big = bigLogits(values.big);
  const over = useLatestResult(String(values.big), big, computeOverflow);

  const out = main.output?.out ?? null;
  // Everything below is drawn for the input the numbers were computed for.
  const shown = main.output?.input ?? input;
  const y = out?.y ?? null;
  const finite = !out || out.y.every(Number.isFinite);
  const { rootRef } = useReport({
    report,
    result: main,
    also: [over],
    errorLabel: '엔진이 소프트맥스를 계산하지 못했어요',
    diverged: finite ? '' : '엔진이 NaN 또는 ∞를 돌려줬어요: 그 값은 그리지 않아요.',
  });
  const changed = shown.temperature !== 1 || shown.shift !== 0;

  return (
    <div className="softmax" ref={rootRef}>
      <ParamControls
        of={props}
        names={['count', ...LOGIT_KEYS.slice(0, values.count)]}
        className="softmax-logits"
      />
      <ParamControls of={props} names={['temperature', 'shift']} />
      <p className="softmax-formula">
        <Tex tex={FORMULA} />
      </p>
      <ProbabilityBars
        logits={shown.logits}
        y={y}
        plain={y ? out!.plain : null}
        changed={changed}
      />
      <ArgmaxNote
        logits={shown.logits}
        y={y}
        plain={out?.plain ?? null}
        temperature={shown.temperature}
        shift={shown.shift}
      />
      <TrainingNote
        label={shown.label}
        n={shown.logits.length}
        loss={out?.loss ?? null}
        grad={out?.grad ?? null}
        temperature={shown.temperature}
        control={<ParamControl of={props} name="label" />}
      />
      <OverflowDemo
        logits={over.output?.logits ?? big}
        out={over.output?.out ?? null}
        control={<ParamControls of={props} names={['big']} />}
      />
    </div>
  );
}

// The frame re-renders on every report(); with the same props there is nothing to redo here.
export default memo(Softmax);
