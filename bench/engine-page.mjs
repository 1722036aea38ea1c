// Benchmark bodies that run INSIDE the lab page (dist/lab.html) through page.evaluate: each
// function must be self-contained and reach the engine only through `window.lab`.

/**
 * One TwoLayerNet (784-50-10) SGD step on a fixed batch of 100: ours (tape + our backward) vs
 * tfjs's own autodiff (tf.variableGrads, same forward, tf.losses.softmaxCrossEntropy, same
 * update), interleaved rounds, same backend and page. Returns ms per step and kernels per step.
 */
export async function stepRatio({ rounds, steps }) {
  const { tf, engine, experiments } = window.lab;
  await window.lab.enableOracle();
  const data = await experiments.loadMnist();
  const pixels = experiments.normalized(data.trainImages);
  const x = tf.tensor(pixels.subarray(0, 100 * 784), [100, 784]);
  const t = tf.tensor1d(Int32Array.from(data.trainLabels.subarray(0, 100)), 'int32');
  const tOneHot = tf.oneHot(t, 10);

  const net = engine.TwoLayerNet({ seed: 1 });
  const opt = engine.createOptimizer('sgd', 0.1);
  const ours = () =>
    engine.scope(() => {
      const loss = net.loss(engine.tensor(x), t);
      loss.backward();
      opt.step(net.params);
      net.zeroGrad();
      return loss.value;
    });

  const vars = net.params.map((p, i) =>
    tf.variable(tf.clone(p.value), true, `bench_${i}_${Math.random()}`),
  );
  const theirs = () =>
    tf.tidy(() => {
      const { value, grads } = tf.variableGrads(() => {
        const h = tf.relu(tf.add(tf.matMul(x, vars[0]), vars[1]));
        const y = tf.add(tf.matMul(h, vars[2]), vars[3]);
        return tf.losses.softmaxCrossEntropy(tOneHot, y);
      }, vars);
      for (const v of vars) v.assign(tf.sub(v, tf.mul(grads[v.name], 0.1)));
      return value;
    });

  const timeSteps = async (step) => {
    const t0 = performance.now();
    let last = null;
    for (let i = 0; i < steps; i++) {
      last?.dispose();
      last = step();
    }
    await last.data(); // wait for the device to finish
    last.dispose();
    return (performance.now() - t0) / steps;
  };
  const kernels = async (step) => (await tf.profile(() => void step().dispose())).kernels.length;

  await timeSteps(ours); // warm-up: shaders compile, memory pools fill
  await timeSteps(theirs);
  const a = [], b = []; // prettier-ignore
  for (let r = 0; r < rounds; r++) {
    if (r % 2 === 0) {
      a.push(await timeSteps(ours));
      b.push(await timeSteps(theirs));
    } else {
      b.push(await timeSteps(theirs));
      a.push(await timeSteps(ours));
    }
  }
  const kOurs = await kernels(ours);
  const kTheirs = await kernels(theirs);
  const [lossOurs] = await ours().data();
  const [lossTheirs] = await theirs().data();
  net.dispose();
  opt.dispose();
  tf.dispose([x, t, tOneHot, ...vars]);
  const median = (v) => [...v].sort((p, q) => p - q)[Math.floor(v.length / 2)];
  return {
    ours: median(a),
    theirs: median(b),
    kOurs,
    kTheirs,
    lossOurs,
    lossTheirs,
    backend: engine.engineStatus().backend,
  };
}

/** Milliseconds per call of the widget paths: weightInitHistograms (σ slider) and optimizerRuns (6 × 30). */
export async function widgetPaths({ updates }) {
  const x = window.lab.experiments;
  const median = (v) => [...v].sort((p, q) => p - q)[Math.floor(v.length / 2)];
  const hist = [];
  await x.weightInitHistograms({ activation: 'sigmoid', init: 1 }); // warm-up + cache the draws
  await x.weightInitHistograms({ activation: 'sigmoid', init: 0.5 });
  for (let i = 0; i < updates; i++) {
    const r = await x.weightInitHistograms({
      activation: 'sigmoid',
      init: 0.01 + (i / updates) * 0.99,
    });
    hist.push(r.ms);
  }
  x.disposeWeightInitCache();
  const runs = ['sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam'].map((optimizer) => ({
    optimizer,
    lr: x.BOOK_LR[optimizer],
  }));
  const opt = [];
  // 6 × 30 steps are ~2,000 tiny kernels a call, in JavaScript: the JIT needs ~20 calls before the
  // time settles (71 → 29 → … → 8 ms over the first 20 on webgl; a 5-update run after one warm-up
  // once read 55 ms on wasm for what settles at 11): warm up first, on other learning rates.
  for (let i = 0; i < 20; i++) {
    runs[0].lr = 0.05 + i * 0.01;
    await x.optimizerRuns({ runs });
  }
  for (let i = 0; i < updates; i++) {
    runs[0].lr = 0.1 + (i / updates) * 0.9;
    opt.push((await x.optimizerRuns({ runs })).ms);
  }
  return { hist: median(hist), opt: median(opt) };
}

/** trainNet throughput (examples/s, chunks and readbacks included) and, with `full`, the accuracy. */
export async function trainThroughput({ iterations, evalEvery }) {
  const r = await window.lab.experiments.trainNet({
    iterations,
    evalEvery: evalEvery ?? iterations,
    evalSize: evalEvery ? undefined : 500,
    seed: 0,
  });
  return {
    exs: r.examplesPerSecond,
    ms: r.ms,
    testAcc: r.testAcc.at(-1),
    trainAcc: r.trainAcc.at(-1),
    testCurve: r.testAcc,
    evalAt: r.evalAt,
  };
}
