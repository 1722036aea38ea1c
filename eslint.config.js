import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// ---------------------------------------------------------------------------------------------
// The one-way flow of src/ (DESIGN.md, "Layout"):
//   content → notebook → widgets → experiments → engine → tfjs-core
// src/app is the shell on top (it may import notebook and the widget registry, and reaches the
// engine only through experiments); src/figures are drawn SVGs the notebook uses; src/data is
// seeded randomness and MNIST loading (it may use tfjs for decoding); src/lab is a dev benchmark
// page that may import anything. An import against the flow is an error, so `npm test` fails.
//
// In flat config a rule's options are not merged across config objects (the last matching one
// wins), so every folder gets ONE `no-restricted-imports` and ONE `no-restricted-syntax` entry,
// built below from the shared parts plus that folder's bans.
// ---------------------------------------------------------------------------------------------

/** A regex matching an import of top-level src folder(s) `names`: `../engine`, `../../app/x`, `src/data`. */
const folderRegex = (names) => `^(?:\\.{1,2}/(?:.*/)?|(?:.*/)?src/)(?:${names.join('|')})(?:/|$)`;

const TFJS = {
  regex: '^@tensorflow/',
  message:
    'tfjs is imported only under src/engine and src/data (and src/lab): experiments use the engine; everything above uses src/experiments.',
};
const REACT = {
  regex: '^(?:react|react-dom|react-[\\w-]+|recharts|katex|@testing-library/[\\w-]+)(?:/|$)',
  message:
    'experiments, the engine and data run without React (in a worker, in Node): no UI imports here.',
};
const against = (names, why) => ({
  regex: folderRegex(names),
  message: `against the one-way flow (content → notebook → widgets → experiments → engine → tfjs): ${why}`,
});

/** The bans of each folder: `files` glob → restricted import patterns. */
const FOLDERS = {
  app: [
    TFJS,
    against(['engine', 'data'], 'the app reaches the engine only through src/experiments.'),
    {
      regex: '^(?:\\.{1,2}/(?:.*/)?|(?:.*/)?src/)widgets/(?!registry(?:\\.ts)?$)',
      message:
        'the app uses only the widget registry (src/widgets/registry); widgets are mounted by the notebook.',
    },
  ],
  notebook: [
    TFJS,
    against(['app'], 'the notebook never imports the app (move what it needs into src/notebook).'),
    against(['engine', 'data'], 'the notebook mounts widgets; it never reaches below them.'),
  ],
  widgets: [
    TFJS,
    against(
      ['engine', 'data'],
      'a widget imports only src/experiments (and its kit), never the engine or data.',
    ),
    against(['notebook', 'app'], 'widgets sit below the notebook and the app.'),
    {
      // The engine runs in a Web Worker: the page reaches it only through its client.
      regex:
        '^(?:\\.{1,2}/(?:.*/)?|(?:.*/)?src/)experiments(?:/(?!(?:client|book|meta|trainer-types)(?:\\.ts)?$)|$)',
      allowTypeImports: true,
      message:
        "widgets import src/experiments/client (the engine worker's proxy) and the engine-free book, meta and trainer-types; anything else from src/experiments would run tfjs on the page (type-only imports are fine).",
    },
  ],
  experiments: [
    TFJS,
    REACT,
    against(
      ['widgets', 'notebook', 'app', 'figures'],
      'experiments are plain functions over the engine.',
    ),
  ],
  engine: [
    REACT,
    against(
      ['experiments', 'widgets', 'notebook', 'app', 'figures'],
      'the engine knows nothing above it.',
    ),
  ],
  data: [
    REACT,
    against(
      ['engine', 'experiments', 'widgets', 'notebook', 'app', 'figures'],
      'data (randomness, MNIST) sits under the engine.',
    ),
  ],
  figures: [
    TFJS,
    against(
      ['app', 'notebook', 'widgets', 'experiments', 'engine', 'data'],
      'figures are drawn SVGs with no computation.',
    ),
  ],
};

// tfjs's own autodiff is never used under src/: the engine is ours (tests and benchmarks may use
// it as an oracle). Named imports are caught here rather than with no-restricted-imports'
// importNames, which would also flag every `import * as tf` in the engine.
const AUTODIFF = 'grad|grads|valueAndGrad|valueAndGrads|variableGrads|customGrad';
const AUTODIFF_MESSAGE =
  "tfjs autodiff (tf.grad, valueAndGrads, variableGrads, customGrad, engine().gradients, optimizer.minimize) is not allowed under src/: use our engine's backward().";
const AUTODIFF_SYNTAX = [
  // import { grad, valueAndGrads as vg } from '@tensorflow/tfjs-core'; export { grad } from …
  `ImportDeclaration[source.value=/^@tensorflow/] > ImportSpecifier[imported.name=/^(${AUTODIFF})$/]`,
  `ExportNamedDeclaration[source.value=/^@tensorflow/] > ExportSpecifier[local.name=/^(${AUTODIFF})$/]`,
  // tf.grad(f), tf.valueAndGrads(f), tfc.customGrad(f) (our Tensor's own `.grad` field is fine)
  `MemberExpression[object.name=/^tf/][property.name=/^(${AUTODIFF})$/]`,
  `MemberExpression[property.name=/^(valueAndGrads?|variableGrads|customGrad)$/]`,
  // tf.engine().gradients(…), engine().gradients(…), ENGINE.gradients(…), const engine = tf.engine(); engine.gradients(…)
  "MemberExpression[property.name='gradients'][object.type='CallExpression']",
  "MemberExpression[property.name='gradients'][object.name=/^(engine|ENGINE)$/]",
  // variableGrads and minimize in any form: opt.minimize(f), { minimize } = opt, opt['minimize']
  'Identifier[name=/^(variableGrads|minimize)$/]',
  'MemberExpression[computed=true] > Literal.property[value=/^(variableGrads|minimize|valueAndGrads?|customGrad)$/]',
].map((selector) => ({ selector, message: AUTODIFF_MESSAGE }));

/** import('…') is not seen by no-restricted-imports: the same patterns as selectors. */
const dynamicImportSyntax = (patterns) =>
  patterns.map(({ regex, message }) => ({
    // esquery regexes cannot contain '/': write it as \x2F.
    selector: `ImportExpression[source.value=/${regex.replaceAll('/', '\\x2F')}/]`,
    message,
  }));

const flowRules = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
  'no-restricted-syntax': ['error', ...AUTODIFF_SYNTAX, ...dynamicImportSyntax(patterns)],
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'coverage', '.scratch'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Browser tests are not React: `useBrowser()` is a test fixture, not a hook.
    files: ['tests/e2e/**/*.ts', 'bench/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  // Everything under src/ (main.tsx and any new folder included): no tfjs, no tfjs autodiff.
  { files: ['src/**/*.{ts,tsx}'], rules: flowRules([TFJS]) },
  // src/lab (a dev benchmark page) may import anything, but never uses tfjs's autodiff either.
  { files: ['src/lab/**/*.{ts,tsx}'], rules: flowRules([]) },
  ...Object.entries(FOLDERS).map(([folder, patterns]) => ({
    files: [`src/${folder}/**/*.{ts,tsx}`],
    rules: flowRules(patterns),
  })),
);
