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
import { schema as convolutionSchema } from './convolution/schema';
import { schema as im2colSchema } from './im2col/schema';
import { schema as optimizerMnistSchema } from './optimizer-mnist/schema';
import { schema as weightInitMnistSchema } from './weight-init-mnist/schema';
import { schema as hyperparameterSearchSchema } from './hyperparameter-search/schema';
import { schema as softmaxSchema } from './softmax/schema';
import { schema as mnistInferenceSchema } from './mnist-inference/schema';
import { schema as lossFunctionsSchema } from './loss-functions/schema';
import { schema as gradientFieldSchema } from './gradient-field/schema';
import { schema as gradientDescentSchema } from './gradient-descent/schema';
import { schema as computationalGraphSchema } from './computational-graph/schema';
import { schema as layerBackpropSchema } from './layer-backprop/schema';
import { schema as gradientCheckSchema } from './gradient-check/schema';
import { schema as batchNormSchema } from './batch-norm/schema';
import { schema as overfittingSchema } from './overfitting/schema';
import { schema as trainCnnSchema } from './train-cnn/schema';
import { schema as deepConvnetSchema } from './deep-convnet/schema';
import { schema as dataAugmentationSchema } from './data-augmentation/schema';
import { schema as policyGradientSchema } from './policy-gradient/schema';
// Each entry keeps its own schema type; the map itself is heterogeneous.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyWidgetDef = RegisteredWidget<any>;

