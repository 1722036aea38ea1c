// The Markdown playground: write chapter Markdown (math, callouts, widget directives) and see it
// rendered below, as a chapter would render it. Handy for authors trying a directive's parameters.
import { useDeferredValue, useEffect, useState } from 'react';
import { Markdown } from '../notebook/Markdown';
import { WIDGETS } from '../widgets/registry';
// the reader writes any text here: every subset of the Korean font, not only the site's
import './fontsRest';

const SAMPLE = `## 놀이터

수식은 $E = -\\sum_k t_k \\log y_k$처럼 쓰고, 상자는 이렇게 만들어요.

:::note[참고]
지시어(directive)로 위젯과 그림, 상자를 넣을 수 있어요.
:::

:::quiz[학습률 $\\eta$가 너무 크면?]
발산해요.
:::
`;

export function Playground() {
  const [text, setText] = useState(SAMPLE);
  const deferred = useDeferredValue(text);
  useEffect(() => {
    document.title = '마크다운 놀이터 — 밑바닥 노트북';
  }, []);
  return (
    <div className="playground">
      <h1>마크다운 놀이터</h1>
      <p>
        장(chapter)과 같은 방식으로 그려져요. 쓸 수 있는 위젯:{' '}
        {Object.keys(WIDGETS)
          .sort()
          .map((n, i) => (
            <span key={n}>
              {i > 0 && ', '}
              <code>::{n}</code>
            </span>
          ))}
        {Object.keys(WIDGETS).length === 0 && '아직 없음'}
      </p>
      <label htmlFor="playground-source" className="playground-label">
        마크다운
      </label>
      <textarea
        id="playground-source"
        className="playground-source"
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={12}
        spellCheck={false}
      />
      <div className="playground-output chapter" aria-label="미리보기" role="region">
        <Markdown key={deferred} source={deferred} />
      </div>
    </div>
  );
}
