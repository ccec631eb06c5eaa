import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** What the engine proper may not import: it runs in pages too, on whatever Document it is given. */
const ENGINE_PATTERNS = [
  {
    group: ['**/extension/**', '../extension/*'],
    message: 'src/ is the engine: it imports nothing from extension/.',
  },
  { group: ['webextension-polyfill'], message: 'src/ is the engine: no browser-extension API.' },
  {
    group: ['node:*'],
    message: 'The engine runs in pages too: Node modules belong in src/cli or src/node.ts.',
  },
  {
    group: ['jsdom', 'linkedom', 'jsdom/*', 'linkedom/*'],
    message: 'The engine works on the Document it is given: DOM libraries belong in src/node.ts.',
  },
  {
    group: ['fs', 'path', 'url', 'os', 'child_process', 'util', 'stream', 'buffer', 'crypto'],
    message: 'The engine runs in pages too: Node modules belong in src/cli or src/node.ts.',
  },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'coverage/', '.output/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The engine is a pure library: it must run in Node and in any page, so it may not
    // reach for the extension's code or the browser-extension API.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/extension/**', '../extension/*'],
              message: 'src/ is the engine: it imports nothing from extension/.',
            },
            { group: ['webextension-polyfill'], message: 'src/ is the engine: no browser-extension API.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'chrome', 'browser'],
    },
  },
  {
    // The engine proper (everything in src/ but the CLI and the Node entry) runs in pages too: no Node modules
    // and no DOM library of its own; it works on whatever Document it is given. tsconfig.engine.json checks
    // the same without Node's types.
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**', 'src/node.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ENGINE_PATTERNS }] },
  },
  {
    // src/dom is the layer below: DOM helpers that the stages and heuristics use, never the other way round.
    files: ['src/dom/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...ENGINE_PATTERNS,
            {
              group: ['../heuristics/*', '../stages/*', '../pipeline', '../memory/*'],
              message: 'src/dom is below the stages and heuristics: move what both need into src/dom.',
            },
          ],
        },
      ],
    },
  },
);
