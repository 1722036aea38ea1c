// "과연 다음 빈칸의 정답은?": the gradients hidden as numbered blanks; the reader types them and
// gets a kind answer for each: praise with the reason, or a hint that points to the rule.
import { useId, useState } from 'react';
import { useResettableState } from '../../kit';
import {
  SHOPPING_GRAPHS,
  type ShoppingExample,
  type ShoppingNode,
  type ShoppingResult,
} from '../../../experiments/client';
import { BLANKS, CIRCLED, NODE_LABEL, grade, won } from '../model';

export function BlankQuiz({
  example,
  graph,
  resultKey,
  resetCount,
}: {
  example: ShoppingExample;
  graph: ShoppingResult;
  /** The inputs the graph was computed for: marks from other inputs are not shown. */
  resultKey: string;
  resetCount: number;
}) {
  const id = useId();
  const blanks = BLANKS[example];
  const ops = SHOPPING_GRAPHS[example].ops;
  const [answers, setAnswers] = useResettableState<Partial<Record<ShoppingNode, string>>>(
    {},
    resetCount,
  );
  const [checked, setChecked] = useState<{ key: string; answers: typeof answers } | null>(null);
  const marks =
    checked?.key === resultKey
      ? blanks.map((n, i) => {
          const typed = checked.answers[n]?.trim() ?? '';
          return typed ? grade(ops, graph, n, typed, i) : null;
        })
      : blanks.map(() => null);
  const right = marks.filter((m) => m?.ok).length;
  return (
    <form
      className="computational-graph-quiz"
      aria-label="빈칸 채우기"
      onSubmit={(e) => {
        e.preventDefault();
        setChecked({ key: resultKey, answers });
      }}
    >
      <p className="computational-graph-quiz-intro">
        과연 빈칸의 정답은? 오른쪽 끝의 1에서 출발해 노드 규칙을 차례로 적용해 보세요. 덧셈 노드는
        그대로, 곱셈 노드는 반대쪽 입력을 곱해서 보내요.
      </p>
      <ol className="computational-graph-blanks">
        {blanks.map((n, i) => {
          const mark = marks[i];
          const inputId = `${id}-${n}`;
          return (
            <li key={n} data-blank={n} data-mark={mark ? (mark.ok ? 'right' : 'wrong') : undefined}>
              <label htmlFor={inputId}>
                {CIRCLED[i]} {NODE_LABEL[n]} 쪽 ∂L/∂{NODE_LABEL[n]}
              </label>
              <input
                id={inputId}
                type="text"
                inputMode="decimal"
                autoComplete="off"
                value={answers[n] ?? ''}
                aria-invalid={mark ? !mark.ok : undefined}
                aria-describedby={mark ? `${inputId}-msg` : undefined}
                onChange={(e) => setAnswers((a) => ({ ...a, [n]: e.target.value }))}
              />
              {mark && (
                <span
                  id={`${inputId}-msg`}
                  className={`computational-graph-mark ${mark.ok ? 'is-right' : 'is-wrong'}`}
                >
                  {mark.ok ? '✓ ' : '힌트: '}
                  {mark.message}
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <div className="computational-graph-quiz-actions">
        <button type="submit">채점하기</button>
        <button
          type="button"
          onClick={() => {
            setAnswers({});
            setChecked(null);
          }}
        >
          다시 풀기
        </button>
        {checked?.key === resultKey && (
          <span role="status" className="computational-graph-score">
            {right === blanks.length
              ? `${blanks.length}칸 모두 맞혔어요! 역전파를 손으로 해냈어요.`
              : `${blanks.length}칸 중 ${right}칸 맞혔어요.`}
          </span>
        )}
      </div>
      <details className="computational-graph-answers">
        <summary>정답 보기</summary>
        <p>
          {blanks.map((n, i) => `${CIRCLED[i]} ${won(graph.grads[n])}`).join(', ')} (엔진의
          backward()가 구한 값)
        </p>
      </details>
    </form>
  );
}
