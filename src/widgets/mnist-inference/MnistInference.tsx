// `::mnist-inference` (scaffold: the widget's owner replaces this file).
import type { WidgetProps } from '../types';
import type { MnistInferenceSchema } from './schema';

export default function MnistInference(props: WidgetProps<MnistInferenceSchema>) {
  void props;
  return <p>SCAFFOLD mnist-inference</p>;
}
