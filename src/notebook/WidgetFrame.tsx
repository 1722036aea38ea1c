// Mounts one registered widget from a directive: validates its parameters, merges URL state,
// renders the header ("책 기본값"), the status hooks (data-widget / data-state / data-update-ms)
// and the readout, and catches whatever the widget throws.
import { Suspense, useCallback, useEffect, useState } from 'react';
import { isWidget, WIDGETS, type AnyWidgetDef } from '../widgets/registry';
import { defaults, parseParams, type Schema, type Values } from '../widgets/schema';
import type { WidgetReport } from '../widgets/types';
import { formatNumber } from '../widgets/kit/format';
import { SliderTouch } from '../widgets/kit/slider-touch';
import { CopyLinkButton } from './CopyLinkButton';
import { ErrorBoundary } from './ErrorBoundary';
import { ErrorCard } from './ErrorCard';
import { WidgetCode } from './WidgetCode';
import { CrashCard } from './CrashCard';
import { currentSearch, readUrlParams, replaceSearch, writeUrlParams } from './urlState';
import { widgetLink } from './widgetLink';
import { WidgetTitle } from './WidgetTitle';

/** The readout's note when the numbers drawn were not computed for this very change. */
const REUSED = { kept: '전에 계산해 둔 값', ahead: '예측해 미리 계산한 값' } as const;

/** Directive attributes that belong to the notebook, not to the widget's schema. */
export const RESERVED_ATTRS = ['id'] as const;

export interface WidgetFrameProps {
  name: string;
  attrs: Record<string, string>;
  /** Unique on the page; prefixes the URL keys. */
  instanceKey: string;
  line?: number;
  /** Set where the frame has an id to link to (a chapter's island): shows "링크 복사". */
  linkable?: boolean;
}

export function WidgetFrame({ name, attrs, instanceKey, line, linkable }: WidgetFrameProps) {
  if (!isWidget(name)) {
    return (
      <ErrorCard
        title={
          <>
            알 수 없는 위젯 <code>{name}</code>
          </>
        }
        line={line}
      >
        <p>
          등록된 위젯:{' '}
          {Object.keys(WIDGETS)
            .sort()
            .map((n, i) => (
              <span key={n}>
                {i > 0 && ', '}
                <code>{n}</code>
              </span>
            ))}
        </p>
      </ErrorCard>
    );
  }
  const def = WIDGETS[name];
  const { values, issues } = parseParams(def.schema, attrs, RESERVED_ATTRS);
  if (issues.length) {
    return (
      <ErrorCard
        title={
          <>
            위젯 <code>{name}</code>의 매개변수가 잘못되었어요
          </>
        }
        line={line}
      >
        <ul>
          {issues.map((i) => (
            <li key={i.param}>
              <code>
                {i.param}={i.raw}
              </code>
              : {i.message}
            </li>
          ))}
        </ul>
      </ErrorCard>
    );
  }
  return (
    <LiveWidget
      name={name}
      def={def}
      directiveValues={values}
      instanceKey={instanceKey}
      line={line}
      linkable={linkable}
    />
  );
}

