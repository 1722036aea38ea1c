import type { FigureEntry } from '../types';

export const figures: Record<string, FigureEntry> = {
  'ch2-perceptron': { title: '입력이 두 개인 퍼셉트론', load: () => import('./ch2-perceptron') },
  'ch2-xor-regions': {
    title: 'XOR은 직선 하나로 나눌 수 없어요',
    load: () => import('./ch2-xor-regions'),
  },
  'ch2-xor-network': {
    title: 'NAND, OR, AND를 쌓아 만든 XOR (2층 퍼셉트론)',
    load: () => import('./ch2-xor-network'),
  },
  'ch3-network-layers': {
    title: '입력층, 은닉층, 출력층과 편향 뉴런',
    load: () => import('./ch3-network-layers'),
  },
  'ch3-neuron-inside': {
    title: '뉴런 안의 두 단계: 가중합 a와 활성화 함수 h',
    load: () => import('./ch3-neuron-inside'),
  },
  'ch3-matrix-shapes': {
    title: '신경망 한 층의 행렬 곱과 모양',
    load: () => import('./ch3-matrix-shapes'),
  },
  'ch3-batch-shapes': {
    title: '한 장과 배치 100장의 배열 모양',
    load: () => import('./ch3-batch-shapes'),
  },
  'ch4-cross-entropy-log': {
    title: '정답 확률 y에 대한 손실 −log y',
    load: () => import('./ch4-cross-entropy-log'),
  },
  'ch4-gradient-descent-cave': {
    title: '어두운 동굴에서 가장 깊은 곳을 찾는 용사',
    load: () => import('./ch4-gradient-descent-cave'),
  },
  'ch4-gradient-descent-path': {
    title: '(−3, 4)에서 학습률 0.1로 20걸음 내려간 경사 하강법',
    load: () => import('./ch4-gradient-descent-path'),
  },
  'ch5-apple-graph': {
    title: '사과 쇼핑의 계산 그래프: 순전파와 역전파',
    load: () => import('./ch5-apple-graph'),
  },
  'ch5-chain-rule': {
    title: 'z = (x + y)²의 계산 그래프와 연쇄법칙',
    load: () => import('./ch5-chain-rule'),
  },
  'ch5-add-mul-nodes': {
    title: '덧셈 노드와 곱셈 노드의 역전파',
    load: () => import('./ch5-add-mul-nodes'),
  },
  'ch5-sigmoid-graph': {
    title: '시그모이드 계층의 계산 그래프와 역전파',
    load: () => import('./ch5-sigmoid-graph'),
  },
  'ch5-affine-shapes': {
    title: '배치용 Affine 계층의 역전파와 모양',
    load: () => import('./ch5-affine-shapes'),
  },
  'ch5-softmax-with-loss': {
    title: 'Softmax-with-Loss 계층의 순전파와 역전파',
    load: () => import('./ch5-softmax-with-loss'),
  },
  'ch5-relu-affine-flow': {
    title: 'ReLU를 지난 기울기로 Affine 계층이 하는 두 가지 임무',
    load: () => import('./ch5-relu-affine-flow'),
  },
};
