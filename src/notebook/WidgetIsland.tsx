// A widget directive in a pre-rendered chapter: an empty frame with the widget's title where the
// directive stands, carrying the directive in data-* attributes. The browser mounts the live
// widget into it when it comes near the viewport (islands.ts). A directive that cannot become a
// widget (unknown name, bad parameter) is rendered as its error card right away.
import type { CSSProperties } from 'react';
import { isWidget, WIDGETS } from '../widgets/registry';
import { reserveCss, reservedHeight } from '../widgets/reserved-heights';
import { parseParams } from '../widgets/schema';
import { RESERVED_ATTRS, WidgetFrame, type WidgetFrameProps } from './WidgetFrame';
import { widgetAnchor } from './widgetLink';
import { WidgetTitle } from './WidgetTitle';

export function WidgetIsland(props: WidgetFrameProps) {
  const { name, attrs, instanceKey, line } = props;
  if (!isWidget(name) || parseParams(WIDGETS[name].schema, attrs, RESERVED_ATTRS).issues.length)
    return <WidgetFrame {...props} />;
  const titleId = `${instanceKey}-title`;
  // the room the frame holds until its widget has drawn, for the viewport's width (notebook.css)
  const reserve = reservedHeight(name, attrs);
  const style = reserve ? ({ '--reserve': reserveCss(reserve) } as CSSProperties) : undefined;
  return (
    <div
      className="widget-island"
      id={widgetAnchor(instanceKey)}
      style={style}
      data-island={name}
      data-instance={instanceKey}
      data-attrs={JSON.stringify(attrs)}
      data-line={line}
    >
      <section className="widget widget-placeholder" aria-labelledby={titleId}>
        <header className="widget-header">
          <WidgetTitle
            id={titleId}
            name={name}
            instanceKey={instanceKey}
            title={WIDGETS[name].title}
          />
        </header>
        <p className="widget-loading">위젯을 불러오는 중…</p>
        <noscript>
          <p className="widget-noscript">
            이 위젯은 JavaScript를 켜야 움직여요. 본문과 수식은 그대로 읽을 수 있어요.
          </p>
        </noscript>
      </section>
    </div>
  );
}
