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
