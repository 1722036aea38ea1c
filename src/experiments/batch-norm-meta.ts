// The batch-norm experiment's contract (book Fig 6-18/6-19): the weight scales of
// ch06/batch_norm_test.py and what a readback of the BatchNorm layers' running statistics holds.
// Engine-free, so the page may import it through batch-norm-client.ts.

/** The book's `np.logspace(0, -4, num=16)`: 1, 0.541…, 0.293…, …, 0.0001. */
export const BN_WEIGHT_SCALES: readonly number[] = Array.from(
  { length: 16 },
  (_, i) => 10 ** ((-4 * i) / 15),
);

/** One BatchNorm layer's running averages (what test mode normalises with). */
export interface BatchNormLayerStats {
  /** 'BatchNorm1', … as in the book's OrderedDict */
  name: string;
  /** μ_run of every unit */
  mean: Float32Array;
  /** σ²_run of every unit */
  variance: Float32Array;
}