function LiveWidget({
  name,
  def,
  directiveValues,
  instanceKey,
  line,
  linkable,
}: {
  name: string;
  def: AnyWidgetDef;
  directiveValues: Partial<Values<Schema>>;
  instanceKey: string;
  line?: number;
  linkable?: boolean;
}) {
  const schema: Schema = def.schema;
  // What the chapter shows with no URL state: the book's values, overridden by the directive.
  // Fixed for the life of this instance (a chapter's directives do not change while mounted).
  const [baseline] = useState(
    () => ({ ...defaults(schema), ...directiveValues }) as Values<Schema>,
  );
  const [initial] = useState(() => {
    const fromUrl = readUrlParams(instanceKey, schema, window.location.search);
    return { values: { ...baseline, ...fromUrl.values } as Values<Schema>, issues: fromUrl.issues };
  });
  const [values, setValues] = useState(initial.values);
  const [resetCount, setResetCount] = useState(0);
  const [report, setReport] = useState<WidgetReport>({ state: 'loading' });
  const [crashed, setCrashed] = useState(false);

  // The reader's changes go to the URL (coalesced by replaceSearch) after they are committed;
  // the first render shows what the URL and the directive say, so nothing is written for it.
  useEffect(() => {
    if (values === initial.values) return;
    replaceSearch(writeUrlParams(instanceKey, schema, values, baseline, currentSearch()));
  }, [values, initial.values, instanceKey, schema, baseline]);
  const set = useCallback(
    (patch: Partial<Values<Schema>>) =>
      setValues((prev) => ({ ...prev, ...patch }) as Values<Schema>),
    [],
  );
  const onReport = useCallback((r: WidgetReport) => setReport((prev) => ({ ...prev, ...r })), []);
  // The book's figure of this place: the book's values, overridden by the chapter's directive
  // (e.g. chapter 4's `::train-mnist{activation=sigmoid}` is the book's sigmoid run).
  const resetToBook = () => {
    setValues(baseline);
    setResetCount((c) => c + 1);
  };

  const Widget = def.Component;
  // the widget's sliders say when they are about to move (kit/slider-touch.ts)
  const [touches] = useState(() => new EventTarget());
  const state = crashed ? 'error' : (report.state ?? 'loading');
  const titleId = `${instanceKey}-title`;
  return (
    <section
      className="widget"
      data-widget={name}
      data-state={state}
      data-update-ms={report.updateMs !== undefined ? report.updateMs.toFixed(1) : undefined}
      data-reused={report.reused}
      aria-labelledby={titleId}
    >
      <header className="widget-header">
        <WidgetTitle id={titleId} name={name} instanceKey={instanceKey} title={def.title} />
        <div className="widget-actions">
          {linkable && (
            <CopyLinkButton
              title={def.title}
              titleId={titleId}
              link={() => widgetLink(window.location.href, instanceKey, schema, values, baseline)}
            />
          )}
          {/* named "책 기본값 <the widget's title>": one of many on a page, each its own */}
          <button
            type="button"
            id={`${instanceKey}-reset`}
            aria-labelledby={`${instanceKey}-reset ${titleId}`}
            className="widget-reset"
            onClick={resetToBook}
            title="책의 그림과 같은 설정으로 되돌려요"
          >
            책 기본값
          </button>
        </div>
      </header>
      {initial.issues.length > 0 && (
        <p className="widget-notice" role="status">
          링크에 담긴 값 일부를 무시했어요 —{' '}
          {initial.issues.map((i) => `${i.param}=${i.raw}: ${i.message}`).join('; ')}
        </p>
      )}
      <ErrorBoundary
        onError={() => setCrashed(true)}
        fallback={(error, retry) => (
          <CrashCard
            thing="위젯"
            name={name}
            line={line}
            error={error}
            onRetry={() => {
              setCrashed(false);
              retry();
            }}
          />
        )}
      >
        <Suspense fallback={<p className="widget-loading">위젯을 불러오는 중…</p>}>
          <SliderTouch.Provider value={touches}>
            <Widget
              values={values}
              set={set}
              schema={schema}
              report={onReport}
              resetCount={resetCount}
              instanceKey={instanceKey}
            />
          </SliderTouch.Provider>
        </Suspense>
      </ErrorBoundary>
      {(state === 'diverged' || state === 'error') && report.message && !crashed && (
        <p className={`widget-message widget-message-${state}`} role="status">
          {report.message}
        </p>
      )}
      {/* there from the start (every widget reports its first update time): a line that came
          with the first numbers moved what is under the widget down as the reader looked at it */}
      {report.updateMs !== undefined ? (
        <p className="widget-readout">
          마지막 갱신 {formatNumber(report.updateMs, 3)} ms
          {report.backend ? ` · ${report.backend}` : ''}
          {report.reused ? ` · ${REUSED[report.reused]}` : ''}
        </p>
      ) : (
        state === 'loading' && <p className="widget-readout">첫 결과를 기다리는 중…</p>
      )}
      {def.code && def.code.length > 0 && <WidgetCode refs={def.code} />}
    </section>
  );
}
