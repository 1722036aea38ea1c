// `::computational-graph` (scaffold: the widget's owner replaces this file).
import type { WidgetProps } from '../types';
import type { ComputationalGraphSchema } from './schema';

export default function ComputationalGraph(props: WidgetProps<ComputationalGraphSchema>) {
  void props;
  return <p>SCAFFOLD computational-graph</p>;
}
