import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// The core, the .docx reader and the template must run unchanged in Node, a browser, a Web Worker
// and the Word task pane: no Office, DOM, React or Node imports there.
const pureImports = {
  patterns: [
    { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'zlib', 'stream', 'buffer', 'url', 'util', 'crypto'], message: 'src/core and src/docx are pure: no Node modules.' },
    { group: ['react', 'react-*', '@fluentui/*', 'office-*', '@microsoft/*'], message: 'src/core and src/docx are pure: no UI or Office modules.' },
    { group: ['**/word/**', '**/taskpane/**', '**/web/**', '**/cli/**'], message: 'The core must not depend on a front end.' },
  ],
};

export default tseslint.config(
  { ignores: ['lib/**', 'dist/**', 'node_modules/**', 'coverage/**', 'test/fixtures/**', '.tmp/**', '.stryker-tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/core/**', 'src/docx/**', 'src/template/**'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': ['error', pureImports],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'Office', 'Word', 'process', 'require', 'Buffer', '__dirname', 'localStorage', 'fetch', 'XMLHttpRequest'],
    },
  },
);
