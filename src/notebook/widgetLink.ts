// A link to one widget as the reader has set it: the chapter's address, this widget's parameters
// only (`?<instance>.<param>=…`, values equal to the chapter's own left out) and `#widget-<instance>`,
// the id its frame carries in the pre-rendered page, so the link opens scrolled to that widget.
import type { Schema, Values } from '../widgets/schema';
import { writeUrlParams } from './urlState';

/** The id of a widget's frame in a chapter page (WidgetIsland), the link's #fragment. */
export function widgetAnchor(instanceKey: string): string {
  return `widget-${instanceKey}`;
}

/**
 * `href` (the page's address) with its query replaced by this widget's parameters and its hash
 * by the widget's anchor. Other widgets' parameters and `?backend=` are not carried: the link
 * shows this widget, on whatever backend the receiving machine picks.
 */
export function widgetLink<S extends Schema>(
  href: string,
  instanceKey: string,
  schema: S,
  values: Values<S>,
  baseline: Values<S>,
): string {
  const url = new URL(href);
  url.search = writeUrlParams(instanceKey, schema, values, baseline, '');
  url.hash = widgetAnchor(instanceKey);
  return url.href;
}
