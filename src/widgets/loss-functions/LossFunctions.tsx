// `::loss-functions` (scaffold: the widget's owner replaces this file).
import type { WidgetProps } from '../types';
import type { LossFunctionsSchema } from './schema';

export default function LossFunctions(props: WidgetProps<LossFunctionsSchema>) {
  void props;
  return <p>SCAFFOLD loss-functions</p>;
}
