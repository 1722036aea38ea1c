// The room a chapter's widget frame holds before its widget has drawn (px): about 85 % of the
// least height the widget takes once drawn at its default parameters in the chapter's column on a
// laptop (narrower screens wrap its rows and make it taller). Without it a frame was 263 px until
// its widget drew, and the text below jumped by 500–2,000 px as each one arrived. A lower bound,
// never an estimate: a frame must not hold blank room its widget does not fill (the chapters'
// browser test checks every drawn widget against it). Re-measure: `npx tsx bench/widget-heights.ts`.
export const RESERVED_HEIGHT: Readonly<Record<string, number>> = {
  'perceptron-gates': 820,
  'activation-functions': 730,
  softmax: 1310,
  'mnist-inference': 980,
  'loss-functions': 1540,
  'gradient-field': 750,
  'gradient-descent': 710,
  'train-mnist': 1130,
  'computational-graph': 680,
  'layer-backprop': 1870,
  'gradient-check': 1180,
  'optimizer-trajectories': 1160,
  'optimizer-mnist': 840,
  'weight-init-histograms': 480,
  'weight-init-mnist': 860,
  'batch-norm': 1160,
  overfitting: 980,
  'hyperparameter-search': 870,
  convolution: 1150,
  im2col: 1070,
  'train-cnn': 1500,
  'deep-convnet': 760,
  'data-augmentation': 720,
  'policy-gradient': 1350,
};
