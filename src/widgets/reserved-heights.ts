// The room a chapter's widget frame holds before its widget has drawn (px), measured at three
// viewport widths: [wide] 768 px and wider, where the chapter's column is at its full 46rem (a
// laptop, a tablet held sideways); [narrow] 480 px; [small] 360 px (a small phone). Each is a
// lower bound: about 85 % of the least height the widget takes once drawn at its default
// parameters at 768+ px, 80 % at 480 and 360 (a narrower column wraps rows: widgets grow up to
// 1.9× taller). Between those widths the frame holds a straight line from one to the next
// (reserveCss), which stays under the drawn heights measured at 700, 600, 414 and 390 px too.
// Without a reserve a frame was 253–263 px until its widget drew, and the text below jumped by
// 306–3,986 px as each one arrived; with [wide, narrow] only, by up to 1,569 px on a 360-px phone.
// A frame that held more than its widget fills would jump up instead (the chapters' browser test
// checks every drawn widget against its reserve at 1280 px, and the frames' CSS against
// reserveAt on a phone).
// Re-measure with `npx tsx bench/widget-heights.ts --widths=1280,700,600,480,414,390,360`.
/** A widget's reserve in px at 768+ px of viewport, at 480 and at 360. */
export type Reserve = readonly [wide: number, narrow: number, small: number];

/** The viewport widths a Reserve's three heights belong to. */
export const RESERVE_WIDTHS = [768, 480, 360] as const;

export const RESERVED_HEIGHT: Readonly<Record<string, Reserve>> = {
  'perceptron-gates': [820, 1100, 1210],
  'activation-functions': [730, 810, 890],
  softmax: [1310, 1570, 1850],
  'mnist-inference': [980, 1180, 1430],
  'loss-functions': [1540, 1740, 2020],
  'gradient-field': [750, 1160, 1210],
  'gradient-descent': [710, 1050, 1030],
  'train-mnist': [1130, 1520, 1700],
  'computational-graph': [680, 730, 770],
  'layer-backprop': [1870, 2670, 3540],
  'gradient-check': [1180, 1290, 1570],
  'optimizer-trajectories': [1160, 1500, 1610],
  'optimizer-mnist': [840, 1030, 1190],
  'weight-init-histograms': [480, 660, 710],
  'weight-init-mnist': [860, 1100, 1300],
  'batch-norm': [1160, 1330, 1550],
  overfitting: [980, 1220, 1500],
  'hyperparameter-search': [870, 870, 910],
  convolution: [1150, 1150, 1580],
  im2col: [1070, 1380, 1520],
  'train-cnn': [1500, 1770, 1870],
  'deep-convnet': [760, 920, 1150],
  'data-augmentation': [720, 950, 1280],
  'policy-gradient': [1350, 1610, 1950],
};

/**
 * Directives whose parameters make a widget much taller than at its defaults, by the directive
 * as written (`name{k=v …}`, parameters in alphabetical order): ch3's stacked activations.
 */
export const RESERVED_VARIANT_HEIGHT: Readonly<Record<string, Reserve>> = {
  'activation-functions{derivative=false stack=true}': [1360, 1620, 1730],
};

/** The room for the directive `name{attrs}`: its variant's if listed, else its widget's. */
export function reservedHeight(
  name: string,
  attrs: Readonly<Record<string, string>>,
): Reserve | undefined {
  const params = Object.keys(attrs)
    .sort()
    .map((k) => `${k}=${attrs[k]}`)
    .join(' ');
  return RESERVED_VARIANT_HEIGHT[`${name}{${params}}`] ?? RESERVED_HEIGHT[name];
}

/** px of height per px of viewport on each stretch, 768 → 480 and 480 → 360 (3 decimals: < 0.2 px off). */
function slopes([wide, narrow, small]: Reserve): [mid: number, low: number] {
  const [w, n, s] = RESERVE_WIDTHS;
  const round = (v: number) => Math.round(v * 1000) / 1000;
  return [round((narrow - wide) / (w - n)), round((small - narrow) / (n - s))];
}

/**
 * The frame's min-height for a reserve as one CSS length: `wide` at 768 px of viewport and more,
 * a straight line down to 480 px (`narrow`) and on to 360 (`small`), `small` below. 100vw counts
 * a desktop's scrollbar too: a little less room, never more.
 */
export function reserveCss(reserve: Reserve): string {
  const [w, n, s] = RESERVE_WIDTHS;
  const [mid, low] = slopes(reserve);
  return (
    `calc(${reserve[0]}px + ${mid} * clamp(0px, ${w}px - 100vw, ${w - n}px) + ` +
    `${low} * clamp(0px, ${n}px - 100vw, ${n - s}px))`
  );
}

/** What reserveCss comes to at a viewport `width` (px), for tests and benches. */
export function reserveAt(reserve: Reserve, width: number): number {
  const [w, n, s] = RESERVE_WIDTHS;
  const [mid, low] = slopes(reserve);
  const clamp = (v: number, hi: number) => Math.min(Math.max(v, 0), hi);
  return reserve[0] + mid * clamp(w - width, w - n) + low * clamp(n - width, n - s);
}
