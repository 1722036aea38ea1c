// `::gradient-field` (scaffold: the widget's owner replaces this file).
import type { WidgetProps } from '../types';
import type { GradientFieldSchema } from './schema';

export default function GradientField(props: WidgetProps<GradientFieldSchema>) {
  void props;
  return <p>SCAFFOLD gradient-field</p>;
}
