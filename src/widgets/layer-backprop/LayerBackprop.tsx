// `::layer-backprop` (scaffold: the widget's owner replaces this file).
import type { WidgetProps } from '../types';
import type { LayerBackpropSchema } from './schema';

export default function LayerBackprop(props: WidgetProps<LayerBackpropSchema>) {
  void props;
  return <p>SCAFFOLD layer-backprop</p>;
}
