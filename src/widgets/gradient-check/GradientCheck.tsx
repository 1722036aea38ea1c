// `::gradient-check` (scaffold: the widget's owner replaces this file).
import type { WidgetProps } from '../types';
import type { GradientCheckSchema } from './schema';

export default function GradientCheck(props: WidgetProps<GradientCheckSchema>) {
  void props;
  return <p>SCAFFOLD gradient-check</p>;
}