export const WIDGETS: Record<string, AnyWidgetDef> = {
  'perceptron-gates': defineWidget({
    title: '퍼셉트론으로 논리 게이트 만들기',
    schema: perceptronGatesSchema,
    code: [
      { file: 'experiments/perceptron.ts', symbol: 'perceptronOutput' },
      { file: 'experiments/perceptron.ts', symbol: 'perceptronLearnStep' },
    ],
    load: () => import('./perceptron-gates/PerceptronGates'),
  }),
  'activation-functions': defineWidget({
    title: '활성화 함수와 그 기울기',
    schema: activationFunctionsSchema,
    code: [{ file: 'experiments/activations.ts', symbol: 'activationCurves' }],
    load: () => import('./activation-functions/ActivationFunctions'),
  }),
  'optimizer-trajectories': defineWidget({
    title: '옵티마이저 비교 (그림 6-8)',
    schema: optimizerTrajectoriesSchema,
    code: [
      { file: 'experiments/optimizer-runs.ts', symbol: 'optimizerTrajectory' },
      { file: 'engine/optimizers.ts', symbol: 'Optimizer' },
    ],
    load: () => import('./optimizer-trajectories/OptimizerTrajectories'),
  }),
  'weight-init-histograms': defineWidget({
    title: '가중치 초깃값과 활성화값 분포',
    schema: weightInitHistogramsSchema,
    code: [
      { file: 'experiments/weight-init.ts', symbol: 'forward' },
      { file: 'experiments/weight-init.ts', symbol: 'weightInitActivations' },
    ],
    load: () => import('./weight-init-histograms/WeightInitHistograms'),
  }),
  'train-mnist': defineWidget({
    title: 'MNIST로 2층 신경망 학습하기',
    schema: trainMnistSchema,
    code: [
      { file: 'engine/nets.ts', symbol: 'TwoLayerNet' },
      { file: 'engine/layers.ts', symbol: 'Affine' },
    ],
    load: () => import('./train-mnist/TrainMnist'),
  }),
  softmax: defineWidget({
    title: '소프트맥스 함수와 오버플로',
    schema: softmaxSchema,
    code: [
      { file: 'experiments/probabilities.ts', symbol: 'softmaxDemo' },
      { file: 'experiments/probabilities.ts', symbol: 'softmaxOverflow' },
    ],
    load: () => import('./softmax/Softmax'),
  }),
  'mnist-inference': defineWidget({
    title: '책의 학습된 신경망으로 MNIST 추론하기',
    schema: mnistInferenceSchema,
    code: [
      { file: 'experiments/inference-model.ts', symbol: 'predict' },
      { file: 'experiments/inference.ts', symbol: 'timedAccuracy' },
    ],
    load: () => import('./mnist-inference/MnistInference'),
  }),
  'loss-functions': defineWidget({
    title: '손실 함수: 오차제곱합과 교차 엔트로피',
    schema: lossFunctionsSchema,
    code: [{ file: 'experiments/probabilities.ts', symbol: 'lossFunctions' }],
    load: () => import('./loss-functions/LossFunctions'),
  }),
  'gradient-field': defineWidget({
    title: '기울기 벡터장 (그림 4-9)',
    schema: gradientFieldSchema,
    code: [
      { file: 'experiments/gradients.ts', symbol: 'gradientField' },
      { file: 'experiments/gradients-meta.ts', symbol: 'numericalGradient64' },
    ],
    load: () => import('./gradient-field/GradientField'),
  }),
  'gradient-descent': defineWidget({
    title: '경사 하강법과 학습률',
    schema: gradientDescentSchema,
    code: [{ file: 'experiments/gradients.ts', symbol: 'gradientDescent' }],
    load: () => import('./gradient-descent/GradientDescent'),
  }),
  'computational-graph': defineWidget({
    title: '계산 그래프로 푸는 사과 쇼핑',
    schema: computationalGraphSchema,
    code: [
      { file: 'experiments/backprop.ts', symbol: 'shoppingGraph' },
      { file: 'experiments/backprop.ts', symbol: 'probe' },
    ],
    load: () => import('./computational-graph/ComputationalGraph'),
  }),
  'layer-backprop': defineWidget({
    title: '계층별 역전파: Affine → 활성화 → Softmax-with-Loss',
    schema: layerBackpropSchema,
    code: [
      { file: 'experiments/backprop-layers.ts', symbol: 'layerBackprop' },
      { file: 'engine/layers.ts', symbol: 'Affine' },
    ],
    load: () => import('./layer-backprop/LayerBackprop'),
  }),
  'gradient-check': defineWidget({
    title: '기울기 확인: 역전파 vs 수치 미분',
    schema: gradientCheckSchema,
    code: [
      { file: 'experiments/gradient-check.ts', symbol: 'gradientCheckRun' },
      { file: 'experiments/gradient-check-bugs.ts', symbol: 'plantedLoss' },
      { file: 'experiments/gradient-check-numerical.ts', symbol: 'numericalGradientJs' },
    ],
    load: () => import('./gradient-check/GradientCheck'),
  }),
  'optimizer-mnist': defineWidget({
    title: 'MNIST로 옵티마이저 경주 (그림 6-9)',
    schema: optimizerMnistSchema,
    code: [
      { file: 'experiments/race.ts', symbol: 'raceRound' },
      { file: 'engine/optimizers.ts', symbol: 'createOptimizer' },
    ],
    load: () => import('./optimizer-mnist/OptimizerMnist'),
  }),
  'weight-init-mnist': defineWidget({
    title: '가중치 초깃값에 따른 MNIST 학습 (그림 6-15)',
    schema: weightInitMnistSchema,
    code: [
      { file: 'experiments/race.ts', symbol: 'makeLanes' },
      { file: 'engine/init.ts', symbol: 'initStd' },
    ],
    load: () => import('./weight-init-mnist/WeightInitMnist'),
  }),
  'hyperparameter-search': defineWidget({
    title: '하이퍼파라미터 무작위 탐색 (그림 6-24)',
    schema: hyperparameterSearchSchema,
    code: [
      { file: 'experiments/search.ts', symbol: 'searchTrial' },
      { file: 'experiments/search-meta.ts', symbol: 'sampleTrials' },
      { file: 'experiments/search-pool.ts', symbol: 'runSearch' },
    ],
    load: () => import('./hyperparameter-search/HyperparameterSearch'),
  }),
  convolution: defineWidget({
    title: '합성곱 연산 살펴보기 (패딩·스트라이드·필터)',
    schema: convolutionSchema,
    code: [
      { file: 'experiments/convolution.ts', symbol: 'convolve' },
      { file: 'engine/layers.ts', symbol: 'im2colTable' },
      { file: 'engine/layers.ts', symbol: 'Convolution' },
    ],
    load: () => import('./convolution/Convolution'),
  }),
  im2col: defineWidget({
    title: 'im2col: 합성곱을 행렬 곱 하나로',
    schema: im2colSchema,
    code: [
      { file: 'experiments/convolution.ts', symbol: 'im2colDemo' },
      { file: 'experiments/convolution.ts', symbol: 'directConvolution' },
    ],
    load: () => import('./im2col/Im2col'),
  }),
  'batch-norm': defineWidget({
    title: '배치 정규화의 효과 (그림 6-18·6-19)',
    schema: batchNormSchema,
    code: [
      { file: 'engine/layers.ts', symbol: 'BatchNorm' },
      { file: 'engine/nets.ts', symbol: 'MultiLayerNet' },
      { file: 'experiments/batch-norm.ts', symbol: 'batchNormStats' },
      { file: 'experiments/race.ts', symbol: 'raceRound' },
    ],
    load: () => import('./batch-norm/BatchNorm'),
  }),
  overfitting: defineWidget({
    title: '과대적합과 가중치 감소·드롭아웃 (그림 6-20~6-23)',
    schema: overfittingSchema,
    code: [
      { file: 'engine/nets.ts', symbol: 'Net' },
      { file: 'engine/layers.ts', symbol: 'Dropout' },
      { file: 'engine/nets.ts', symbol: 'MultiLayerNet' },
      { file: 'experiments/race.ts', symbol: 'makeLanes' },
    ],
    load: () => import('./overfitting/Overfitting'),
  }),
  'train-cnn': defineWidget({
    title: 'SimpleConvNet을 MNIST로 학습하기 (그림 7-24)',
    schema: trainCnnSchema,
    code: [
      { file: 'engine/nets.ts', symbol: 'SimpleConvNet' },
      { file: 'engine/layers.ts', symbol: 'Convolution' },
      { file: 'engine/layers.ts', symbol: 'Pooling' },
      { file: 'experiments/race.ts', symbol: 'makeLanes' },
      { file: 'experiments/cnn.ts', symbol: 'cnnView' },
      { file: 'experiments/cnn.ts', symbol: 'cnnScore' },
    ],
    load: () => import('./train-cnn/TrainCnn'),
  }),
  'deep-convnet': defineWidget({
    title: '책의 DeepConvNet으로 MNIST 인식 (그림 8-3)',
    schema: deepConvnetSchema,
    code: [
      { file: 'engine/deep-convnet.ts', symbol: 'DeepConvNet' },
      { file: 'experiments/deep-convnet.ts', symbol: 'runDeepConvnet' },
      { file: 'experiments/deep-convnet-forward.ts', symbol: 'batchProbs' },
      { file: 'experiments/deep-convnet.ts', symbol: 'predictDeepConvnet' },
      { file: 'experiments/book-models.ts', symbol: 'bookModel' },
    ],
    load: () => import('./deep-convnet/DeepConvnet'),
  }),
  'data-augmentation': defineWidget({
    title: '데이터 확장: 회전·이동·확대',
    schema: dataAugmentationSchema,
    code: [
      { file: 'experiments/augmentation.ts', symbol: 'bilinearTaps' },
      { file: 'experiments/augmentation.ts', symbol: 'transformImage' },
      { file: 'experiments/augmentation-meta.ts', symbol: 'countVariants' },
    ],
    load: () => import('./data-augmentation/DataAugmentation'),
  }),
  'policy-gradient': defineWidget({
    title: '정책 경사로 배우는 슬롯머신 (REINFORCE)',
    schema: policyGradientSchema,
    code: [
      { file: 'experiments/bandit.ts', symbol: 'banditRun' },
      { file: 'experiments/bandit.ts', symbol: 'policyStep' },
      { file: 'experiments/bandit-trace.ts', symbol: 'recordPolicies' },
      { file: 'experiments/bandit.ts', symbol: 'logPolicyGradient' },
      { file: 'engine/nn-ops.ts', symbol: 'logSoftmax' },
      { file: 'engine/backend/log-softmax-kernel.ts', symbol: 'rowLogSoftmax' },
      { file: 'engine/backend/log-softmax-kernel.ts', symbol: 'rowLogSoftmaxGrad' },
    ],
    load: () => import('./policy-gradient/PolicyGradient'),
  }),
};

export function isWidget(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(WIDGETS, name);
}
