// `::perceptron-gates` (ch2): one perceptron y = [w1·x1 + w2·x2 + b > 0] against a gate's truth
// table, the decision line over the input plane, the learning rule step by step, and XOR built
// from two layers. Four points and three numbers: plain arithmetic from src/experiments.
import { memo, useEffect, useRef } from 'react';
import { ParamControl, ParamControls, useReport, useResettableState, useSyncResult } from '../kit';
import type { WidgetProps } from '../types';
import {
  advance,
  evaluate,
  formatAffine,
  gateName,
  outputRegions,
  pointLabel,
  type HalfPlane,
  type Learning,
} from './model';
import { BookPresets } from './parts/BookPresets';
import { GatePlot } from './parts/GatePlot';
import { LearningPanel } from './parts/LearningPanel';
import { TruthTable } from './parts/TruthTable';
import { Verdict } from './parts/Verdict';
import { XorConstruction } from './parts/XorConstruction';
import { AUTO_MS, type PerceptronGatesSchema } from './schema';
import './perceptron-gates.css';

type Props = WidgetProps<PerceptronGatesSchema>;

function PerceptronGates(props: Props) {
  const { values, set, schema, report, resetCount } = props;
  const { gate, w1, w2, b } = values;
  const result = useSyncResult(`${gate} ${w1} ${w2} ${b}`, values, (v) => ({ rows: evaluate(v) }));
  const rows = result.output.rows;
  const correct = rows.filter((r) => r.ok).length;

  // A learning run and its autoplay; "책 기본값" ends both.
  const [learning, setLearning] = useResettableState<Learning | null>(null, resetCount);
  const [running, setRunning] = useResettableState(false, resetCount);
  // The run belongs to the current gate and weights; moving a slider starts a fresh one.
  const p = learning?.state.params;
  const live =
    learning?.gate === gate && p?.w[0] === w1 && p.w[1] === w2 && p.b === b ? learning : null;

  const step = () => {
    const r = advance(live, gate, { w: [w1, w2], b }, values.lr, [schema.w1.min, schema.w1.max]);
    setLearning(r.learning);
    if (r.params) set({ w1: r.params.w[0], w2: r.params.w[1], b: r.params.b });
    if (r.stop) setRunning(false);
  };
  const stepRef = useRef(step);
  useEffect(() => {
    stepRef.current = step;
  });
  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => stepRef.current(), AUTO_MS[values.speed]);
    return () => clearInterval(id);
  }, [running, values.speed]);

  const diverged = live?.offRange
    ? `학습 중 가중치가 슬라이더 범위(${schema.w1.min} ~ ${schema.w1.max}) 밖으로 나가려 해서 멈췄어요. 학습률을 줄이거나 가중치를 0에서 다시 시작해 보세요.`
    : '';
  const { rootRef } = useReport({ report, result, diverged, running });

  const h: HalfPlane = { w: [w1, w2], b };
  const affine = formatAffine(h.w, h.b);
  return (
    <div className="perceptron-gates" ref={rootRef}>
      <div className="perceptron-gates-pickers">
        <ParamControl of={props} name="gate" className="perceptron-gates-gate" />
        <BookPresets current={values} onPick={set} />
      </div>
      <ParamControls of={props} names={['w1', 'w2', 'b']} />
      <p className="perceptron-gates-equation">
        y = 1 &nbsp;(<span className="perceptron-gates-affine">{affine}</span> &gt; 0일 때), 아니면
        y = 0
      </p>

      <div className="perceptron-gates-main">
        <GatePlot
          label={`입력 평면: 결정 경계 ${affine} = 0. ${gateName(gate)}의 네 입력 중 ${correct}개를 맞힘.`}
          points={rows.map((r) => ({
            at: [r.x[0], r.x[1]],
            target: r.t,
            output: r.y,
            label: pointLabel(r.x),
          }))}
          regions={outputRegions(h)}
          lines={[{ ...h, variant: 'main', role: 'decision', label: '결정 경계' }]}
        />
        <div className="perceptron-gates-side">
          <TruthTable
            caption={`${gateName(gate)} 진리표와 퍼셉트론의 출력`}
            rows={rows}
            current={live?.state.last?.sample}
          />
          <Verdict gate={gate} correct={correct} />
        </div>
      </div>

      <LearningPanel
        gate={gate}
        live={live}
        running={running}
        onStep={step}
        onToggle={() => setRunning((r) => !r)}
        onZero={() => {
          setRunning(false);
          setLearning(null);
          set({ w1: 0, w2: 0, b: 0 });
        }}
        lrControl={<ParamControls of={props} names={['lr', 'speed']} />}
      />

      {gate === 'xor' && <XorConstruction />}
    </div>
  );
}

// The frame re-renders on every report(); with the same props there is nothing to redo here.
export default memo(PerceptronGates);
