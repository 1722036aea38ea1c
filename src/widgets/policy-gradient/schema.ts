// Parameters of `::policy-gradient`: the chapter's REINFORCE on a three-armed bandit. α and the
// episode count are ours (the book gives no experiment): with α = 0.1 and 300 episodes the best
// arm (π₀ = 0.2) ends near 0.95 for seed 0; the start π = (0.2, 0.5, 0.3) is the chapter's example.
import { defineSchema } from '../schema';

export const schema = defineSchema({
  alpha: { kind: 'number', default: 0.1, min: 0.01, max: 1, step: 0.01, label: '학습률 α' },
  episodes: {
    kind: 'number',
    default: 300,
    min: 20,
    max: 1000,
    step: 10,
    integer: true,
    label: '에피소드 수',
  },
  baseline: {
    kind: 'enum',
    default: 'none',
    options: ['none', 'mean'] as const,
    optionLabels: { none: '없음 (R 그대로)', mean: '지금까지 받은 보상의 평균' },
    control: 'radio',
    label: '기준선 b',
  },
  compare: {
    kind: 'enum',
    default: 'imitate',
    options: ['imitate', 'teacher'] as const,
    optionLabels: {
      imitate: '고른 행동을 정답으로 (보상은 무시)',
      teacher: '교사가 정답(최선의 팔)을 알려 줌',
    },
    control: 'radio',
    label: '비교할 손실 기반 갱신',
  },
  noise: {
    kind: 'number',
    default: 0.5,
    min: 0,
    max: 2,
    step: 0.1,
    label: '보상의 잡음 σ',
  },
  seed: {
    kind: 'number',
    default: 0,
    min: 0,
    max: 99999,
    step: 1,
    integer: true,
    label: '난수 시드',
  },
});

export type PolicyGradientSchema = typeof schema;
