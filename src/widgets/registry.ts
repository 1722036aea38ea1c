// The one registry of embeddable widgets: directive name → title, parameter schema, lazy component.
// Schemas are imported eagerly (small, needed to validate directives and URLs before anything
// loads); components load lazily so chapter text appears before tfjs or recharts arrive.
import type { RegisteredWidget } from './types';
import { defineWidget } from './types';
import { schema as activationFunctionsSchema } from './activation-functions/schema';
import { schema as optimizerTrajectoriesSchema } from './optimizer-trajectories/schema';
import { schema as perceptronGatesSchema } from './perceptron-gates/schema';
import { schema as trainMnistSchema } from './train-mnist/schema';
import { schema as weightInitHistogramsSchema } from './weight-init-histograms/schema';
// Each entry keeps its own schema type; the map itself is heterogeneous.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyWidgetDef = RegisteredWidget<any>;

export const WIDGETS: Record<string, AnyWidgetDef> = {
  'perceptron-gates': defineWidget({
    title: '퍼셉트론으로 논리 게이트 만들기',
    schema: perceptronGatesSchema,
    load: () => import('./perceptron-gates/PerceptronGates'),
  }),
  'activation-functions': defineWidget({
    title: '활성화 함수와 그 기울기',
    schema: activationFunctionsSchema,
    load: () => import('./activation-functions/ActivationFunctions'),
  }),
  'optimizer-trajectories': defineWidget({
    title: '최적화 기법 비교 (그림 6-8)',
    schema: optimizerTrajectoriesSchema,
    load: () => import('./optimizer-trajectories/OptimizerTrajectories'),
  }),
  'weight-init-histograms': defineWidget({
    title: '가중치 초깃값과 활성화값 분포',
    schema: weightInitHistogramsSchema,
    load: () => import('./weight-init-histograms/WeightInitHistograms'),
  }),
  'train-mnist': defineWidget({
    title: 'MNIST로 2층 신경망 학습하기',
    schema: trainMnistSchema,
    load: () => import('./train-mnist/TrainMnist'),
  }),
};

export function isWidget(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(WIDGETS, name);
}
