// `::softmax` (scaffold: the widget's owner replaces this file).
import type { WidgetProps } from '../types';
import type { SoftmaxSchema } from './schema';

export default function Softmax(props: WidgetProps<SoftmaxSchema>) {
  void props;
  return <p>SCAFFOLD softmax</p>;
}
