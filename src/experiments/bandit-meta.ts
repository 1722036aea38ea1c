// Engine-free facts of the bandit (policy-gradient) experiment: the arms, the start policy, the
// update rules and their Korean names. The page imports these through bandit-client.ts.

/** The chapter's example policy π = (0.2, 0.5, 0.3): the start of every run (w = log π). */
export const BANDIT_START = [0.2, 0.5, 0.3] as const;

/**
 * Each arm pays R ~ N(μ, σ²). The best arm (μ = 2) is the one the start policy favours least;
 * every mean is positive, the chapter's "보상이 늘 양수라면" case where a baseline matters.
 */
export const BANDIT_ARMS = { means: [2, 1.5, 1] as readonly number[], sigma: 0.5 };

export const BANDIT_METHODS = ['reinforce', 'baseline', 'imitate', 'teacher'] as const;
export type BanditMethod = (typeof BANDIT_METHODS)[number];

export const BANDIT_METHOD_LABELS: Record<BanditMethod, string> = {
  reinforce: 'REINFORCE (기준선 없음)',
  baseline: 'REINFORCE (기준선: 보상 평균)',
  imitate: '손실: 고른 행동을 정답으로',
  teacher: '손실: 교사가 준 정답',
};

export interface BanditOptions {
  /** learning rate α */
  alpha: number;
  episodes: number;
  seed: number;
  /** repeated runs per rule (seeds seed·1000 + k) for the spread and the gradient variance */
  runs?: number;
  /** reward noise σ (default BANDIT_ARMS.sigma) */
  noise?: number;
  signal?: AbortSignal;
}
