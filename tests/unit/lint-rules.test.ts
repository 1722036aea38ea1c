// The one-way flow and the ban on tfjs's autodiff are enforced by ESLint (eslint.config.js).
// These snippets, linted as if they lived at the given paths under src/, prove each rule fires.
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: fileURLToPath(new URL('../..', import.meta.url)) });

/** The rule ids of the errors ESLint reports for `code` placed at `filePath`. */
async function errors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message);
}

const BAD: Array<[string, string, string, string]> = [
  // [what, file, code, rule]
  [
    'tfjs in a widget',
    'src/widgets/x/Bad.tsx',
    "import * as tf from '@tensorflow/tfjs-core';\nexport const n = tf.memory();\n",
    'no-restricted-imports',
  ],
  [
    'the engine from a widget',
    'src/widgets/x/Bad.tsx',
    "import { tensor } from '../../engine';\nexport const t = tensor(1);\n",
    'no-restricted-imports',
  ],
  [
    'data from a widget',
    'src/widgets/Bad.ts',
    "export { createRng } from '../data/rng';\n",
    'no-restricted-imports',
  ],
  [
    'the engine from a widget, dynamically',
    'src/widgets/x/Bad.tsx',
    "export const load = () => import('../../engine/backend');\n",
    'no-restricted-syntax',
  ],
  [
    'React in experiments',
    'src/experiments/bad.ts',
    "import { useState } from 'react';\nexport const u = useState;\n",
    'no-restricted-imports',
  ],
  [
    'recharts in the engine',
    'src/engine/bad.ts',
    "export { LineChart } from 'recharts';\n",
    'no-restricted-imports',
  ],
  [
    'tfjs in experiments',
    'src/experiments/bad.ts',
    "import type { Tensor } from '@tensorflow/tfjs-core';\nexport type T = Tensor;\n",
    'no-restricted-imports',
  ],
  [
    'a widget from experiments',
    'src/experiments/bad.ts',
    "import { WIDGETS } from '../widgets/registry';\nexport const w = WIDGETS;\n",
    'no-restricted-imports',
  ],
  [
    'experiments from the engine',
    'src/engine/bad.ts',
    "import { trainNet } from '../experiments';\nexport const t = trainNet;\n",
    'no-restricted-imports',
  ],
  [
    'the app from the notebook',
    'src/notebook/Bad.tsx',
    "import { navigate } from '../app/router';\nexport const n = navigate;\n",
    'no-restricted-imports',
  ],
  [
    'the engine from the app',
    'src/app/Bad.tsx',
    "import type { EngineStatus } from '../engine/backend';\nexport type S = EngineStatus;\n",
    'no-restricted-imports',
  ],
  [
    'the experiments themselves from a widget (tfjs would run on the page, not in the worker)',
    'src/widgets/x/compute.ts',
    "import { optimizerRuns } from '../../experiments';\nexport const r = optimizerRuns;\n",
    'no-restricted-imports',
  ],
  [
    'a named grad import',
    'src/engine/bad.ts',
    "import { grad } from '@tensorflow/tfjs-core';\nexport const g = grad((x) => x);\n",
    'no-restricted-syntax',
  ],
  [
    'a renamed valueAndGrads import',
    'src/engine/bad.ts',
    "import { valueAndGrads as vg } from '@tensorflow/tfjs-core';\nexport const g = vg;\n",
    'no-restricted-syntax',
  ],
  [
    'tf.grad',
    'src/engine/bad.ts',
    "import * as tf from '@tensorflow/tfjs-core';\nexport const g = tf.grad((x) => x);\n",
    'no-restricted-syntax',
  ],
  [
    'tf.engine().gradients',
    'src/engine/bad.ts',
    "import * as tf from '@tensorflow/tfjs-core';\nexport const g = (f: () => tf.Scalar, xs: tf.Tensor[]) => tf.engine().gradients(f, xs);\n",
    'no-restricted-syntax',
  ],
  [
    'engine.gradients on a saved engine',
    'src/engine/bad.ts',
    "import * as tf from '@tensorflow/tfjs-core';\nconst engine = tf.engine();\nexport const g = (f: () => tf.Scalar, xs: tf.Tensor[]) => engine.gradients(f, xs);\n",
    'no-restricted-syntax',
  ],
  [
    'opt.minimize(f)',
    'src/engine/bad.ts',
    "import * as tf from '@tensorflow/tfjs-core';\nconst opt = tf.train.sgd(0.1);\nexport const step = (f: () => tf.Scalar) => opt.minimize(f);\n",
    'no-restricted-syntax',
  ],
  [
    'a named variableGrads import',
    'src/lab/bad.ts',
    "import { variableGrads } from '@tensorflow/tfjs-core';\nexport const v = variableGrads;\n",
    'no-restricted-syntax',
  ],
];

describe('ESLint enforces the one-way flow and bans tfjs autodiff under src/', () => {
  it.each(BAD)('%s (%s) is an error', async (_what, file, code, rule) => {
    expect(await errors(code, file)).toContain(rule);
  });

  it('an import along the flow is clean', async () => {
    const widget =
      "import { useEffect, useState } from 'react';\n" +
      "import { optimizerRuns } from '../../experiments/client';\n" +
      "import type { OptimizerRunsResult } from '../../experiments';\n" +
      'export function useRuns() {\n' +
      '  const [r, setR] = useState<OptimizerRunsResult | null>(null);\n' +
      "  useEffect(() => void optimizerRuns({ runs: [{ optimizer: 'sgd', lr: 0.1 }] }).then(setR), []);\n" +
      '  return r;\n' +
      '}\n';
    expect(await errors(widget, 'src/widgets/x/useRuns.ts')).toEqual([]);
    const engine =
      "import * as tf from '@tensorflow/tfjs-core';\n" +
      "import { createRng } from '../data/rng';\n" +
      'export const noise = (n: number) => tf.tensor(createRng(0).normalArray(n));\n' +
      'export const gradOf = (t: { grad: tf.Tensor | null }) => t.grad;\n';
    expect(await errors(engine, 'src/engine/noise.ts')).toEqual([]);
  });
});
