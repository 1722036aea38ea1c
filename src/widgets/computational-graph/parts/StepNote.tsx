// What the step just taken did, in words and numbers: a forward product or sum, or a node's
// backward: the upstream gradient, the node's local derivatives and upstream × local per input.
// Before the engine's numbers are in, the same sentence stands with "…" where they go.
import type { ReactNode } from 'react';
import {
  SHOPPING_GRAPHS,
  type ShoppingExample,
  type ShoppingResult,
} from '../../../experiments/client';
import { Slot } from '../../kit';
import { NODE_LABEL, NUMBER_SHAPE, won, type Step } from '../model';

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
  // a node's name waits too: which node the engine's backward() ends on is the engine's to say
  const name = (n: keyof typeof NODE_LABEL): ReactNode =>
    graph ? NODE_LABEL[n] : <Slot text={null} shape={NODE_LABEL[n]} />;
  let body: ReactNode;
  if (!step) {
    body = '아직 아무것도 계산하지 않았어요. 입력값만 있어요. "다음"을 눌러 순전파를 시작해요.';
  } else {
    const op = SHOPPING_GRAPHS[example].ops.find((o) => o.name === step.op)!;
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
      body =
        op.op === 'mul' ? (
          <>
            <strong>역전파</strong> × 노드: {start}상류에서 온 값 {up}에 국소적 미분을 곱해요.
            곱셈의 국소적 미분은 반대쪽 입력값이에요(∂z/∂x = y, ∂z/∂y = x). {name(a)} 쪽: {up} ×{' '}
            {v(b)} = <strong>{g(a)}</strong>, {name(b)} 쪽: {up} × {v(a)} = <strong>{g(b)}</strong>
          </>
        ) : (
          <>
            <strong>역전파</strong> + 노드: 상류에서 온 값 {up}에 국소적 미분 1을 곱해요. 즉 양쪽에
            그대로 보내요. {name(a)} 쪽: {up} × 1 = <strong>{g(a)}</strong>, {name(b)} 쪽: {up} × 1
            = <strong>{g(b)}</strong>
          </>
        );
    }
  }
  return (
    <p className="computational-graph-note" aria-live="polite" data-step-index={index}>
      {body}
      {index === total &&
        ' — 역전파 끝: 각 입력에서 나가는 에지의 주황 숫자가 그 입력에 대한 지불 금액의 미분이에요.'}
    </p>
  );
}
