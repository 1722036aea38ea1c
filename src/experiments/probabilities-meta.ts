// Engine-free constants of the softmax and loss-functions widgets (ch3 §3.5, ch4 §4.2): the
// book's examples, ε, sizes and the −log y grid. The page imports these through client.ts.

/** The book's softmax example a = (0.3, 2.9, 4.0) → y ≈ (0.0182, 0.2452, 0.7366). */
export const BOOK_SOFTMAX_LOGITS = [0.3, 2.9, 4.0] as const;
/** The book's overflow example a = (1010, 1000, 990). */
export const BOOK_OVERFLOW_LOGITS = [1010, 1000, 990] as const;
/** Above this, exp(x) is past float32's largest finite number (≈ 3.4028e38): ln of it ≈ 88.72. */
export const FLOAT32_MAX = 3.4028234663852886e38;
export const EXP_OVERFLOW_AT = Math.log(FLOAT32_MAX);

/** The book's cross_entropy_error: −Σ t log(y + 1e−7). */
export const LOSS_EPS = 1e-7;
export const LOSS_CLASSES = 10;
/** Rows of the mini-batch part (its first row is the reader's output). */
export const MAX_BATCH = 8;

/** The book's §4.2 examples (t = class 2). */
export const BOOK_LOSS_TARGET = 2;
export const BOOK_Y_RIGHT = [0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0] as const;
export const BOOK_Y_WRONG = [0.1, 0.05, 0.1, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0] as const;

/** y for the −log y curve: 0.005 … 1 in steps of 0.005 (200 points). */
export const CURVE_YS: readonly number[] = Array.from({ length: 200 }, (_, i) =>
  Number(((i + 1) * 0.005).toFixed(3)),
);
