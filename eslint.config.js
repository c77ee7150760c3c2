// ESLint flat config. The folder boundaries of docs/architecture.md are lint errors here:
// src/core imports neither `vscode` nor Node built-ins; the CLI and the extension never import each other.
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['assert', 'buffer', 'child_process', 'crypto', 'events', 'fs', 'fs/promises', 'http', 'https', 'module', 'net', 'os', 'path', 'process', 'readline', 'stream', 'url', 'util', 'worker_threads', 'zlib'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'out/**', 'coverage/**', '.tools/**', '.test-results/**', 'src/generated/**', '.bench/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['vscode', ...nodeBuiltins].map((name) => ({ name, message: 'src/core is pure: no vscode, no Node built-ins.' })),
          patterns: [
            { group: ['node:*'], message: 'src/core is pure: no Node built-ins.' },
            { group: ['**/extension/**', '**/cli/**'], message: 'src/core never imports the extension or the CLI.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'The CLI runs without VS Code.' }], patterns: [{ group: ['**/extension/**'], message: 'cli never imports extension.' }] }],
    },
  },
  {
    files: ['src/extension/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/cli/**'], message: 'extension never imports cli.' }] }],
    },
  },
);
