// Pure helpers of the layer-backprop widget: names, TeX labels, transposes and finiteness.
// No engine here: every number comes from src/experiments (layerBackprop, softmaxWithLoss).
import type { LayerActivation, LayerName } from '../../experiments/client';

/** The notes' example output of the softmax. */
export const NOTES_Y = [0.2, 0.1, 0.7] as const;

export const ACT_INFO: Record<LayerActivation, { name: string; local: string; rule: string }> = {
  relu: {
    name: 'ReLU',
    local: "h'(\\mathbf{A}) = \\begin{cases} 1 & (a > 0) \\\\ 0 & (a \\le 0) \\end{cases}",
    rule: '순전파 때 0보다 컸던 칸은 상류 값을 그대로(×1), 아니었던 칸은 0으로(×0) 보내요.',
  },
  sigmoid: {
    name: 'Sigmoid',
    local: "h'(\\mathbf{A}) = \\mathbf{H} \\odot (1 - \\mathbf{H})",
    rule: '순전파 출력 H만 알면 돼요: 칸마다 상류 값에 H(1 − H)를 곱해요(최대 0.25).',
  },
};

export const LAYER_TITLE: Record<LayerName, string> = {
  softmaxWithLoss: 'Softmax-with-Loss 계층',
  activation: '활성화 계층',
  affine: 'Affine 계층',
};

/**
 * The layers, last first: the order backpropagation reaches them in a chain. Only while the
 * engine has not answered (the tables wait in it); then the order its backward() ran them.
 */
export const CHAIN_BACKWARD: readonly LayerName[] = ['softmaxWithLoss', 'activation', 'affine'];

export const d = (of: string) => `\\frac{\\partial L}{\\partial ${of}}`;

export function transpose(m: readonly (readonly number[])[]): number[][] {
  return m[0] ? m[0].map((_, j) => m.map((r) => r[j])) : [];
}

export function allFinite(
  ...ms: ReadonlyArray<ReadonlyArray<number | readonly number[]>>
): boolean {
  return ms.every((m) => m.flat().every(Number.isFinite));
}
