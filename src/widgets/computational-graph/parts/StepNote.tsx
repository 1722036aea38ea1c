// What the step just taken did, in words and numbers: a forward product or sum, or a node's
// backward: the node's local derivatives in words, then upstream × local per input, each on a
// line of its own (side by side in a wide note: two columns, however long the numbers), and at
// the end of the passes what the figure now shows, on its own line too.
// Before the engine's numbers are in, the same note stands with "…" where they go. The numbers
// (won amounts, as wide as their digits) sit only on those short lines, never in the sentence
// above them, so their widths cannot move where the note's lines break when they come.
import type { ReactNode } from 'react';
import {
  SHOPPING_GRAPHS,
  type ShoppingExample,
  type ShoppingResult,
} from '../../../experiments/client';
import { Slot } from '../../kit';
import { leafOps, NODE_LABEL, NUMBER_SHAPE, won, type Step } from '../model';

export function StepNote({
  example,
  graph,
  step,
  index,
  total,
}: {
  example: ShoppingExample;
  /** null until the engine's numbers are in */
  graph: ShoppingResult | null;
  step: Step | null;
  index: number;
  total: number;
}) {
  const num = (pick: (r: ShoppingResult) => number | undefined): ReactNode =>
    graph ? won(pick(graph)) : <Slot text={null} shape={NUMBER_SHAPE} />;
  const v = (n: keyof typeof NODE_LABEL) => num((r) => r.values[n]);
  const g = (n: keyof typeof NODE_LABEL) => num((r) => r.grads[n]);
  const ops = SHOPPING_GRAPHS[example].ops;
  // a node's name waits too when the graph's shape does not say which node the engine's
  // backward() ends on (apples and oranges: the engine's to say; apples alone: its one product)
  const named = graph !== null || leafOps(ops).length === 1;
  const name = (n: keyof typeof NODE_LABEL): ReactNode =>
    named ? NODE_LABEL[n] : <Slot text={null} shape={NODE_LABEL[n]} />;
  const line = (key: string, content: ReactNode) => (
    <span className="computational-graph-line" key={key}>
      {content}
    </span>
  );
  let body: ReactNode;
  if (!step) {
    body = '아직 아무것도 계산하지 않았어요. 입력값만 있어요. "다음"을 눌러 순전파를 시작해요.';
  } else {
    const op = ops.find((o) => o.name === step.op)!;
    const [a, b] = op.inputs;
    const sym = op.op === 'mul' ? '×' : '+';
    if (step.pass === 'forward') {
      body = (
        <>
          <strong>순전파</strong> {sym} 노드: {name(a)} {v(a)} {sym} {name(b)} {v(b)} ={' '}
          <strong>{v(op.name)}</strong> ({name(op.name)})
        </>
      );
    } else {
      const up = g(op.name);
      const start = op.name === 'total' ? '오른쪽 끝에서 ∂L/∂L = 1로 시작해요. ' : '';
      // the local derivative each input's side multiplies the upstream value by
      const [la, lb] = op.op === 'mul' ? [v(b), v(a)] : ['1', '1'];
      body = (
        <>
          <strong>역전파</strong> {sym} 노드: {start}
          {op.op === 'mul'
            ? '상류에서 온 값에 국소적 미분을 곱해요. 곱셈의 국소적 미분은 반대쪽 입력값이에요(∂z/∂x = y, ∂z/∂y = x).'
            : '상류에서 온 값에 국소적 미분 1을 곱해요. 즉 양쪽에 그대로 보내요.'}
          <span className="computational-graph-products">
            {line(
              'a',
              <>
                {name(a)} 쪽: {up} × {la} = <strong>{g(a)}</strong>
              </>,
            )}
            {line(
              'b',
              <>
                {name(b)} 쪽: {up} × {lb} = <strong>{g(b)}</strong>
              </>,
            )}
          </span>
        </>
      );
    }
  }
  return (
    <p
      className="computational-graph-note"
      aria-live="polite"
      aria-busy={graph ? undefined : true}
      data-step-index={index}
    >
      {body}
      {index === total &&
        line(
          'end',
          '역전파 끝: 각 입력에서 나가는 에지의 주황 숫자가 그 입력에 대한 지불 금액의 미분이에요.',
        )}
    </p>
  );
}
