// Engine-free facts of the ch. 3 inference widget (the page imports them through client.ts).

/** The book's batch size (ch03/neuralnet_mnist_batch.py). */
export const BOOK_INFERENCE_BATCH = 100;

/** Batch sizes on the widget's slider: every one divides the 10,000 test digits. */
export const INFERENCE_BATCH_SIZES: readonly number[] = [
  1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000,
];

/**
 * The book's trained network (ch03/sample_weight.pkl): W (in, out) of each Affine, 784 → 50 →
 * 100 → 10. The widget writes these shapes while the weights file is still on its way; the
 * loaded file's own shapes replace them (a unit test checks the two agree).
 */
export const BOOK_INFERENCE_LAYERS: ReadonlyArray<readonly [number, number]> = [
  [784, 50],
  [50, 100],
  [100, 10],
];
