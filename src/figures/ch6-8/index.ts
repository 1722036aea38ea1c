import type { FigureEntry } from '../types';

export const figures: Record<string, FigureEntry> = {
  'ch6-long-valley': {
    title: '긴 골짜기에서 지그재그로 내려가는 SGD',
    load: () => import('./ch6-long-valley'),
  },
  'ch6-sigmoid-saturation': {
    title: '시그모이드의 포화: 양 끝에서 기울기가 사라져요',
    load: () => import('./ch6-sigmoid-saturation'),
  },
  'ch6-batchnorm-placement': {
    title: '배치 정규화 계층의 두 가지 위치',
    load: () => import('./ch6-batchnorm-placement'),
  },
  'ch6-overfitting-curves': {
    title: '과대적합: 훈련 정확도와 시험 정확도 사이의 간격 (개념도)',
    load: () => import('./ch6-overfitting-curves'),
  },
  'ch6-dropout-net': {
    title: '드롭아웃: 훈련 때는 일부를 끄고 시험 때는 모두 켜요',
    load: () => import('./ch6-dropout-net'),
  },
  'ch7-cnn-structure': {
    title: '완전연결 신경망과 CNN의 계층 구성',
    load: () => import('./ch7-cnn-structure'),
  },
  'ch7-conv-op': {
    title: '합성곱 연산: 겹친 자리끼리 곱해서 모두 더하기',
    load: () => import('./ch7-conv-op'),
  },
  'ch7-conv-padding-stride': {
    title: '패딩과 스트라이드가 출력 크기를 바꾸는 방법',
    load: () => import('./ch7-conv-padding-stride'),
  },
  'ch7-conv-blocks': {
    title: '3차원 합성곱을 블록으로 생각하기',
    load: () => import('./ch7-conv-blocks'),
  },
  'ch7-pooling': { title: '2×2 최대 풀링 (스트라이드 2)', load: () => import('./ch7-pooling') },
  'ch7-im2col': { title: 'im2col: 합성곱을 행렬 곱 하나로', load: () => import('./ch7-im2col') },
  'ch7-simple-convnet': {
    title: 'SimpleConvNet의 구조와 데이터 모양',
    load: () => import('./ch7-simple-convnet'),
  },
  'ch7-edge-filter': {
    title: '세로 경계를 찾는 필터가 반응하는 방식',
    load: () => import('./ch7-edge-filter'),
  },
  'ch8-data-augmentation': {
    title: '데이터 확장: 한 장을 여러 장으로',
    load: () => import('./ch8-data-augmentation'),
  },
  'ch8-receptive-field': {
    title: '3×3 두 번과 5×5 한 번의 수용 영역',
    load: () => import('./ch8-receptive-field'),
  },
  'ch8-inception': { title: 'GoogLeNet의 인셉션 구조', load: () => import('./ch8-inception') },
  'ch8-resnet-skip': { title: 'ResNet의 스킵 연결', load: () => import('./ch8-resnet-skip') },
  'ch8-reinforce-loop': {
    title: '강화학습: 에이전트와 환경의 상호작용',
    load: () => import('./ch8-reinforce-loop'),
  },
};
