// ESLint flat config: typescript-eslint + react-hooks, and bans on HTML injection and eval.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const banned = [
  { selector: "MemberExpression[property.name='innerHTML']", message: 'innerHTML is forbidden: render data as text.' },
  { selector: "MemberExpression[property.name='outerHTML']", message: 'outerHTML is forbidden: render data as text.' },
  { selector: "MemberExpression[property.name='insertAdjacentHTML']", message: 'insertAdjacentHTML is forbidden.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'dangerouslySetInnerHTML is forbidden.' },
  { selector: "NewExpression[callee.name='Function']", message: 'new Function is forbidden.' },
];

/** The layers: a folder may not import from the folders listed (relative paths; `import type` included). */
const layer = (folder, banned, why) => ({
  files: [`${folder}/**/*.{ts,tsx,js,mjs}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...(banned.length === 0 ? [] : [{ regex: `(^|/)(${banned.join('|')})(/|$)`, message: `${folder} may not import ${banned.join(', ')}: ${why}` }]),
          ...(folder === 'app/src/render' ? [] : [{ regex: '^cytoscape', message: 'render/ is the only Cytoscape importer: ask the GraphView adapter.' }]),
        ],
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'dist-hostile/**', 'screenshots/**', 'node_modules/**', 'app/src/generated/**', 'test-results/**', 'playwright-report/**', '.cache/**', 'bench-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-restricted-syntax': ['error', ...banned],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Layers (issue 13): model is pure; state knows the model only; render draws; ui sits on top; scripts run headless.
  layer('app/src/model', ['state', 'render', 'ui', 'storage', 'workers', 'export'], 'the model is pure and knows no view, renderer or app service.'),
  layer('app/src/state', ['render', 'ui'], 'view state is data; it does not know how it is drawn.'),
  layer('app/src/render', ['ui'], 'the renderer is driven by the UI, never the other way round.'),
  layer('app/src/storage', ['ui'], 'storage serves the UI; it may use model and state.'),
  layer('app/src/workers', ['ui'], 'workers run without the UI; they may use model and state.'),
  layer('app/src/export', ['ui'], 'the shared export code is DOM-free and used by the CLI too.'),
  layer('app/src/ui', [], ''),
  layer('scripts', ['ui'], 'scripts run headless: share code through model/, state/ or export/.'),
  {
    // e2e: what crosses back from the page must be plain data (a Cytoscape collection takes 30-50 s to serialise).
    files: ['e2e/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...banned,
        {
          selector: "CallExpression[callee.object.name='page'][callee.property.name='evaluate']",
          message: 'Use evalPlain(page, fn) from e2e/evalPlain.ts: its result is typed as plain data, never a Cytoscape object.',
        },
        {
          selector: "CallExpression[callee.property.name=/^evaluate(All)?$/] MemberExpression[object.name='window'][property.name='cy']",
          message: 'Read Cytoscape only through evalPlain(page, fn), whose result must be plain data.',
        },
      ],
    },
  },
);
