// A widget frame's title, which names its region. The second widget of a name on a page (say
// chapter 3's activation-functions with its stacking demo) gets a hidden "(2번째)" after the title:
// the regions of one page need names of their own (axe: landmark-unique).
import { instanceOrdinal } from './instanceKey';

export function WidgetTitle({
  id,
  name,
  instanceKey,
  title,
}: {
  /** the id the frame's aria-labelledby names */
  id: string;
  name: string;
  /** `name` for the first of its page, `name-2` … after it, or the directive's own id */
  instanceKey: string;
  title: string;
}) {
  const nth = instanceOrdinal(name, instanceKey);
  return (
    <p className="widget-title" id={id}>
      {title}
      {nth > 1 && <span className="visually-hidden"> ({nth}번째)</span>}
    </p>
  );
}
