import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'packages/*/dist',
      'packages/wordpress/build',
      'storybook-static',
      'test-results',
      'packages/schema/src/*.generated.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Security: data never becomes markup.
      'lit/no-template-bind': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'Render data as text, never as HTML.',
        },
        { selector: "Identifier[name='unsafeHTML']", message: 'Render data as text, never as HTML.' },
      ],
    },
  },
  {
    // Tests mutate documents freely to break them, and chai asserts with property access.
    files: ['test/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: [
      'scripts/**',
      '*.config.*',
      '.storybook/**',
      'vite.config.ts',
      'web-test-runner.config.mjs',
      'test/wordpress/**',
      'test/support/*.mjs',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
);
