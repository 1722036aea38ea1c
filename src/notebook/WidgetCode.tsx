// "이 위젯이 실행하는 코드": under a widget, the TypeScript our engine actually runs for it, cut
// from the shipped source (sourceExcerpt.ts), loaded when the reader opens the panel; each
// excerpt names its file and lines and can expand to the whole file. Coloured once the
// highlighter's chunk has come (highlightTs.tsx); plain text until then, or if it cannot come.
import { useMemo, useState, type ReactNode } from 'react';
import { excerpt, loadSource, type CodeRef } from './sourceExcerpt';

interface Loaded {
  code: CodeRef;
  source: string;
}

type Highlight = (source: string) => ReactNode;

function Listing({ code: r, source, highlight }: Loaded & { highlight: Highlight | null }) {
  const [whole, setWhole] = useState(false);
  const cut = excerpt(source, r.symbol);
  const shown = whole || !cut ? source : cut.text;
  const coloured = useMemo(() => highlight?.(shown) ?? shown, [highlight, shown]);
  return (
    <figure className="widget-code-listing" data-symbol={r.symbol}>
      <figcaption>
        <code>src/{r.file}</code>
        {cut && !whole && ` · ${cut.from}–${cut.to}행 (${r.symbol})`}{' '}
        <button type="button" className="widget-code-toggle" onClick={() => setWhole((w) => !w)}>
          {whole ? '이 부분만 보기' : '파일 전체 보기'}
        </button>
      </figcaption>
      <pre tabIndex={0}>
        <code>{coloured}</code>
      </pre>
    </figure>
  );
}

export function WidgetCode({ refs }: { refs: readonly CodeRef[] }) {
  const [loaded, setLoaded] = useState<Loaded[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [highlight, setHighlight] = useState<Highlight | null>(null);
  const open = () => {
    if (loaded || error) return;
    import('./highlightTs').then((m) => setHighlight(() => m.highlightTs)).catch(() => {}); // the listing stays plain text
    Promise.all(refs.map(async (code) => ({ code, source: await loadSource(code.file) })))
      .then(setLoaded)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  return (
    <details className="widget-code" onToggle={(e) => e.currentTarget.open && open()}>
      <summary>이 위젯이 실행하는 코드</summary>
      <p className="widget-code-lead">
        위젯의 숫자는 모두 아래 TypeScript가 우리 엔진(src/engine)으로 계산한 값이에요. 사이트에
        실린 소스 그대로예요.
      </p>
      {error && <p role="alert">{error}</p>}
      {!loaded && !error && <p className="widget-code-lead">불러오는 중…</p>}
      {loaded?.map((l) => (
        <Listing key={`${l.code.file}#${l.code.symbol}`} {...l} highlight={highlight} />
      ))}
    </details>
  );
}
