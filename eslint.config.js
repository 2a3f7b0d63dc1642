// Lint: typescript-eslint's recommended rules everywhere, plus the boundaries of the design —
// the core is pure (no browser or DOM globals, no shell imports), shells hold no matching logic.
import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const browserGlobals = ['window', 'document', 'navigator', 'location', 'chrome', 'browser', 'CSS', 'Highlight', 'HTMLElement', 'Element', 'Node', 'Range', 'MutationObserver', 'localStorage', 'fetch', 'XMLHttpRequest', 'WebSocket']

export default tseslint.config(
  { ignores: ['dist/', 'dist-firefox/', '.generated/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-empty-pattern': 'off',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', ...browserGlobals.map((name) => ({ name, message: 'src/core is pure: no browser or DOM globals.' }))],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['webextension-polyfill', '**/content/**', '**/background/**', '**/ui/**', '**/shared/**', 'node:*'], message: 'src/core must not depend on shells, browser APIs or Node built-ins.' }] },
      ],
    },
  },
  {
    files: ['src/content/**/*.ts', 'src/background/**/*.ts', 'src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/core/match/compile*', '**/core/match/analyse*', '**/core/match/pattern*'], message: 'Shells call the matcher; they do not reach into how it matches.' }] },
      ],
    },
  },
)
