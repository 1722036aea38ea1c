# The baseline for `npm run bench`: the book's TwoLayerNet (784-50-10, ReLU, softmax with
# cross-entropy, SGD 0.1, batch 100) trained with plain numpy on the same official MNIST chunks
# the site loads (public/data). Same algorithm as the book's ch05 train_neuralnet.py, written
# here in our own structure. Prints one JSON line: examples/s for float64 (as the book's code
# runs) and float32 (the engine's precision), and the test accuracy after the run.
#   python3 bench/numpy-two-layer.py [iterations]
import gzip
import json
import sys
import time
from pathlib import Path

import numpy as np

DATA = Path(__file__).resolve().parent.parent / "public" / "data"
HEADER = 24  # 'MNCK', version, set, index, count, start, rows, cols, total (scripts/prepare-mnist.mjs)


def load(set_name):
    manifest = json.loads((DATA / "mnist.json").read_text())
    xs, ts = [], []
    for c in manifest["chunks"]:
        if c["set"] != set_name:
            continue
        raw = gzip.decompress((DATA / c["file"]).read_bytes())
        n = c["count"]
        pixels = np.frombuffer(raw, np.uint8, n * 784, HEADER).reshape(n, 784)
        xs.append(pixels)
        ts.append(np.frombuffer(raw, np.uint8, n, HEADER + n * 784))
    return np.concatenate(xs), np.concatenate(ts)


def train(x, t, x_test, t_test, iterations, dtype):
    rng = np.random.default_rng(0)
    x = (x / 255.0).astype(dtype)
    x_test = (x_test / 255.0).astype(dtype)
    w1 = (0.01 * rng.standard_normal((784, 50))).astype(dtype)
    b1 = np.zeros(50, dtype)
    w2 = (0.01 * rng.standard_normal((50, 10))).astype(dtype)
    b2 = np.zeros(10, dtype)
    lr, batch = dtype(0.1), 100
    start = time.perf_counter()
    for _ in range(iterations):
        rows = rng.integers(0, len(x), batch)
        xb, tb = x[rows], t[rows]
        h = xb @ w1 + b1
        a = np.maximum(h, 0)
        y = a @ w2 + b2
        y = np.exp(y - y.max(axis=1, keepdims=True))
        y /= y.sum(axis=1, keepdims=True)
        dy = y
        dy[np.arange(batch), tb] -= 1
        dy /= batch
        dw2, db2 = a.T @ dy, dy.sum(axis=0)
        da = dy @ w2.T
        da[h <= 0] = 0
        dw1, db1 = xb.T @ da, da.sum(axis=0)
        w1 -= lr * dw1
        b1 -= lr * db1
        w2 -= lr * dw2
        b2 -= lr * db2
    seconds = time.perf_counter() - start
    pred = (np.maximum(x_test @ w1 + b1, 0) @ w2 + b2).argmax(axis=1)
    return iterations * batch / seconds, float((pred == t_test).mean())


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    x, t = load("train")
    x_test, t_test = load("test")
    train(x, t, x_test, t_test, 20, np.float64)  # warm up
    f64, acc64 = train(x, t, x_test, t_test, iterations, np.float64)
    f32, acc32 = train(x, t, x_test, t_test, iterations, np.float32)
    print(json.dumps({"float64": f64, "float32": f32, "testAcc64": acc64, "testAcc32": acc32,
                      "iterations": iterations, "train": len(x), "test": len(x_test)}))


if __name__ == "__main__":
    main()
