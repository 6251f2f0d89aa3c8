import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'

const nodeModules = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'sqlite3', 'kysely']

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname }
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/only-throw-error': 'off'
    }
  },
  {
    // Migrations are frozen against an untyped schema on purpose.
    files: ['src-main/db/migrations/**', 'src-main/db/migrator.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' }
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}', 'test/components/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules
  },
  {
    // Pure domain code: shared by main and renderer, imports neither Node nor Electron.
    files: ['src-main/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', ...nodeModules], message: 'src-main/shared is pure: no Node, no Electron.' }
          ]
        }
      ]
    }
  },
  {
    // Services and the data layer run in plain Node: no Electron.
    files: ['src-main/services/**', 'src-main/db/**', 'src-main/ipc/**', 'src-main/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron'], message: 'Services run in plain Node: keep Electron in src-main/main.' }
          ]
        }
      ]
    }
  },
  {
    // The renderer reaches the main process only through window.api.
    files: ['src-renderer/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', ...nodeModules],
              message: 'The renderer never touches Node: use window.api.'
            },
            {
              group: ['**/src-main/*', '!**/src-main/shared', '**/src-main/!(shared)/**'],
              message: 'The renderer may import only src-main/shared.'
            }
          ]
        }
      ]
    }
  },
  {
    // Vitest's asymmetric matchers (expect.any, expect.stringContaining) are typed `any` by design.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' }
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    extends: [tseslint.configs.disableTypeChecked]
  }
)
