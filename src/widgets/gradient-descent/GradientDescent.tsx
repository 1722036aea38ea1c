// `::gradient-descent` (scaffold: the widget's owner replaces this file).
import type { WidgetProps } from '../types';
import type { GradientDescentSchema } from './schema';

export default function GradientDescent(props: WidgetProps<GradientDescentSchema>) {
  void props;
  return <p>SCAFFOLD gradient-descent</p>;
}
