// `::computational-graph` (ch5 §5.1–5.4): the book's shopping examples as a computational graph
// built from the ENGINE's scalar tensors (mul, add). Step through the forward pass and then the
// backward pass one node at a time, in the order the engine's backward() ran them, with each
// node's local derivative and upstream × local on its edges; or fill in the hidden gradients.
import { memo, useEffect, useState } from 'react';
import {
  ParamControl,
  ParamControls,
  Slot,
  useLiveResult,
  useReport,
  useResettableState,
} from '../kit';
import type { Values } from '../schema';
import type { WidgetProps } from '../types';
import { SHOPPING_GRAPHS } from '../../experiments/client';
import { computeGraph, type GraphInput } from './compute';
import { BLANKS, NUMBER_SHAPE, steps, visibility, waitingStep, won } from './model';
import { BlankQuiz } from './parts/BlankQuiz';
import { GraphSvg } from './parts/GraphSvg';
import { StepControls, stepForKey } from './parts/StepControls';
import { StepNote } from './parts/StepNote';
import type { ComputationalGraphSchema } from './schema';
import './computational-graph.css';

type Props = WidgetProps<ComputationalGraphSchema>;
const PLAY_MS = 1100;

/** The engine call's input for these values (pure: useLiveResult makes the next drag's with it too). */
const toInput = (v: Values<ComputationalGraphSchema>): GraphInput => ({
  example: v.example,
  applePrice: v['apple-price'],
  appleCount: v['apple-count'],
  orangePrice: v['orange-price'],
  orangeCount: v['orange-count'],
  tax: v.tax,
});

function ComputationalGraph(props: Props) {
  const { values, report, resetCount } = props;
  const result = useLiveResult(props, toInput, computeGraph);
  const { key } = result;
  const out = result.output;
  const graph = out?.graph ?? null;
  const quiz = values.mode === 'quiz';
  const example = out?.input.example ?? values.example;
  const ops = SHOPPING_GRAPHS[example].ops;
  const all = graph ? steps(graph) : [];
  // each op once forward and once backward; known before the engine's numbers are in
  const total = graph ? all.length : 2 * ops.length;
  // null: the whole figure (every step taken), as in the book.
  const [at, setAt] = useResettableState<number | null>(null, resetCount);
  const [playing, setPlaying] = useResettableState(false, resetCount);
  const step = at === null ? total : Math.min(at, total);

  // Playing: one step per tick until the end.
  useEffect(() => {
    if (!playing) return;
    const timer = setTimeout(() => {
      const next = Math.min(step + 1, total);
      setAt(next);
      if (next >= total) setPlaying(false);
    }, PLAY_MS);
    return () => clearTimeout(timer);
  }, [playing, step, total, setAt, setPlaying]);

  const finite = !graph || Object.values(graph.grads).every(Number.isFinite);
  const { rootRef } = useReport({
    report,
    result,
    running: playing,
    errorLabel: '엔진이 계산 그래프를 풀지 못했어요',
    diverged: finite ? '' : '엔진이 NaN 또는 ∞를 돌려줬어요.',
  });

  // The inputs of the graph shown (in the same JSON as `key`): quiz marks belong to it.
  const shownKey = out ? JSON.stringify(out.input) : key;
  const done = quiz ? all : all.slice(0, step);
  const vis = visibility(ops, done);
  const [focused, setFocused] = useState(false);

  return (
    <div
      className="computational-graph"
      ref={rootRef}
      data-step={quiz ? undefined : step}
      data-steps={total}
    >
      <div className="controls">
        <ParamControl of={props} name="example" />
        <ParamControl of={props} name="mode" />
      </div>
      <ParamControls
        of={props}
        names={
          values.example === 'apple'
            ? ['apple-price', 'apple-count', 'tax']
            : ['apple-price', 'apple-count', 'orange-price', 'orange-count', 'tax']
        }
        className="computational-graph-inputs"
      />
      {!graph && quiz ? (
        <p className="computational-graph-wait">엔진이 계산 그래프를 푸는 중…</p>
      ) : (
        <>
          {!quiz && (
            <StepControls
              step={step}
              total={total}
              playing={playing}
              waiting={!graph}
              onStep={(s) => {
                setPlaying(false);
                setAt(Math.max(0, Math.min(total, s)));
              }}
              onPlay={(on) => {
                if (on && step >= total) setAt(0);
                setPlaying(on);
              }}
            />
          )}
          <div
            className={`computational-graph-figure${focused ? ' is-focused' : ''}`}
            tabIndex={quiz ? undefined : 0}
            role={quiz ? undefined : 'group'}
            aria-label={
              quiz
                ? undefined
                : `계산 그래프 (단계 ${step}/${total}). ←/→ 키로 한 단계씩 움직이고, 노드를 누르면 그 노드의 단계로 가요.`
            }
            onFocus={() => setFocused(true)}
            onBlur={() => setFocused(false)}
            onKeyDown={(e) => {
              if (quiz || !graph) return;
              const next = stepForKey(e.key, step, total);
              if (next === null) return;
              e.preventDefault();
              setPlaying(false);
              setAt(next);
            }}
          >
            <GraphSvg
              example={example}
              graph={graph}
              shownForward={vis.forward}
              shownBackward={vis.backward}
              active={quiz ? null : (all[step - 1] ?? null)}
              blanks={quiz ? BLANKS[example] : null}
              onNode={
                quiz || !graph
                  ? null
                  : (op) => {
                      // A click on a node: its next pass (forward, then backward, then forward).
                      const mine = all.flatMap((s, i) => (s.op === op ? [i + 1] : []));
                      setPlaying(false);
                      setAt(mine.find((i) => i > step) ?? mine[0]);
                    }
              }
            />
          </div>
          <p className="computational-graph-legend">
            <span className="computational-graph-key-fwd">파란 숫자: 순전파 값</span>
            <span className="computational-graph-key-bwd">
              주황 숫자: 역전파 값 (지불 금액 L을 그 에지의 값으로 미분한 것)
            </span>
          </p>
          {quiz && graph ? (
            <BlankQuiz
              key={example}
              example={example}
              graph={graph}
              resultKey={shownKey}
              resetCount={resetCount}
            />
          ) : (
            <StepNote
              example={example}
              graph={graph}
              step={graph ? (all[step - 1] ?? null) : waitingStep(ops, step, total)}
              index={step}
              total={total}
            />
          )}
          <p className="computational-graph-summary" data-total={graph?.values.total}>
            지불 금액{' '}
            <strong>
              {graph ? won(graph.values.total) : <Slot text={null} shape={NUMBER_SHAPE} />}
            </strong>
            원. 역전파 순서는 엔진의 backward()가 실제로 노드를 처리한 순서예요(위상 정렬의 역순).
          </p>
        </>
      )}
    </div>
  );
}

export default memo(ComputationalGraph);
