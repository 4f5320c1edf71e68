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
);
