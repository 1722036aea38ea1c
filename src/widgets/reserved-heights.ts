// The room a chapter's widget frame holds before its widget has drawn (px), [wide, narrow]:
// about 85 % of the least height the widget takes once drawn at its default parameters in the
// chapter's full column (a laptop, a tablet), and 80 % of it at 480 px wide for screens up to that
// (a phone, where rows wrap and widgets grow 1.2–1.7× taller; narrower still, taller still, bar a
// few charts that shrink with the column by less than the margin). Without it a frame was
// 253–263 px until its widget drew, and the text below jumped by 306–3,986 px as each one arrived.
// A lower bound, not an estimate: a frame that held more than its widget fills would jump up
// instead (the chapters' browser test checks every drawn widget against the wide one).
// Re-measure with `npx tsx bench/widget-heights.ts` (1280, 480 and 360 px wide).
export const RESERVED_HEIGHT: Readonly<Record<string, readonly [wide: number, narrow: number]>> = {
  'perceptron-gates': [820, 1100],
  'activation-functions': [730, 810],
  softmax: [1310, 1570],
  'mnist-inference': [980, 1180],
  'loss-functions': [1540, 1740],
  'gradient-field': [750, 1160],
  'gradient-descent': [710, 1050],
  'train-mnist': [1130, 1520],
  'computational-graph': [680, 730],
  'layer-backprop': [1870, 2670],
  'gradient-check': [1180, 1290],
  'optimizer-trajectories': [1160, 1500],
  'optimizer-mnist': [840, 1030],
  'weight-init-histograms': [480, 660],
  'weight-init-mnist': [860, 1100],
  'batch-norm': [1160, 1330],
  overfitting: [980, 1220],
  'hyperparameter-search': [870, 870],
  convolution: [1150, 1150],
  im2col: [1070, 1380],
  'train-cnn': [1500, 1770],
  'deep-convnet': [760, 920],
  'data-augmentation': [720, 950],
  'policy-gradient': [1350, 1610],
};

/**
 * Directives whose parameters make a widget much taller than at its defaults, by the directive
 * as written (`name{k=v …}`, parameters in alphabetical order): ch3's stacked activations.
 */
export const RESERVED_VARIANT_HEIGHT: Readonly<Record<string, readonly [number, number]>> = {
  'activation-functions{derivative=false stack=true}': [1360, 1620],
};

/** The room for the directive `name{attrs}`: its variant's if listed, else its widget's. */
export function reservedHeight(
  name: string,
  attrs: Readonly<Record<string, string>>,
): readonly [wide: number, narrow: number] | undefined {
  const params = Object.keys(attrs)
    .sort()
    .map((k) => `${k}=${attrs[k]}`)
    .join(' ');
  return RESERVED_VARIANT_HEIGHT[`${name}{${params}}`] ?? RESERVED_HEIGHT[name];
}
